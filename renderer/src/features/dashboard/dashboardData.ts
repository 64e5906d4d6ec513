import type { CaseEnvironment } from '../../domain/caseEnvironment';
import type { LedgerRow } from '../../domain/ledgerQuery';
import {
  cachedStatRecords,
  change,
  computeStatistics,
  mineUnitIds,
  monthlyTrend,
  NO_UNIT,
  previousPeriod,
  rollUpToMines,
  samePeriodLastYear,
  scopeUnitIds,
  statRecordsFromLedger,
  type CountRow,
  type MonthFigures,
  type PeriodKind,
  type StatPeriod,
  type StatScope,
  type Statistics,
} from '../../domain/statistics';
import type { Category, Unit } from '../../domain/types';
import { ledgerLink, type LedgerLinkFilter } from '../ledger/ledgerView';

/** 同比 and 环比 of one headline figure: a relative change for counts, percentage points for rates; null shows '—'. */
export interface HeadlineChange {
  yearOnYear: number | null;
  periodOnPeriod: number | null;
}

export interface Headline {
  key: string;
  label: string;
  /** A count, or a rate in [0, 1] (null when its base is 0: shown '—'). */
  value: number | null;
  kind: 'count' | 'rate';
  change: HeadlineChange;
  /** The ledger listing exactly the records counted (件-based figures only). */
  link: string | null;
}

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
export function barLink(base: LedgerLinkFilter, bar: { categoryId?: string; unitId?: string; period?: StatPeriod }): string {
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

const rateChange = (current: number | null, base: number | null) => (current === null || base === null ? null : (current - base) * 100);

/**
 * Everything the dashboard shows for one period and scope, from the ledger's in-memory rows: the statistics of the
 * period, of the same period last year (同比) and of the period before (环比), and the month-by-month trend.
 */
export function computeDashboard(input: DashboardInput): Dashboard {
  const records = input.uncached ? statRecordsFromLedger(input.rows) : cachedStatRecords(input.rows);
  const common = { ...records, units: input.units, categories: input.categories, env: input.env, scope: input.scope, today: input.today };
  const current = computeStatistics({ ...common, period: input.period });
  const lastYear = computeStatistics({ ...common, period: samePeriodLastYear(input.period, input.kind) });
  const previous = computeStatistics({ ...common, period: previousPeriod(input.period, input.kind) });
  const trend = monthlyTrend({ ...common, period: input.period });
  const baseFilter: LedgerLinkFilter = { from: input.period.from, to: input.period.to, ...scopeFilter(input.scope, input.units) };

  const count = (key: string, label: string, of: (s: Statistics) => number, link: string | null = null): Headline => ({
    key,
    label,
    value: of(current),
    kind: 'count',
    change: { yearOnYear: change(of(current), of(lastYear)), periodOnPeriod: change(of(current), of(previous)) },
    link,
  });
  const rate = (key: string, label: string, of: (s: Statistics) => number | null): Headline => ({
    key,
    label,
    value: of(current),
    kind: 'rate',
    change: { yearOnYear: rateChange(of(current), of(lastYear)), periodOnPeriod: rateChange(of(current), of(previous)) },
    link: null,
  });
  const headlines: Headline[] = [
    count('batches', '批次', (s) => s.batches),
    count('persons', '人次', (s) => s.persons),
    count('pieces', '件', (s) => s.pieces, ledgerLink(baseFilter)),
    count('collective', '集体访（批次）', (s) => s.collective.batches),
    count('repeat', '重复访（件）', (s) => s.repeat.pieces),
    count('levelSkipping', '越级访（批次）', (s) => s.levelSkipping.batches),
    count('accepted', '受理', (s) => s.acceptance.accepted),
    // 办结件数: the cases handled in the period, whenever due; the rates beside it are over the cases due.
    count('finished', '办结件数', (s) => s.handling.finished),
    rate('closingRate', '办结率', (s) => s.handling.closingRate),
    rate('onTimeRate', '按期办结率', (s) => s.handling.onTimeRate),
    rate('satisfactionRate', '满意率', (s) => s.satisfaction.satisfactionRate),
    rate('ratingRate', '参评率', (s) => s.satisfaction.ratingRate),
  ];
  return { current, lastYear, previous, headlines, trend, baseFilter, byMine: mineRows(current, baseFilter, input) };
}

/** The per-unit counts rolled up to each 矿/厂; a row links to that 矿/厂's units within the scope, listed exactly. */
function mineRows(current: Statistics, baseFilter: LedgerLinkFilter, input: DashboardInput): Dashboard['byMine'] {
  const names = new Map(input.units.map((u) => [u.id, u.name]));
  const nameOf = (key: string | null) => (key === null ? NO_UNIT : (names.get(key) ?? key));
  const scope = scopeUnitIds(input.scope, input.units);
  return rollUpToMines(current.byUnit, input.units, current.pieces, nameOf).map((row) => ({
    ...row,
    link: row.key === null || row.count === 0 ? null : ledgerLink({ ...baseFilter, unitIds: mineUnitIds(row.key, input.units, scope), exactUnits: true }),
  }));
}

/** '12.5%', or '—' for a rate whose base is 0. */
export function formatRate(value: number | null): string {
  return value === null ? '—' : `${(value * 100).toFixed(1)}%`;
}

/** 同比/环比 as shown: '↑ 25.0%', '↓ 3.2个百分点', '持平', or '—' where the base is 0. */
export function formatChange(value: number | null, kind: 'count' | 'rate'): string {
  if (value === null) return '—';
  const size = kind === 'count' ? Math.abs(value * 100) : Math.abs(value);
  if (size < 0.05) return '持平';
  return `${value > 0 ? '↑' : '↓'} ${size.toFixed(1)}${kind === 'count' ? '%' : '个百分点'}`;
}
