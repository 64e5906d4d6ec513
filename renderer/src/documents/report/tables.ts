import { AlignmentType, Paragraph, type Table } from 'docx';
import {
  figure,
  figureChange,
  figureLabels,
  formatChange,
  formatFigure,
  formatPercent,
  NO_VALUE,
  outreachFigures,
  type ComparableFigureKey,
  type FigureSpec,
  type OutreachComparison,
  type FigureKey,
  type Statistics,
} from '../../domain/statistics';
import { listTable } from '../formTable';
import { FONTS, SIZES, run } from '../gbStyle';
import { quarterName } from './period';
import type { ReportFigures } from './types';

/** Report tables: 小四 type, headings and figures centred, columns sized by weight across the text block. */

const TABLE_SIZE = SIZES.xiaosi;

interface GridLayout {
  /** Columns read as text, left-aligned (the rest are centred figures). */
  left?: readonly number[];
  /** Of those, the columns of names that may wrap (a unit or category); every other cell stays on one line. */
  wraps?: readonly number[];
}

/** A grid table (also the screening ledger's summaries): a heading row, then rows; `weights` share the width left once every column fits what it must. */
export function gridTable(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  weights: readonly number[],
  { left = [], wraps = [] }: GridLayout = {},
): Table {
  const columns = headers.map((header, i) => ({ header, weight: weights[i] ?? 1, wraps: wraps.includes(i) }));
  return listTable(columns, rows, TABLE_SIZE, (i) => (left.includes(i) ? 'left' : 'center'));
}

/** 表1 … above a table, kept with it; 图1 … below a chart (`below`), which the chart keeps with itself. */
export function caption(text: string, { below = false } = {}): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    keepNext: !below,
    children: [run(text, { font: FONTS.heading1, size: TABLE_SIZE })],
  });
}

const count = (n: number | null) => (n === null ? NO_VALUE : String(n));

/**
 * The figures of the comparison table, by catalogue key. 接处访批次 is every channel's contacts (docs/domain.md §8);
 * 「来访」 alone would name the 来访 channel only.
 */
export const COMPARISON_FIGURES = [
  'batches',
  'persons',
  'pieces',
  'collectiveBatches',
  'repeatPieces',
  'levelSkippingBatches',
] as const satisfies readonly ComparableFigureKey[];

/** The columns of the year-end report's four-quarter trend, by catalogue key. */
export const QUARTER_FIGURES = [...COMPARISON_FIGURES, 'accepted'] as const satisfies readonly FigureKey[];

/**
 * 本期 against 同比's and 环比's bases, figure by figure, of any family of the catalogue (the petitions', 走出去's),
 * each change through the catalogue's one change function.
 */
export function comparedFiguresTable<S>(
  period: ReportFigures['period'],
  specs: readonly FigureSpec<S>[],
  values: { current: S; lastYear: S; previous: S | null },
): Table {
  const year = period.kind === 'year';
  const headers = year
    ? ['指标', '本年度', '上年度', '同比']
    : ['指标', '本季度', '去年同期', '同比', '上季度', '环比'];
  const rows = specs.map((f) => {
    const shown = (s: S) => formatFigure(f.of(s), f.unit);
    const cells = [
      f.label,
      shown(values.current),
      shown(values.lastYear),
      formatChange(figureChange(f, values.current, values.lastYear), f.unit),
    ];
    if (!year && values.previous)
      cells.push(shown(values.previous), formatChange(figureChange(f, values.current, values.previous), f.unit));
    return cells;
  });
  return gridTable(headers, rows, year ? [3, 2, 2, 2] : [3, 2, 2, 2, 2, 2], { left: [0] });
}

/** The petitions' totals against the bases (一、基本情况). */
export function comparisonTable(f: ReportFigures): Table {
  return comparedFiguresTable(f.period, COMPARISON_FIGURES.map(figure), f);
}

