import { formatFen } from '../outreach/help';
import type { Statistics } from './types';

/**
 * The catalogue of figures (docs/domain.md §8): every figure the dashboard, the Excel export and the report print,
 * each once with its label, unit, definition and whether it gets a 同比/环比. A screen or document picks the keys it
 * shows and reads the rest from here, so the same figure carries the same label everywhere.
 */

/**
 * 批次, 人次 and 件 are counts (docs/domain.md §8); the screening ledger counts screenings in 次 and matters in 起,
 * 走出去 its problems and suggestions in 条 and 问卷 in 份, and help given in 元 (docs/domain.md §10); '%' is a rate
 * or a share in [0, 1].
 */
export type FigureUnit = '批次' | '人次' | '件' | '次' | '起' | '条' | '份' | '元' | '%';

/** A figure of the catalogue, read from the statistics of its family (the petitions', or the screening ledger's). */
export interface FigureSpec<S = Statistics> {
  key: string;
  /** How every output names it: a noun a sentence can use too (「集体访批次持平」). */
  label: string;
  unit: FigureUnit;
  /** How it is counted, as the export's 口径 column prints it. */
  definition: string;
  /** Its value in one period's statistics; null for a rate whose base is 0. */
  of: (s: S) => number | null;
  /**
   * Whether it gets a 同比/环比: a count as a relative change, a rate in percentage points. The overdue list is read
   * on a day, not over a period, so the same period a year earlier was read on another footing: no change.
   */
  comparable: boolean;
}

