import type { WorkCalendar } from '../workCalendar';
import { latestUpdateDay, updateState, DEFAULT_STALENESS_RULES, type StalenessRules } from './staleness';
import { openOn } from './summary';
import type { RiskMatter, RiskUpdate } from './types';

/**
 * 日报 (「每日一更新」, seed 004; docs/domain.md §10): what changed on the screening ledger on one day, for the unit's
 * leader — matters 挂号, 更新进展 entries with their text, 销号, 转为信访事项 — and the matters in 办 that day which are
 * behind with their updates by the staleness rule (staleness.ts).
 */
export interface RiskDailyReport {
  day: string;
  registered: RiskMatter[];
  updates: { matter: RiskMatter; update: RiskUpdate }[];
  closed: RiskMatter[];
  converted: RiskMatter[];
  /** In 办 at the end of the day and behind with updates, the longest behind first. */
  behind: { matter: RiskMatter; lastDay: string; missedWorkingDays: number }[];
  /** In 办 at the end of the day. */
  open: number;
}

const byRiskNo = (a: RiskMatter, b: RiskMatter) => a.year - b.year || a.seq - b.seq;

/**
 * The day's report. `updates` must hold every entry dated the day, and every entry of a matter whose latest update
 * (lastUpdatedOn) is after the day: a report of an earlier day judges staleness by the entries as they stood then.
 */
export function riskDailyReport(
  matters: readonly RiskMatter[],
  updates: readonly RiskUpdate[],
  day: string,
  calendar: WorkCalendar,
  rules: StalenessRules = DEFAULT_STALENESS_RULES,
): RiskDailyReport {
  const byId = new Map(matters.map((m) => [m.id, m]));
  const entriesOf = new Map<string, RiskUpdate[]>();
  for (const u of updates) entriesOf.set(u.matterId, [...(entriesOf.get(u.matterId) ?? []), u]);
  const sorted = [...matters].sort(byRiskNo);
  const leftOn = (status: RiskMatter['status']) => sorted.filter((m) => m.status === status && m.closedOn === day);
  const behind = sorted.flatMap((matter) => {
    if (!openOn(matter, day)) return [];
    const lastUpdatedOn =
      matter.lastUpdatedOn !== undefined && matter.lastUpdatedOn <= day
        ? matter.lastUpdatedOn
        : latestUpdateDay(entriesOf.get(matter.id) ?? [], day);
    const state = updateState({ ...matter, lastUpdatedOn }, day, calendar, rules);
    return state.stale ? [{ matter, lastDay: state.lastDay, missedWorkingDays: state.missedWorkingDays }] : [];
  });
  return {
    day,
    registered: sorted.filter((m) => m.registeredOn === day),
    updates: updates
      .filter((u) => u.day === day && byId.has(u.matterId))
      .map((update) => ({ matter: byId.get(update.matterId) as RiskMatter, update }))
      .sort((a, b) => byRiskNo(a.matter, b.matter)),
    closed: leftOn('已销号'),
    converted: leftOn('已转信访事项'),
    behind: behind.sort((a, b) => b.missedWorkingDays - a.missedWorkingDays || byRiskNo(a.matter, b.matter)),
    open: sorted.filter((m) => openOn(m, day)).length,
  };
}