/** 走出去's figures against the bases (二、主要特点), every figure of its part of the catalogue. */
export function outreachTable(f: ReportFigures, outreach: OutreachComparison): Table {
  return comparedFiguresTable(f.period, outreachFigures(outreach), outreach);
}

/** 批次, 人次 and 件 by channel; 来信 and 网上信访 count in 件 only (—). */
export function channelTable(stats: Statistics): Table {
  const rows = stats.byChannel.map((c) => [c.name, count(c.batches), count(c.persons), String(c.pieces)]);
  rows.push(['合计', String(stats.batches), String(stats.persons), String(stats.pieces)]);
  return gridTable(['信访渠道', '批次', '人次', '件数'], rows, [3, 2, 2, 2], { left: [0] });
}

/** The year-end report's four-quarter trend, with the year's own totals as the last row. */
export function quarterTrendTable(f: ReportFigures): Table {
  const line = (label: string, s: Statistics) => [
    label,
    ...QUARTER_FIGURES.map((key) => formatFigure(figure(key).of(s), figure(key).unit)),
  ];
  const rows = f.quarters.map((q) => line(quarterName(q.quarter), q.stats));
  rows.push(line('全年', f.current));
  return gridTable(['季度', ...figureLabels(QUARTER_FIGURES)], rows, [3, 2, 2, 2, 3, 3, 3, 3]);
}

/** 反映的主要问题: the top categories with counts and shares. */
export function categoryTable(stats: Statistics): Table {
  const rows = stats.topCategories.map((r, i) => [String(i + 1), r.name, String(r.count), formatPercent(r.share)]);
  return gridTable(['序号', '问题类别', '件数', '占比'], rows, [1, 5, 2, 2], { left: [1], wraps: [1] });
}

/**
 * 受理, 办结 and 满意 in figures, one per line by the catalogue's label, with the base it is counted on
 * (docs/domain.md §8: every share names its base), so the 办结件数 of the period is never read as the numerator of the
 * 办结率.
 */
export function handlingTable(stats: Statistics): Table {
  const { handling, satisfaction } = stats;
  const line = (key: FigureKey, basis: string, none = basis): string[] => {
    const { label, unit, of } = figure(key);
    const value = of(stats);
    return [label, formatFigure(value, unit), value === null ? none : basis];
  };
  const rows = [
    line('accepted', '本期作出受理决定的信访事项'),
    line('finished', `本期办结的申诉求决类事项，其中按期${handling.finishedOnTime}件`),
    line('due', '本期到期的申诉求决类事项'),
    line('closingRate', `到期应办结的${handling.due}件中已办结${handling.closed}件`, '无到期应办结事项，不计'),
    line('onTimeRate', `到期应办结的${handling.due}件中按期办结${handling.closedOnTime}件`, '无到期应办结事项，不计'),
    line(
      'ratingRate',
      `出具处理意见书的${satisfaction.replied}件中回访参评${satisfaction.rated}件`,
      '未出具处理意见书，不计',
    ),
    line(
      'satisfactionRate',
      `参评的${satisfaction.rated}件中满意${satisfaction.satisfied}件、基本满意${satisfaction.basicallySatisfied}件`,
      '无参评事项，不计',
    ),
  ];
  return gridTable(['指标', '数值', '口径'], rows, [3, 2, 9], { left: [0, 2], wraps: [2] });
}

/** 超期未办结: by 登记编号, unit and category; no names. */
export function overdueTable(f: ReportFigures): Table {
  const rows = f.current.overdue.map((o, i) => [
    String(i + 1),
    o.regNo,
    o.unitId ? (f.unitNames.get(o.unitId) ?? '') : '未指定单位',
    o.categoryId ? (f.categoryNames.get(o.categoryId) ?? '') : '未分类',
    o.due,
    String(o.daysOverdue),
  ]);
  return gridTable(['序号', '登记编号', '涉及单位', '问题类别', '应办结日期', '超期天数'], rows, [1, 3, 4, 5, 3, 2], {
    left: [2, 3],
    wraps: [2, 3],
  });
}