export const FIGURES = [
  {
    key: 'batches',
    label: '接处访批次',
    unit: '批次',
    definition: '各渠道接待记录，来信、网上信访除外',
    of: (s) => s.batches,
    comparable: true,
  },
  {
    key: 'persons',
    label: '接处访人次',
    unit: '人次',
    definition: '上述接待记录的人数之和，按该批全部人数计（30人派5名代表来访计30人次）',
    of: (s) => s.persons,
    comparable: true,
  },
  {
    key: 'pieces',
    label: '信访事项件数',
    unit: '件',
    definition: '本期首次收到的信访事项，各渠道',
    of: (s) => s.pieces,
    comparable: true,
  },
  {
    key: 'collectiveBatches',
    label: '集体访批次',
    unit: '批次',
    definition: '来访、领导接待日中人数达到集体访人数的接待记录',
    of: (s) => s.collective.batches,
    comparable: true,
  },
  {
    key: 'collectivePersons',
    label: '集体访人次',
    unit: '人次',
    definition: '上述集体访接待记录的人数之和',
    of: (s) => s.collective.persons,
    comparable: true,
  },
  {
    key: 'levelSkippingBatches',
    label: '越级访批次',
    unit: '批次',
    definition: '标记为越级访的接待记录',
    of: (s) => s.levelSkipping.batches,
    comparable: true,
  },
  {
    key: 'levelSkippingPersons',
    label: '越级访人次',
    unit: '人次',
    definition: '上述越级访接待记录的人数之和',
    of: (s) => s.levelSkipping.persons,
    comparable: true,
  },
  {
    key: 'repeatPieces',
    label: '重复访件数',
    unit: '件',
    definition: '本期有重复访接待记录的信访事项（各渠道）',
    of: (s) => s.repeat.pieces,
    comparable: true,
  },
  {
    key: 'contactedPieces',
    label: '接待涉及件数',
    unit: '件',
    definition: '本期有接待记录的信访事项（新登记与重复访），重复访占比的基数',
    of: (s) => s.repeat.contactedPieces,
    comparable: true,
  },
  {
    key: 'repeatShare',
    label: '重复访占比',
    unit: '%',
    definition: '重复访件数 ÷ 接待涉及件数',
    of: (s) => s.repeat.share,
    comparable: true,
  },
  {
    key: 'accepted',
    label: '受理件数',
    unit: '件',
    definition: '本期作出受理决定的信访事项',
    of: (s) => s.acceptance.accepted,
    comparable: true,
  },
  {
    key: 'rejected',
    label: '不予受理件数',
    unit: '件',
    definition: '本期作出不予受理决定的信访事项',
    of: (s) => s.acceptance.rejected,
    comparable: true,
  },
  {
    key: 'forwarded',
    label: '转送件数',
    unit: '件',
    definition: '本期转送（含转纪检监察）的信访事项',
    of: (s) => s.acceptance.forwarded,
    comparable: true,
  },
  {
    key: 'finished',
    label: '办结件数',
    unit: '件',
    definition: '本期出具处理意见书或办结的申诉求决类事项，不论何时到期',
    of: (s) => s.handling.finished,
    comparable: true,
  },
  {
    key: 'finishedOnTime',
    label: '按期办结件数',
    unit: '件',
    definition: '办结件数中在办理期限内办结的',
    of: (s) => s.handling.finishedOnTime,
    comparable: true,
  },
  {
    key: 'due',
    label: '到期应办结件数',
    unit: '件',
    definition: '已受理的申诉求决类事项中办理期限在本期届满的，办结率的基数',
    of: (s) => s.handling.due,
    comparable: true,
  },
  {
    key: 'closed',
    label: '到期已办结件数',
    unit: '件',
    definition: '到期应办结件数中已出具处理意见书或办结的',
    of: (s) => s.handling.closed,
    comparable: true,
  },
  {
    key: 'closedOnTime',
    label: '到期按期办结件数',
    unit: '件',
    definition: '到期应办结件数中在办理期限内办结的',
    of: (s) => s.handling.closedOnTime,
    comparable: true,
  },
  {
    key: 'closingRate',
    label: '办结率',
    unit: '%',
    definition: '到期已办结件数 ÷ 到期应办结件数',
    of: (s) => s.handling.closingRate,
    comparable: true,
  },
  {
    key: 'onTimeRate',
    label: '按期办结率',
    unit: '%',
    definition: '到期按期办结件数 ÷ 到期应办结件数',
    of: (s) => s.handling.onTimeRate,
    comparable: true,
  },
  {
    key: 'replied',
    label: '已答复件数',
    unit: '件',
    definition: '本期出具处理意见书的信访事项',
    of: (s) => s.satisfaction.replied,
    comparable: true,
  },
  {
    key: 'rated',
    label: '回访参评件数',
    unit: '件',
    definition: '已答复件数中回访评价了满意度的',
    of: (s) => s.satisfaction.rated,
    comparable: true,
  },
  {
    key: 'ratingRate',
    label: '参评率',
    unit: '%',
    definition: '回访参评件数 ÷ 已答复件数',
    of: (s) => s.satisfaction.ratingRate,
    comparable: true,
  },
  {
    key: 'satisfactionRate',
    label: '满意率',
    unit: '%',
    definition: '（满意 + 基本满意）÷ 回访参评件数',
    of: (s) => s.satisfaction.satisfactionRate,
    comparable: true,
  },
  {
    key: 'overdue',
    label: '超期未办结件数',
    unit: '件',
    definition: '统计截止日已过办理期限仍未办结的申诉求决类事项',
    of: (s) => s.overdue.length,
    comparable: false,
  },
] as const satisfies readonly FigureSpec[];

type Figures = (typeof FIGURES)[number];
export type FigureKey = Figures['key'];
/** The figures that get a 同比/环比. */
export type ComparableFigureKey = Extract<Figures, { comparable: true }>['key'];

/** A family's figures looked up by key (a key of the family's own type, so an unknown one does not compile). */
export function figuresByKey<S, K extends string>(specs: readonly FigureSpec<S>[]): (key: K) => FigureSpec<S> {
  const byKey = new Map<string, FigureSpec<S>>(specs.map((f) => [f.key, f]));
  return (key) => {
    const found = byKey.get(key);
    if (!found) throw new Error(`no figure ${key}`);
    return found;
  };
}

