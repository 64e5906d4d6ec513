import { emergencyCounts, type EmergencyCounts } from '../emergency/counts';
import type { Emergency } from '../emergency/types';
import type { StatPeriod } from '../statistics/types';
import type { WorkCalendar } from '../workCalendar';
import { updateState, type StalenessRules } from './staleness';
import { openOn, riskCounts, screeningCounts, type RiskCounts, type ScreeningCounts } from './summary';
import type { RiskMatter, Screening } from './types';

/**
 * The screening ledger's figures of a period and scope (docs/domain.md §10), what the figure catalogue
 * (domain/statistics/riskFigures.ts) reads: screenings by kind, matters 挂号 / 销号 / in 办 at the period's end,
 * 化解率, those turned into petitions, those behind with their updates today, and the 突发信访事件 reported in the
 * period with their arrivals.
 */
export interface RiskStatistics {
  screenings: ScreeningCounts;
  counts: RiskCounts;
  /** In 办 at the end of the period (or today, for a period not over yet). */
  openAtEnd: number;
  /** 转为信访事项 in the period. */
  converted: number;
  /** In 办 today and behind with 「更新进展」 (a figure of the day, not of the period). */
  staleToday: number;
  emergencies: EmergencyCounts;
}

export interface RiskScope {
  /** The units the scope covers; null for the whole company (matters without a unit count too). */
  unitIds: ReadonlySet<string> | null;
  today: string;
  calendar: WorkCalendar;
  rules: StalenessRules;
}

const inScope = (unitId: string | null, unitIds: ReadonlySet<string> | null) =>
  unitIds === null || (unitId !== null && unitIds.has(unitId));

export function riskStatistics(
  allMatters: readonly RiskMatter[],
  allScreenings: readonly Screening[],
  period: StatPeriod,
  scope: RiskScope,
  allEmergencies: readonly Emergency[] = [],
): RiskStatistics {
  const matters = allMatters.filter((m) => inScope(m.unitId, scope.unitIds));
  const screenings =
    scope.unitIds === null
      ? allScreenings
      : allScreenings.filter((s) => s.unitIds.some((id) => inScope(id, scope.unitIds)));
  const emergencies =
    scope.unitIds === null
      ? allEmergencies
      : allEmergencies.filter((e) => e.unitIds.some((id) => inScope(id, scope.unitIds)));
  const end = period.to < scope.today ? period.to : scope.today;
  let openAtEnd = 0;
  let staleToday = 0;
  for (const m of matters) {
    if (openOn(m, end)) openAtEnd += 1;
    if (m.status === '在办' && updateState(m, scope.today, scope.calendar, scope.rules).stale) staleToday += 1;
  }
  const counts = riskCounts(matters, period);
  return {
    screenings: screeningCounts(screenings, matters, period),
    counts,
    openAtEnd,
    converted: counts.converted,
    staleToday,
    emergencies: emergencyCounts(emergencies, period),
  };
}
