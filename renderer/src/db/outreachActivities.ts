import { toTimestamp, today } from '../domain/dates';
import {
  activityProblems,
  newProblemsProblem,
  openProblems,
  problemLinks,
  problemOutcomeProblems,
  type ActivityInput,
} from '../domain/outreach/activity';
import { notHeldYetProblem, receptionDayChangeProblem } from '../domain/outreach/receptionDay';
import { formatActivityNo } from '../domain/outreach/text';
import type { Activity, ProblemOutcome } from '../domain/outreach/types';
import type { Table } from 'dexie';
import { changeRecord } from './changeRecord';
import type { DeskDatabase } from './database';
import {
  activityAsRead,
  activityOrder,
  inUnitScope,
  OutreachError,
  outreachUnitScope,
  readInScope,
  recordsInScope,
} from './outreachScope';
import { authorize } from './session';
import { getSettings } from './settings';

/**
 * 走访座谈 (docs/domain.md §10): activities numbered 走〔year〕n号 by the year of their day, the problems they found
 * inside each record, and what became of each problem. outreach.manage writes, outreach.view reads (a 党支部书记 its
 * own units' only, outreachScope.ts); every write audited (the audit middleware covers the table).
 */

/** The per-year counter of 走〔year〕n号 in settings (kept by a restore like the other number counters). */
export function activityNoCounterKey(year: number): string {
  return `activityNo:${year}`;
}

/** Reads the next number of a per-year counter and stores it, inside the caller's transaction. */
export async function takeNumber(db: DeskDatabase, key: string): Promise<number> {
  const counter = await db.settings.get(key);
  const seq = (typeof counter?.value === 'number' ? counter.value : 0) + 1;
  await db.settings.put({ key, value: seq });
  return seq;
}

/** Refuses a unit that no longer exists, inside the caller's transaction (which names db.units). */
export async function requireUnit(db: DeskDatabase, unitId: string | null, label: string): Promise<void> {
  if (unitId !== null && !(await db.units.get(unitId))) throw new OutreachError([`所选${label}已不存在，请重新选择`]);
}

async function checkInput(db: DeskDatabase, input: ActivityInput, now: Date): Promise<void> {
  const { outreachKinds } = await getSettings(db);
  const problems = Object.values(activityProblems(input, outreachKinds, today(now)));
  if (problems.length > 0) throw new OutreachError(problems);
  await requireUnit(db, input.unitId, '活动单位');
}

const trimmed = (input: Omit<ActivityInput, 'problems'>) => ({
  kind: input.kind,
  date: input.date,
  unitId: input.unitId,
  place: input.place.trim(),
  leader: input.leader.trim(),
  group: input.group.trim(),
  headcount: input.headcount,
  checked: [...input.checked],
  questionnaires: input.questionnaires,
  notes: input.notes.trim(),
});

/** 新建活动: the next 走〔year〕n号 of the year of its day, each problem found still open. */
export async function recordActivity(db: DeskDatabase, input: ActivityInput, now: Date): Promise<Activity> {
  authorize(db, 'outreach.manage');
  return db.transaction('rw', [db.activities, db.settings, db.units], async () => {
    await checkInput(db, input, now);
    const year = Number(input.date.slice(0, 4));
    const seq = await takeNumber(db, activityNoCounterKey(year));
    const stamp = toTimestamp(now);
    const activity: Activity = {
      ...trimmed(input),
      id: crypto.randomUUID(),
      year,
      seq,
      activityNo: formatActivityNo(year, seq),
      problems: openProblems(input.problems, () => crypto.randomUUID()),
      petitionIds: [],
      riskMatterIds: [],
      createdAt: stamp,
      updatedAt: stamp,
    };
    await db.activities.add(activity);
    return activity;
  });
}

/** Reads the activity, lets `change` check and change it, and stores it: one transaction, with `tables` besides. */
function changeActivity(
  db: DeskDatabase,
  id: string,
  tables: Table[],
  now: Date,
  change: (current: Activity) => Promise<Activity>,
): Promise<Activity> {
  const missing = () => new OutreachError(['该活动已不存在']);
  return changeRecord(db, db.activities, id, { tables, now, missing }, change);
}

