import type ExcelJS from 'exceljs';
import {
  FIGURES,
  figureChange,
  NO_VALUE,
  outreachFigures,
  type CountRow,
  type FigureSpec,
  type OutreachComparison,
  type Statistics,
  type StatPeriod,
} from '../../domain/statistics';
import type { Category, Unit } from '../../domain/types';
import { pathNames } from '../../domain/treePath';
import {
  addTableSheet,
  DATE_FORMAT,
  DATE_TIME_FORMAT,
  excelDate,
  excelDateTime,
  newWorkbook,
  PERCENT_FORMAT,
  type SheetColumn,
} from './sheet';

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
  /** 走出去's counts of the same period and bases (its figures follow the petitions' on 主要指标); absent: none. */
  outreach?: OutreachComparison;
  /** How the scope reads: '全公司', '一号矿井及下属单位', '综采一队党支部'. */
  scopeLabel: string;
  /** For the names in the overdue list. */
  categories: readonly Category[];
  units: readonly Unit[];
}

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

/** An amount in 元, with its fen. */
const AMOUNT_FORMAT = '0.00';

/** A rate's 同比/环比: percentage points, as the dashboard and the report print it (「上升3.20个百分点」). */
const POINTS_FORMAT = '0.00"个百分点"';

const periodText = (p: StatPeriod) => `${p.from} 至 ${p.to}`;

/** '信访统计-全公司-2026-07-01至2026-09-30.xlsx' (the caller cleans it for the file system). */
export function statisticsFileName(input: Pick<StatisticsExportInput, 'current' | 'scopeLabel'>): string {
  return `信访统计-${input.scopeLabel}-${input.current.period.from}至${input.current.period.to}.xlsx`;
}

/** A count of the module's output, or '—' where it is null (a denominator or base of 0, a 件-only channel). */
const orDash = (value: number | null) => (value === null ? NO_VALUE : value);

/**
 * 统计表: every figure of the catalogue (domain/statistics/figures.ts) with its unit, 同比/环比 (a count's as a
 * percentage, a rate's in percentage points, '—' where the base is 0) and 口径, the breakdowns by
 * channel, category (both levels), nature, 身份, unit and flag, and the overdue list by registration number only: no
 * names, ID numbers or phones.
 */
export async function buildStatisticsWorkbook(input: StatisticsExportInput): Promise<ExcelJS.Workbook> {
  const { current, lastYear, previous } = input;
  const workbook = newWorkbook();

  const about = addTableSheet(
    workbook,
    STATISTICS_SHEETS.about,
    [
      { header: '项目', key: 'item', width: 14 },
      { header: '内容', key: 'text', width: 60 },
    ],
    false,
  );
  about.addRows([
    { item: '统计期间', text: periodText(current.period) },
    { item: '统计范围', text: input.scopeLabel },
    { item: '数据截至', text: current.asOf },
    { item: '同比基期', text: periodText(lastYear.period) },
    ...(previous ? [{ item: '环比基期', text: periodText(previous.period) }] : []),
    { item: '口径', text: '批次、人次按接待记录计，来信、网上信访只计件数；件按首次收到计' },
    { item: '同比、环比', text: '件数、批次、人次为增减百分比；比率为增减百分点' },
    { item: '说明', text: `“${NO_VALUE}”表示基数或分母为0，无法计算` },
  ]);

  const headlineColumns: SheetColumn[] = [
    { header: '指标', key: 'label', width: 16 },
    { header: '单位', key: 'unit', width: 6 },
    { header: '本期', key: 'current', width: 10 },
    { header: '去年同期', key: 'lastYear', width: 10 },
    { header: '同比', key: 'yearOnYear', width: 12 },
    ...(previous
      ? [
          { header: '上期', key: 'previous', width: 10 },
          { header: '环比', key: 'periodOnPeriod', width: 12 },
        ]
      : []),
    { header: '口径', key: 'definition', width: 48 },
  ];
  const headlines = addTableSheet(workbook, STATISTICS_SHEETS.headlines, headlineColumns, false);
  const addFigureRows = <S>(
    specs: readonly FigureSpec<S>[],
    values: { current: S; lastYear: S; previous: S | null },
  ) => {
    for (const f of specs) {
      const rate = f.unit === '%';
      const shownChange = (base: S) => {
        const c = figureChange(f, values.current, base);
        return orDash(rate ? (c.delta === null ? null : c.delta * 100) : c.ratio);
      };
      const row = headlines.addRow({
        label: f.label,
        unit: f.unit,
        current: orDash(f.of(values.current)),
        lastYear: orDash(f.of(values.lastYear)),
        yearOnYear: f.comparable ? shownChange(values.lastYear) : null,
        ...(previous && values.previous
          ? {
              previous: orDash(f.of(values.previous)),
              periodOnPeriod: f.comparable ? shownChange(values.previous) : null,
            }
          : {}),
        definition: f.definition,
      });
      const present = (key: string) => headlineColumns.some((c) => c.key === key);
      const valueFormat = rate ? PERCENT_FORMAT : f.unit === '元' ? AMOUNT_FORMAT : null;
      if (valueFormat)
        for (const key of ['current', 'lastYear', 'previous']) if (present(key)) row.getCell(key).numFmt = valueFormat;
      for (const key of ['yearOnYear', 'periodOnPeriod'])
        if (present(key)) row.getCell(key).numFmt = rate ? POINTS_FORMAT : PERCENT_FORMAT;
    }
  };
  // Every figure of the catalogue, in its order and with its label; a rate's 同比/环比 in percentage points; then
  // 走出去's figures, when the period's were read.
  addFigureRows(FIGURES, { current, lastYear, previous });
  if (input.outreach) addFigureRows(outreachFigures(input.outreach), input.outreach);

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

function addCountSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  header: string,
  rows: readonly CountRow<string | null>[],
): void {
  const sheet = addTableSheet(workbook, name, [
    { header, key: 'name', width: 28 },
    { header: '件数', key: 'count', width: 8 },
    { header: '占比', key: 'share', width: 10, numFmt: PERCENT_FORMAT },
  ]);
  for (const r of rows) sheet.addRow({ name: r.name, count: r.count, share: orDash(r.share) });
}
