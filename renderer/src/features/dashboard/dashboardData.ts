import type { CaseEnvironment } from '../../domain/caseEnvironment';
import type { LedgerRow } from '../../domain/ledgerQuery';
import {
  cachedStatRecords,
  compare,
  computeStatistics,
  figure,
  mineUnitIds,
  monthlyTrend,
  NO_UNIT,
  previousPeriod,
  rollUpToMines,
  samePeriodLastYear,
  scopeUnitIds,
  statRecordsFromLedger,
  type Change,
  type ComparableFigureKey,
  type CountRow,
  type FigureUnit,
  type MonthFigures,
  type PeriodKind,
  type StatPeriod,
  type StatScope,
  type Statistics,
} from '../../domain/statistics';
import type { Category, Unit } from '../../domain/types';
import { ledgerLink, type LedgerLinkFilter } from '../../services/ledgerView';

/** 同比 and 环比 of one headline figure ('—' where there is no base, formatChange). */
export interface HeadlineChange {
  yearOnYear: Change;
  periodOnPeriod: Change;
}

/** A headline figure: the catalogue's label and unit, this period's value, its changes and its ledger link. */
export interface Headline {
  /** The catalogue's key (a petition figure, or a screening-ledger one). */
  key: string;
  label: string;
  unit: FigureUnit;
  /** A count, or a rate in [0, 1] (null when its base is 0: shown '—'). */
  value: number | null;
  change: HeadlineChange;
  /** A figure read on a day rather than over the period: no 同比/环比 (its changes are '—'). */
  ofTheDay?: boolean;
  /** The ledger listing exactly the records counted (件-based figures only). */
  link: string | null;
}

/**
 * The headline figures, by catalogue key. 办结件数 is the cases handled in the period, whenever due; the rates beside
 * it are over the cases due.
 */
export const DASHBOARD_FIGURES = [
  'batches',
  'persons',
  'pieces',
  'collectiveBatches',
  'repeatPieces',
  'levelSkippingBatches',
  'accepted',
  'finished',
  'closingRate',
  'onTimeRate',
  'satisfactionRate',
  'ratingRate',
] as const satisfies readonly ComparableFigureKey[];

export type DashboardFigureKey = (typeof DASHBOARD_FIGURES)[number];

export interface Dashboard {
  current: Statistics;
  lastYear: Statistics;
  previous: Statistics;
  headlines: Headline[];
  trend: MonthFigures[];
  /** The ledger filter of the period and scope: a bar's link adds its category, unit or month to it. */
  baseFilter: LedgerLinkFilter;
  /** 按矿（厂）汇总: the per-unit counts rolled up to the units directly under the company, each with its ledger link. */
  byMine: Array<CountRow & { link: string | null }>;
}

export interface DashboardInput {
  rows: readonly LedgerRow[];
  units: readonly Unit[];
  categories: readonly Category[];
  env: CaseEnvironment;
  period: StatPeriod;
  kind: PeriodKind;
  scope: StatScope;
  today: string;
  /** Convert the rows afresh instead of reusing this array's conversion (the bench times the whole work). */
  uncached?: boolean;
}

/**
 * The ledger's filter for a scope: none for the whole company; a unit and its subtree as the ledger expands it;
 * a 党支部's units listed exactly (the ledger must not add a sub-unit that belongs to another branch).
 */
export function scopeFilter(scope: StatScope, units: readonly Unit[]): LedgerLinkFilter {
  if (scope.kind === 'all') return {};
  if (scope.kind === 'unitSubtree') return { unitIds: [scope.unitId] };
  return { unitIds: [...(scopeUnitIds(scope, units) ?? [])], exactUnits: true };
}

/** The ledger filter of one bar: the period (or a month of it) and scope, narrowed to a category or a unit. */
export function barLink(
  base: LedgerLinkFilter,
  bar: { categoryId?: string; unitId?: string; period?: StatPeriod },
): string {
  const filter: LedgerLinkFilter = { ...base };
  if (bar.period) {
    filter.from = bar.period.from;
    filter.to = bar.period.to;
  }
  if (bar.categoryId !== undefined) filter.categoryIds = [bar.categoryId];
  // A unit's bar counts that unit's own petitions (Statistics.byUnit is not rolled up): listed exactly.
  if (bar.unitId !== undefined) {
    filter.unitIds = [bar.unitId];
    filter.exactUnits = true;
  }
  return ledgerLink(filter);
}

/**
 * Everything the dashboard shows for one period and scope, from the ledger's in-memory rows: the statistics of the
 * period, of the same period last year (同比) and of the period before (环比), and the month-by-month trend.
 */
export function computeDashboard(input: DashboardInput): Dashboard {
  const records = input.uncached ? statRecordsFromLedger(input.rows) : cachedStatRecords(input.rows);
  const common = {
    ...records,
    units: input.units,
    categories: input.categories,
    env: input.env,
    scope: input.scope,
    today: input.today,
  };
  const current = computeStatistics({ ...common, period: input.period });
  const lastYear = computeStatistics({ ...common, period: samePeriodLastYear(input.period, input.kind) });
  const previous = computeStatistics({ ...common, period: previousPeriod(input.period, input.kind) });
  const trend = monthlyTrend({ ...common, period: input.period });
  const baseFilter: LedgerLinkFilter = {
    from: input.period.from,
    to: input.period.to,
    ...scopeFilter(input.scope, input.units),
  };

  const yearOnYear = compare(current, lastYear);
  const periodOnPeriod = compare(current, previous);
  const headlines = DASHBOARD_FIGURES.map((key): Headline => {
    const { label, unit, of } = figure(key);
    return {
      key,
      label,
      unit,
      value: of(current),
      change: { yearOnYear: yearOnYear[key], periodOnPeriod: periodOnPeriod[key] },
      link: key === 'pieces' ? ledgerLink(baseFilter) : null,
    };
  });
  return { current, lastYear, previous, headlines, trend, baseFilter, byMine: mineRows(current, baseFilter, input) };
}

/** The per-unit counts rolled up to each 矿/厂; a row links to that 矿/厂's units within the scope, listed exactly. */
function mineRows(current: Statistics, baseFilter: LedgerLinkFilter, input: DashboardInput): Dashboard['byMine'] {
  const names = new Map(input.units.map((u) => [u.id, u.name]));
  const nameOf = (key: string | null) => (key === null ? NO_UNIT : (names.get(key) ?? key));
  const scope = scopeUnitIds(input.scope, input.units);
  return rollUpToMines(current.byUnit, input.units, current.pieces, nameOf).map((row) => ({
    ...row,
    link:
      row.key === null || row.count === 0
        ? null
        : ledgerLink({ ...baseFilter, unitIds: mineUnitIds(row.key, input.units, scope), exactUnits: true }),
  }));
}
