import type ExcelJS from 'exceljs';
import { compare, NO_VALUE, type CountRow, type Statistics, type StatisticsChange, type StatPeriod } from '../../domain/statistics';
import type { Category, Unit } from '../../domain/types';
import { pathNames } from './names';
import { addTableSheet, DATE_FORMAT, DATE_TIME_FORMAT, excelDate, excelDateTime, newWorkbook, PERCENT_FORMAT, type SheetColumn } from './sheet';

/**
 * What the statistics export shows: the statistics module's output for the period and for its two bases, exactly
 * as the dashboard and the report read them. Nothing here counts anything again.
 */
export interface StatisticsExportInput {
  current: Statistics;
  /** 同比's base: computeStatistics over samePeriodLastYear. */
  lastYear: Statistics;
  /** 环比's base: computeStatistics over previousPeriod, or null when the period has none shown (a year). */
  previous: Statistics | null;
  /** How the scope reads: '全公司', '一号矿井及下属单位', '综采一队党支部'. */
  scopeLabel: string;
  /** For the names in the overdue list. */
  categories: readonly Category[];
  units: readonly Unit[];
}

interface Headline {
  label: string;
  value: (s: Statistics) => number | null;
  /** The statistics module's 同比/环比 field; figures without one (rates) get none. */
  change?: keyof StatisticsChange;
  percent?: boolean;
}

const HEADLINES: readonly Headline[] = [
  { label: '批次', value: (s) => s.batches, change: 'batches' },
  { label: '人次', value: (s) => s.persons, change: 'persons' },
  { label: '件', value: (s) => s.pieces, change: 'pieces' },
  { label: '集体访批次', value: (s) => s.collective.batches, change: 'collectiveBatches' },
  { label: '集体访人次', value: (s) => s.collective.persons, change: 'collectivePersons' },
  { label: '越级访批次', value: (s) => s.levelSkipping.batches, change: 'levelSkippingBatches' },
  { label: '越级访人次', value: (s) => s.levelSkipping.persons },
  { label: '重复访件', value: (s) => s.repeat.pieces, change: 'repeatPieces' },
  { label: '重复访占比', value: (s) => s.repeat.share, percent: true },
  { label: '受理件', value: (s) => s.acceptance.accepted, change: 'accepted' },
  { label: '不予受理件', value: (s) => s.acceptance.rejected },
  { label: '转送件', value: (s) => s.acceptance.forwarded },
  { label: '应办结件', value: (s) => s.handling.due },
  { label: '已办结件', value: (s) => s.handling.closed },
  { label: '按期办结件', value: (s) => s.handling.closedOnTime },
  { label: '办结率', value: (s) => s.handling.closingRate, percent: true },
  { label: '按期办结率', value: (s) => s.handling.onTimeRate, percent: true },
  { label: '已答复件', value: (s) => s.satisfaction.replied },
  { label: '回访参评件', value: (s) => s.satisfaction.rated },
  { label: '参评率', value: (s) => s.satisfaction.ratingRate, percent: true },
  { label: '满意率', value: (s) => s.satisfaction.satisfactionRate, percent: true },
  { label: '超期未办结件', value: (s) => s.overdue.length },
];

export const STATISTICS_SHEETS = {
  about: '统计说明',
  headlines: '主要指标',
  channels: '按渠道',
  categories: '按问题类别',
  subcategories: '按问题类别（二级）',
  natures: '按性质',
  identities: '按身份',
  units: '按单位',
  flags: '按标记',
  overdue: '超期未办结',
} as const;

const periodText = (p: StatPeriod) => `${p.from} 至 ${p.to}`;

/** '信访统计-全公司-2026-07-01至2026-09-30.xlsx' (the caller cleans it for the file system). */
export function statisticsFileName(input: Pick<StatisticsExportInput, 'current' | 'scopeLabel'>): string {
  return `信访统计-${input.scopeLabel}-${input.current.period.from}至${input.current.period.to}.xlsx`;
}

/** A count of the module's output, or '—' where it is null (a denominator or base of 0, a 件-only channel). */
const orDash = (value: number | null) => (value === null ? NO_VALUE : value);

/**
 * 统计表: the headline figures with 同比/环比 (numbers as percentages, '—' where the base is 0), the breakdowns by
 * channel, category (both levels), nature, 身份, unit and flag, and the overdue list by registration number only: no
 * names, ID numbers or phones.
 */
