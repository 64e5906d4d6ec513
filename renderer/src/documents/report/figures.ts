import type { CaseEnvironment } from '../../domain/caseEnvironment';
import {
  compare,
  computeStatistics,
  quarterPeriod,
  type StatPetition,
  type StatReception,
  type StatScope,
} from '../../domain/statistics';
import { pathNames } from '../../domain/treePath';
import type { Category, Unit } from '../../domain/types';
import { comparedPeriods } from './period';
import type { ReportFigures } from './types';
import type { ReportPeriod } from '../../domain/reportDraft';

/**
 * The records the report's figures are computed from, as the statistics read them. The page feeds it the ledger's
 * in-memory rows (cachedStatRecords), as the dashboard does; stored records through toStatRecords give the same
 * figures, since computeStatistics is the only thing that reads them.
 */
export interface ReportSource {
  petitions: readonly StatPetition[];
  receptions: readonly StatReception[];
  units: readonly Unit[];
  categories: readonly Category[];
  env: CaseEnvironment;
}

/**
 * Every figure the report prints: the period, 同比's and 环比's bases and, for a year, its four quarters, each one
 * computeStatistics call over the same records. `today` ('YYYY-MM-DD') reads a period still running as of that day.
 */
export function reportFigures(
  source: ReportSource,
  period: ReportPeriod,
  scope: StatScope,
  today: string,
): ReportFigures {
  const stats = (p: { from: string; to: string }) => computeStatistics({ ...source, period: p, scope, today });
  const periods = comparedPeriods(period);
  const current = stats(periods.current);
  const lastYear = stats(periods.lastYear);
  const previous = periods.previous ? stats(periods.previous) : null;
  const quarters =
    period.kind === 'year'
      ? [1, 2, 3, 4].map((quarter) => ({ quarter, stats: stats(quarterPeriod(period.year, quarter)) }))
      : [];
  return {
    period,
    current,
    lastYear,
    previous,
    yearOnYear: compare(current, lastYear),
    sequential: previous ? compare(current, previous) : null,
    quarters,
    unitNames: new Map(source.units.map((u) => [u.id, u.name])),
    categoryNames: pathNames(source.categories),
  };
}
