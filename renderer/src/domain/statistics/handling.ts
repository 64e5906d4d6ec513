import type { CaseEnvironment } from '../caseEnvironment';
import { addDays, daysBetween } from '../dates';
import { handlingDue, type CaseClockFacts } from '../deadlines';
import type { HandlingFigures, OverdueCase, SatisfactionFigures, StatPeriod, StatPetition, Statistics } from './types';

/** n ÷ d, or null when d is 0 (shown as "—"). */
export const ratio = (n: number, d: number): number | null => (d === 0 ? null : n / d);

const dayOf = (s: string | undefined): string | undefined => (s && s.length > 10 ? s.slice(0, 10) : s);

/**
 * Handling due days by environment and facts object. Without an open pause the due day does not depend on the day
 * it is read on, so the in-memory index's unchanged facts are computed once; an open pause moves it daily.
 */
const dueCache = new WeakMap<CaseEnvironment, WeakMap<CaseClockFacts, string | null>>();

function dueOf(facts: CaseClockFacts, env: CaseEnvironment, asOf: string): string | null {
  if (facts.pauses?.some((p) => p.to === undefined)) return handlingDue(facts, env.rules, env.calendar, asOf);
  let cache = dueCache.get(env);
  if (!cache) {
    cache = new WeakMap();
    dueCache.set(env, cache);
  }
  let due = cache.get(facts);
  if (due === undefined) {
    due = handlingDue(facts, env.rules, env.calendar, asOf);
    cache.set(facts, due);
  }
  return due;
}

type HandlingResult = Pick<Statistics, 'acceptance' | 'handling' | 'satisfaction' | 'overdue'>;

/**
 * Collects the handling figures petition by petition (one pass shared with the counts).
 *
 * 应办结 (due to be closed in the period): an accepted 申诉求决 case — the only nature that runs the 60-day clock
 * (docs/domain.md §3) — whose handling due day (handlingDue: acceptance + the handling period, moved off holidays,
 * pauses added, an approved extension counted on from the original end) falls between period.from and asOf
 * inclusive, asOf being the earlier of period.to and today. Handling finishes when the clock stops: the
 * 处理意见书 is issued (repliedAt), or the case is closed without one (closedAt). 已办结: finished on or before
 * asOf, early ones included; 按期: finished on or before the due day. 办结件数 (finished): the accepted 申诉求决 cases
 * whose handling finished between period.from and asOf, whenever they are due; 按期 of them as above. 超期 (overdue list): accepted on or before
 * asOf, not finished by asOf, due day before asOf (as dueState reads it on asOf), however long ago it was due.
 *
 * 满意率 / 参评率 read the cases replied (repliedAt) in the period, rated at any time since.
 * 受理 counts acceptances (acceptedAt) in the period; 不予受理 and 转送 their decisions (closedAt) in the period.
 */
export function handlingAccumulator(env: CaseEnvironment, period: StatPeriod, asOf: string) {
  const { from } = period;
  /** Strings (days or moments) below this are on or before period.to. */
  const end = addDays(period.to, 1);
  const inPeriod = (s: string | undefined) => s !== undefined && s >= from && s < end;
  const acceptance = { accepted: 0, rejected: 0, forwarded: 0 };
  const handling = { due: 0, closed: 0, closedOnTime: 0, finished: 0, finishedOnTime: 0 };
  const rating = { replied: 0, rated: 0, satisfied: 0, basicallySatisfied: 0, dissatisfied: 0 };
  const overdue: OverdueCase[] = [];

  function add(p: StatPetition): void {
    const f = p.caseFacts;
    if (!f) return;
    if (inPeriod(f.acceptedAt)) acceptance.accepted += 1;
    else if (p.status === 'rejected' && inPeriod(f.closedAt)) acceptance.rejected += 1;
    else if (p.status === 'forwarded' && inPeriod(f.closedAt)) acceptance.forwarded += 1;

    if (inPeriod(f.repliedAt)) {
      rating.replied += 1;
      if (p.satisfaction) {
        rating.rated += 1;
        if (p.satisfaction === '满意') rating.satisfied += 1;
        else if (p.satisfaction === '基本满意') rating.basicallySatisfied += 1;
        else rating.dissatisfied += 1;
      }
    }

    const accepted = dayOf(f.acceptedAt);
    if (p.nature !== '申诉求决' || !accepted || accepted > asOf) return;
    const due = dueOf(f, env, asOf);
    if (due === null) return;
    const finished = dayOf(f.repliedAt ?? f.closedAt);
    const finishedByAsOf = finished !== undefined && finished <= asOf;
    if (finished !== undefined && finished >= from && finishedByAsOf) {
      handling.finished += 1;
      if (finished <= due) handling.finishedOnTime += 1;
    }
    if (due >= from && due <= asOf) {
      handling.due += 1;
      if (finishedByAsOf) handling.closed += 1;
      if (finished !== undefined && finished <= due) handling.closedOnTime += 1;
    }
    if (!finishedByAsOf && due < asOf) {
      overdue.push({
        petitionId: p.id,
        regNo: p.regNo,
        receivedAt: p.receivedAt,
        unitId: p.unitId,
        categoryId: p.categoryId,
        acceptedAt: accepted,
        due,
        daysOverdue: daysBetween(due, asOf),
      });
    }
  }

  function result(): HandlingResult {
    const handlingFigures: HandlingFigures = {
      ...handling,
      closingRate: ratio(handling.closed, handling.due),
      onTimeRate: ratio(handling.closedOnTime, handling.due),
    };
    const satisfaction: SatisfactionFigures = {
      ...rating,
      satisfactionRate: ratio(rating.satisfied + rating.basicallySatisfied, rating.rated),
      ratingRate: ratio(rating.rated, rating.replied),
    };
    overdue.sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : a.regNo < b.regNo ? -1 : 1));
    return { acceptance, handling: handlingFigures, satisfaction, overdue };
  }

  return { add, result };
}