export async function buildStatisticsWorkbook(input: StatisticsExportInput): Promise<ExcelJS.Workbook> {
  const { current, lastYear, previous } = input;
  const workbook = newWorkbook();

  const about = addTableSheet(workbook, STATISTICS_SHEETS.about, [
    { header: '项目', key: 'item', width: 14 },
    { header: '内容', key: 'text', width: 60 },
  ], false);
  about.addRows([
    { item: '统计期间', text: periodText(current.period) },
    { item: '统计范围', text: input.scopeLabel },
    { item: '数据截至', text: current.asOf },
    { item: '同比基期', text: periodText(lastYear.period) },
    ...(previous ? [{ item: '环比基期', text: periodText(previous.period) }] : []),
    { item: '口径', text: '批次、人次按接待记录计，来信、网上信访只计件数；件按首次收到计' },
    { item: '说明', text: `“${NO_VALUE}”表示基数或分母为0，无法计算` },
  ]);

  const headlineColumns: SheetColumn[] = [
    { header: '指标', key: 'label', width: 14 },
    { header: '本期', key: 'current', width: 10 },
    { header: '去年同期', key: 'lastYear', width: 10 },
    { header: '同比', key: 'yearOnYear', width: 10 },
    ...(previous
      ? [
          { header: '上期', key: 'previous', width: 10 },
          { header: '环比', key: 'periodOnPeriod', width: 10 },
        ]
      : []),
  ];
  const headlines = addTableSheet(workbook, STATISTICS_SHEETS.headlines, headlineColumns, false);
  const yearOnYear = compare(current, lastYear);
  const periodOnPeriod = previous ? compare(current, previous) : null;
  for (const h of HEADLINES) {
    const row = headlines.addRow({
      label: h.label,
      current: orDash(h.value(current)),
      lastYear: orDash(h.value(lastYear)),
      yearOnYear: h.change ? orDash(yearOnYear[h.change]) : null,
      ...(previous && periodOnPeriod
        ? { previous: orDash(h.value(previous)), periodOnPeriod: h.change ? orDash(periodOnPeriod[h.change]) : null }
        : {}),
    });
    const percentKeys = [...(h.percent ? ['current', 'lastYear', 'previous'] : []), 'yearOnYear', 'periodOnPeriod'];
    for (const key of percentKeys) if (headlineColumns.some((c) => c.key === key)) row.getCell(key).numFmt = PERCENT_FORMAT;
  }

  const channels = addTableSheet(workbook, STATISTICS_SHEETS.channels, [
    { header: '渠道', key: 'name', width: 16 },
    { header: '批次', key: 'batches', width: 8 },
    { header: '人次', key: 'persons', width: 8 },
    { header: '件', key: 'pieces', width: 8 },
  ]);
  for (const c of current.byChannel) {
    channels.addRow({ name: c.name, batches: orDash(c.batches), persons: orDash(c.persons), pieces: c.pieces });
  }

  addCountSheet(workbook, STATISTICS_SHEETS.categories, '问题类别', current.byCategory);
  addCountSheet(workbook, STATISTICS_SHEETS.subcategories, '问题类别', current.bySubcategory);
  addCountSheet(workbook, STATISTICS_SHEETS.natures, '信访性质', current.byNature);
  addCountSheet(workbook, STATISTICS_SHEETS.identities, '身份', current.byIdentity);
  addCountSheet(workbook, STATISTICS_SHEETS.units, '涉及单位', current.byUnit);
  addCountSheet(workbook, STATISTICS_SHEETS.flags, '标记', current.byFlag);

  const overdue = addTableSheet(workbook, STATISTICS_SHEETS.overdue, [
    { header: '登记编号', key: 'regNo', width: 12 },
    { header: '收到时间', key: 'receivedAt', width: 18, numFmt: DATE_TIME_FORMAT },
    { header: '涉及单位', key: 'unit', width: 20 },
    { header: '问题类别', key: 'category', width: 26 },
    { header: '受理日期', key: 'acceptedAt', width: 12, numFmt: DATE_FORMAT },
    { header: '办理期限', key: 'due', width: 12, numFmt: DATE_FORMAT },
    { header: '超期天数', key: 'daysOverdue', width: 10 },
  ]);
  const unitNames = pathNames(input.units);
  const categoryNames = pathNames(input.categories);
  for (const o of current.overdue) {
    overdue.addRow({
      regNo: o.regNo,
      receivedAt: excelDateTime(o.receivedAt) ?? o.receivedAt,
      unit: o.unitId ? (unitNames.get(o.unitId) ?? null) : null,
      category: o.categoryId ? (categoryNames.get(o.categoryId) ?? null) : null,
      acceptedAt: excelDate(o.acceptedAt) ?? o.acceptedAt,
      due: excelDate(o.due) ?? o.due,
      daysOverdue: o.daysOverdue,
    });
  }
  return workbook;
}

function addCountSheet(workbook: ExcelJS.Workbook, name: string, header: string, rows: readonly CountRow<string | null>[]): void {
  const sheet = addTableSheet(workbook, name, [
    { header, key: 'name', width: 28 },
    { header: '件数', key: 'count', width: 8 },
    { header: '占比', key: 'share', width: 10, numFmt: PERCENT_FORMAT },
  ]);
  for (const r of rows) sheet.addRow({ name: r.name, count: r.count, share: orDash(r.share) });
}