/** Corrects an activity's facts; its number and its problems stay. Refused when a problem was dealt with before the new day. */
export async function updateActivity(
  db: DeskDatabase,
  id: string,
  facts: Omit<ActivityInput, 'problems'>,
  now: Date,
): Promise<Activity> {
  authorize(db, 'outreach.manage');
  return changeActivity(db, id, [db.settings, db.units], now, async (current) => {
    // Its problems are checked with the new facts: a day holding problems cannot move into the future.
    await checkInput(db, { ...facts, problems: current.problems.map((p) => p.text) }, now);
    const onTheDay = current.problems.filter((p) => p.outcome.kind === 'petition' && p.outcome.on === current.date);
    const dayMoved = receptionDayChangeProblem(current, onTheDay.length, facts);
    if (dayMoved) throw new OutreachError([dayMoved]);
    if (current.problems.some((p) => p.outcome.kind !== 'open' && p.outcome.on < facts.date))
      throw new OutreachError(['已有问题在此日期之前处理，活动日期不能晚于处理日期']);
    return { ...current, ...trimmed(facts) };
  });
}

/** Adds problems found (found later, or typed after the visit), each still open. */
export async function addActivityProblems(
  db: DeskDatabase,
  id: string,
  texts: readonly string[],
  now: Date,
): Promise<Activity> {
  authorize(db, 'outreach.manage');
  return changeActivity(db, id, [], now, async (current) => {
    const problem =
      notHeldYetProblem(current, today(now)) ??
      (texts.length === 0 ? '请填写发现的问题' : newProblemsProblem(texts, current.problems.length));
    if (problem) throw new OutreachError([problem]);
    return { ...current, problems: [...current.problems, ...openProblems(texts, () => crypto.randomUUID())] };
  });
}

/**
 * What became of a problem found: a petition registered from it, a screening-ledger matter, or closed on the spot.
 * The petition or matter must exist; the activity lists it (its petitionIds and riskMatterIds indexes).
 */
export async function setProblemOutcome(
  db: DeskDatabase,
  activityId: string,
  problemId: string,
  outcome: ProblemOutcome,
  now: Date,
): Promise<Activity> {
  authorize(db, 'outreach.manage');
  return changeActivity(db, activityId, [db.petitions, db.riskMatters], now, async (activity) => {
    const problems = problemOutcomeProblems(activity, problemId, outcome, today(now));
    if (problems.length > 0) throw new OutreachError(problems);
    if (outcome.kind === 'petition' && !(await db.petitions.get(outcome.petitionId)))
      throw new OutreachError(['所选信访事项已不存在']);
    if (outcome.kind === 'risk' && !(await db.riskMatters.get(outcome.riskMatterId)))
      throw new OutreachError(['所选排查台账事项已不存在']);
    const stored = outcome.kind === 'closed' ? { ...outcome, note: outcome.note.trim() } : outcome;
    const changed = activity.problems.map((p) => (p.id === problemId ? { ...p, outcome: stored } : p));
    return { ...activity, problems: changed, ...problemLinks(changed) };
  });
}

/** The activities the account reads, newest first (a 党支部书记: its own units' only). */
export async function listActivities(db: DeskDatabase): Promise<Activity[]> {
  return readInScope(db, (scope) => recordsInScope(db.activities, scope), activityAsRead, activityOrder);
}

/** The activities the account reads held on one day ('YYYY-MM-DD'), by the date index: the desk's reception days. */
export async function listActivitiesOn(db: DeskDatabase, day: string): Promise<Activity[]> {
  return readInScope(db, () => db.activities.where('date').equals(day).toArray(), activityAsRead, activityOrder);
}

/** One activity, or null when it no longer exists or lies outside the account's units. */
export async function getActivity(db: DeskDatabase, id: string): Promise<Activity | null> {
  const actor = authorize(db, 'outreach.view');
  const scope = await outreachUnitScope(db, actor);
  const activity = await db.activities.get(id);
  return activity && inUnitScope(activity.unitId, scope) ? activityAsRead(activity, scope) : null;
}

/** The activities whose problems became this petition (the petition's page links back). */
export async function activitiesOfPetition(db: DeskDatabase, petitionId: string): Promise<Activity[]> {
  authorize(db, 'outreach.view');
  authorize(db, 'records.view');
  return db.activities.where('petitionIds').equals(petitionId).toArray();
}

/** The activities whose problems became this screening-ledger matter. */
export async function activitiesOfRiskMatter(db: DeskDatabase, riskMatterId: string): Promise<Activity[]> {
  authorize(db, 'outreach.view');
  authorize(db, 'risks.view');
  return db.activities.where('riskMatterIds').equals(riskMatterId).toArray();
}
