import { AlignmentType, Paragraph, type Table } from 'docx';
import { formatChange, formatPercent, NO_VALUE, type Statistics } from '../../domain/statistics';
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

/** A grid table: a heading row, then rows; `weights` share the width left once every column fits what it must. */
function gridTable(headers: readonly string[], rows: readonly (readonly string[])[], weights: readonly number[], { left = [], wraps = [] }: GridLayout = {}): Table {
  const columns = headers.map((header, i) => ({ header, weight: weights[i] ?? 1, wraps: wraps.includes(i) }));
  return listTable(columns, rows, TABLE_SIZE, (i) => (left.includes(i) ? 'left' : 'center'));
}

/** 表1 … above a table, kept with it; 图1 … below a chart (`below`), which the chart keeps with itself. */
export function caption(text: string, { below = false } = {}): Paragraph {
  return new Paragraph({ alignment: AlignmentType.CENTER, keepNext: !below, children: [run(text, { font: FONTS.heading1, size: TABLE_SIZE })] });
}

const count = (n: number | null) => (n === null ? NO_VALUE : String(n));

/** 本期 against 同比's and 环比's bases, figure by figure. */
export function comparisonTable(f: ReportFigures): Table {
  const lines: [string, (s: Statistics) => number][] = [
    // 共接处访: every channel's contacts (docs/domain.md §8); 「来访」 alone would name the 来访 channel only.
    ['接处访批次', (s) => s.batches],
    ['接处访人次', (s) => s.persons],
    ['信访事项（件）', (s) => s.pieces],
    ['集体访批次', (s) => s.collective.batches],
    ['重复访（件）', (s) => s.repeat.pieces],
    ['越级访批次', (s) => s.levelSkipping.batches],
  ];
  const change = (now: number, base: number) => formatChange(base === 0 ? null : (now - base) / base);
  const year = f.period.kind === 'year';
  const headers = year ? ['指标', '本年度', '上年度', '同比'] : ['指标', '本季度', '去年同期', '同比', '上季度', '环比'];
  const rows = lines.map(([label, of]) => {
    const now = of(f.current);
    const cells = [label, String(now), String(of(f.lastYear)), change(now, of(f.lastYear))];
    if (f.previous) cells.push(String(of(f.previous)), change(now, of(f.previous)));
    return cells;
  });
  return gridTable(headers, rows, year ? [3, 2, 2, 2] : [3, 2, 2, 2, 2, 2], { left: [0] });
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
    String(s.batches),
    String(s.persons),
    String(s.pieces),
    String(s.collective.batches),
    String(s.repeat.pieces),
    String(s.levelSkipping.batches),
    String(s.acceptance.accepted),
  ];
  const rows = f.quarters.map((q) => line(quarterName(q.quarter), q.stats));
  rows.push(line('全年', f.current));
  return gridTable(['季度', '批次', '人次', '件数', '集体访批次', '重复访件', '越级访批次', '受理件数'], rows, [3, 2, 2, 2, 3, 3, 3, 3]);
}

/** 反映的主要问题: the top categories with counts and shares. */
export function categoryTable(stats: Statistics): Table {
  const rows = stats.topCategories.map((r, i) => [String(i + 1), r.name, String(r.count), formatPercent(r.share)]);
  return gridTable(['序号', '问题类别', '件数', '占比'], rows, [1, 5, 2, 2], { left: [1], wraps: [1] });
}

/**
 * 受理, 办结 and 满意 in figures, one per line with the base it is counted on (docs/domain.md §8: every share names its
 * base), so the 办结件数 of the period is never read as the numerator of the 办结率.
 */
export function handlingTable(stats: Statistics): Table {
  const { acceptance, handling, satisfaction } = stats;
  const rate = (value: number | null, basis: string, none: string) => [formatPercent(value), value === null ? none : basis];
  const rows = [
    ['受理', `${acceptance.accepted}件`, '本期作出受理决定的信访事项'],
    ['办结', `${handling.finished}件`, `本期办结的申诉求决类事项，其中按期${handling.finishedOnTime}件`],
    ['到期应办结', `${handling.due}件`, '本期到期的申诉求决类事项'],
    ['办结率', ...rate(handling.closingRate, `到期应办结的${handling.due}件中已办结${handling.closed}件`, '无到期应办结事项，不计')],
    ['按期办结率', ...rate(handling.onTimeRate, `到期应办结的${handling.due}件中按期办结${handling.closedOnTime}件`, '无到期应办结事项，不计')],
    ['参评率', ...rate(satisfaction.ratingRate, `出具处理意见书的${satisfaction.replied}件中回访参评${satisfaction.rated}件`, '未出具处理意见书，不计')],
    [
      '满意率',
      ...rate(
        satisfaction.satisfactionRate,
        `参评的${satisfaction.rated}件中满意${satisfaction.satisfied}件、基本满意${satisfaction.basicallySatisfied}件`,
        '无参评事项，不计',
      ),
    ],
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
  return gridTable(['序号', '登记编号', '涉及单位', '问题类别', '应办结日期', '超期天数'], rows, [1, 3, 4, 5, 3, 2], { left: [2, 3], wraps: [2, 3] });
}
