import type { StatPeriod } from '../statistics/types';
import { helpTotals, type HelpTotals } from './help';
import { suggestionStatusOn } from './suggestion';
import type { Activity, Help, ProblemOutcome, Suggestion } from './types';

/** A period's 走出去 figures (docs/domain.md §10), for the dashboard and the report. */
export interface OutreachCounts {
  /** Activities held in the period, and per kind: the office's kinds in their order, then any other met. */
  activities: number;
  byKind: { kind: string; count: number }[];
  /** 人次 reached and 问卷 handed out by those activities. */
  headcountReached: number;
  questionnaires: number;
  /** Problems those activities found, and each one's outcome as it stood at the period's end. */
  problems: { found: number; closed: number; toPetition: number; toRisk: number; open: number };
  /** Suggestions collected in the period, each by its status at the period's end. */
  suggestions: { collected: number; answered: number; inProgress: number; unanswered: number };
  /** Helps given in the period: 人次 and amount (fen). */
  helps: HelpTotals;
}

/** Where the figures are read: every unit (null), or these units (a unit's subtree, a 党支部's units). */
export type OutreachScope = ReadonlySet<string> | null;

const inScope = (unitId: string | null, scope: OutreachScope) =>
  scope === null || (unitId !== null && scope.has(unitId));
const inPeriod = (day: string, period: StatPeriod) => day >= period.from && day <= period.to;

function outcomeOn(outcome: ProblemOutcome, day: string): ProblemOutcome['kind'] {
  return outcome.kind !== 'open' && outcome.on <= day ? outcome.kind : 'open';
}

/**
 * Counts a period (its days inclusive) in a scope: the activities held in it with the problems they found, the
 * suggestions collected in it and the helps given in it. Statuses and outcomes are read as of the period's last day,
 * so a past quarter's figures do not change when a suggestion is answered later: collected = answered + inProgress +
 * unanswered, and found = closed + toPetition + toRisk + open. `read.asOf` (today) leaves out activities dated after it
 * (a 领导接待日 may be scheduled ahead, docs/domain.md §10).
 */
export function outreachCounts(
  records: { activities: readonly Activity[]; suggestions: readonly Suggestion[]; helps: readonly Help[] },
  period: StatPeriod,
  scope: OutreachScope,
  kinds: readonly string[],
  read: { asOf?: string } = {},
): OutreachCounts {
  // Held by the day the figures are read: a 领导接待日 scheduled later in the current period has not been held yet.
  const heldBy = read.asOf !== undefined && read.asOf < period.to ? read.asOf : period.to;
  const activities = records.activities.filter(
    (a) => inPeriod(a.date, period) && a.date <= heldBy && inScope(a.unitId, scope),
  );
  const perKind = new Map<string, number>(kinds.map((k) => [k, 0]));
  const problems = { found: 0, closed: 0, toPetition: 0, toRisk: 0, open: 0 };
  const outcomeField = { open: 'open', petition: 'toPetition', risk: 'toRisk', closed: 'closed' } as const;
  let headcountReached = 0;
  let questionnaires = 0;
  for (const a of activities) {
    perKind.set(a.kind, (perKind.get(a.kind) ?? 0) + 1);
    headcountReached += a.headcount;
    questionnaires += a.questionnaires;
    for (const p of a.problems) {
      problems.found += 1;
      problems[outcomeField[outcomeOn(p.outcome, period.to)]] += 1;
    }
  }
  const suggestions = { collected: 0, answered: 0, inProgress: 0, unanswered: 0 };
  const statusField = { 已答复: 'answered', 跟进中: 'inProgress', 未答复: 'unanswered' } as const;
  for (const s of records.suggestions) {
    if (!inPeriod(s.collectedOn, period) || !inScope(s.unitId, scope)) continue;
    const status = suggestionStatusOn(s, period.to);
    if (status === null) continue;
    suggestions.collected += 1;
    suggestions[statusField[status]] += 1;
  }
  const helps = helpTotals(
    records.helps.filter((h) => inScope(h.unitId, scope)),
    period,
  ).total;
  return {
    activities: activities.length,
    byKind: [...perKind].map(([kind, count]) => ({ kind, count })),
    headcountReached,
    questionnaires,
    problems,
    suggestions,
    helps,
  };
}

/**
 * Seed 000's sentence: 「累计召开座谈会3次，征集建议78条，已向职工反馈答复66条，12条正在跟进落实中」. The forums' clause
 * only when there were forums; each status only when it counts any, and those not yet answered are told too.
 */
export function suggestionSentence(counts: Pick<OutreachCounts, 'byKind' | 'suggestions'>): string {
  const forums = counts.byKind.find((k) => k.kind === '座谈会')?.count ?? 0;
  const { collected, answered, inProgress, unanswered } = counts.suggestions;
  const clauses = [
    forums > 0 ? `累计召开座谈会${forums}次` : null,
    `征集建议${collected}条`,
    answered > 0 ? `已向职工反馈答复${answered}条` : null,
    inProgress > 0 ? `${inProgress}条正在跟进落实中` : null,
    unanswered > 0 ? `${unanswered}条尚未答复` : null,
  ];
  return clauses.filter((c): c is string => c !== null).join('，');
}
