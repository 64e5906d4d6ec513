import { riskStatistics, type RiskScope } from '../../domain/risk/riskStatistics';
import type { Emergency } from '../../domain/emergency/types';
import type { RiskMatter, Screening } from '../../domain/risk/types';
import {
  previousPeriod,
  riskFigure,
  samePeriodLastYear,
  type PeriodKind,
  type RiskFigureKey,
  type StatPeriod,
} from '../../domain/statistics';
import { catalogueHeadline } from './catalogueHeadline';
import type { Headline } from './dashboardData';

/** The screening ledger's headline figures on the dashboard, by catalogue key. */
export const DASHBOARD_RISK_FIGURES = [
  'screeningsConcentrated',
  'riskRegistered',
  'riskClosed',
  'riskOpen',
  'riskResolutionRate',
  'riskStale',
  'emergencies',
  'emergencyOnTimeRate',
] as const satisfies readonly RiskFigureKey[];

/**
 * The screening ledger's figures of the dashboard's period and scope, with 同比 and 环比 as the petition figures
 * have them (computed the same way from the same period helpers).
 */
export function riskHeadlines(
  matters: readonly RiskMatter[],
  screenings: readonly Screening[],
  selection: { period: StatPeriod; kind: PeriodKind },
  scope: RiskScope,
  emergencies: readonly Emergency[] = [],
): Headline[] {
  const of = (period: StatPeriod) => riskStatistics(matters, screenings, period, scope, emergencies);
  const current = of(selection.period);
  const lastYear = of(samePeriodLastYear(selection.period, selection.kind));
  const previous = of(previousPeriod(selection.period, selection.kind));
  return DASHBOARD_RISK_FIGURES.map((key) => catalogueHeadline(riskFigure(key), { current, lastYear, previous }));
}