export const figure = figuresByKey<Statistics, FigureKey>(FIGURES);

/** The labels of some figures, in the order given: a table's heading row or column. */
export const figureLabels = (keys: readonly FigureKey[]): string[] => keys.map((key) => figure(key).label);

/** What the dashboard and the documents print for a figure that cannot be computed (a base or a denominator of 0). */
export const NO_VALUE = '—';

/**
 * |value| in hundredths of a percent, rounded half up (docs/domain.md §8). Rounded to 12 significant digits first:
 * 57 ÷ 800 × 10000 is 712.4999999999999 in floating point, and the quotient it stands for, 712.5, rounds up.
 */
function hundredthsOfPercent(value: number): number {
  return Math.round(Number((Math.abs(value) * 10000).toPrecision(12)));
}

/** 0.248138 → '24.81%' (rounded half up to 2 decimals, docs/domain.md §8); null → '—'. */
export function formatPercent(value: number | null): string {
  if (value === null) return NO_VALUE;
  const hundredths = hundredthsOfPercent(value);
  return `${value < 0 && hundredths > 0 ? '-' : ''}${(hundredths / 100).toFixed(2)}%`;
}

/**
 * A figure's value as printed: a count as it is, a rate as a percentage, an amount in 元 with its two decimals
 * (formatFen, the one money formatter); '—' where it cannot be computed.
 */
export function formatFigure(value: number | null, unit: FigureUnit): string {
  if (value === null) return NO_VALUE;
  if (unit === '元') return formatFen(Math.round(value * 100));
  return unit === '%' ? formatPercent(value) : String(value);
}

/**
 * 同比 / 环比 (docs/domain.md §8): `delta` = current − previous (for a rate, in [0, 1] units, so ×100 is percentage
 * points), `ratio` = delta ÷ previous. `ratio` is null when the previous value is 0; both are null when either value
 * is (a rate with no base). Which previous value is passed (the same period a year earlier, or the period before)
 * makes it 同比 or 环比.
 */
export interface Change {
  delta: number | null;
  ratio: number | null;
}

export function change(current: number | null, previous: number | null): Change {
  if (current === null || previous === null) return { delta: null, ratio: null };
  const delta = current - previous;
  return { delta, ratio: previous === 0 ? null : delta / previous };
}

/**
 * The 同比 or 环比 of one figure of any family (the petitions', the screening ledger's, 走出去's): no change for a
 * figure read on a day, or when there is no base period to compare with.
 */
export function figureChange<S>(f: FigureSpec<S>, current: S, base: S | null): Change {
  return f.comparable && base !== null ? change(f.of(current), f.of(base)) : change(null, null);
}

/**
 * A 同比/环比 in words, in seed 004's form: a count as 「上升24.81%」 / 「下降24.81%」, a rate (unit '%') in points as
 * 「上升3.20个百分点」; 「持平」 when it rounds to 0.00; 「—」 when there is no base.
 */
export function formatChange(c: Change, unit: FigureUnit = '件'): string {
  const value = unit === '%' ? c.delta : c.ratio;
  if (value === null) return NO_VALUE;
  const size = (hundredthsOfPercent(value) / 100).toFixed(2);
  if (size === '0.00') return '持平';
  return `${value > 0 ? '上升' : '下降'}${size}${unit === '%' ? '个百分点' : '%'}`;
}

/** Every comparable figure's 同比 or 环比, keyed as the catalogue. */
export type StatisticsChange = Record<ComparableFigureKey, Change>;

export function compare(current: Statistics, previous: Statistics): StatisticsChange {
  const changes: Partial<StatisticsChange> = {};
  for (const f of FIGURES) if (f.comparable) changes[f.key] = change(f.of(current), f.of(previous));
  return changes as StatisticsChange;
}
