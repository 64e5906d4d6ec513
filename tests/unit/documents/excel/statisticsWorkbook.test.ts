import { describe, expect, it } from 'vitest';
import {
  buildStatisticsWorkbook,
  statisticsFileName,
  STATISTICS_SHEETS,
  type StatisticsExportInput,
} from '../../../../renderer/src/documents/excel/statisticsWorkbook';
import { workbookBytes } from '../../../../renderer/src/documents/excel/sheet';
import { caseEnvironment } from '../../../../renderer/src/domain/caseEnvironment';
import { DEFAULT_SETTINGS } from '../../../../renderer/src/domain/defaults';
import {
  compare,
  computeStatistics,
  FIGURES,
  previousPeriod,
  quarterPeriod,
  samePeriodLastYear,
  type Change,
  type StatPeriod,
} from '../../../../renderer/src/domain/statistics';
import { CATEGORIES, PETITIONS, RECEPTIONS, UNITS } from '../../domain/statistics/dataset';
import { readBack, records, rowValues, sheet } from './xlsxParts';

const env = caseEnvironment(DEFAULT_SETTINGS);
const Q2 = quarterPeriod(2026, 2);
const stats = (period: StatPeriod) =>
  computeStatistics({
    petitions: PETITIONS,
    receptions: RECEPTIONS,
    units: UNITS,
    categories: CATEGORIES,
    period,
    scope: { kind: 'all' },
    env,
  });

function input(): StatisticsExportInput {
  return {
    current: stats(Q2),
    lastYear: stats(samePeriodLastYear(Q2, 'quarter')),
    previous: stats(previousPeriod(Q2, 'quarter')),
    scopeLabel: '全公司',
    categories: CATEGORIES,
    units: UNITS,
  };
}

async function exported(data: StatisticsExportInput) {
  const bytes = await workbookBytes(await buildStatisticsWorkbook(data));
  return { workbook: await readBack(bytes), bytes };
}

describe('the statistics export: computeStatistics output as sheets, nothing counted again', () => {
  it('the headline sheet lists every figure of the catalogue with its unit and 口径, 同比/环比 from compare() and — where the base is 0', async () => {
    const data = input();
    const { workbook } = await exported(data);
    const ws = sheet(workbook, STATISTICS_SHEETS.headlines);
    expect(rowValues(ws, 1)).toEqual(['指标', '单位', '本期', '去年同期', '同比', '上期', '环比', '口径']);
    const rows = records(ws);
    expect(
      rows.map((r) => r['指标']),
      'the catalogue’s labels, in its order',
    ).toEqual(FIGURES.map((f) => f.label));
    const { current, lastYear, previous } = data;
    if (!previous) throw new Error('a quarter has a previous period');
    const yoy = compare(current, lastYear);
    const pop = compare(current, previous);
    const byLabel = new Map(rows.map((r) => [r['指标'], r]));

    expect(byLabel.get('接处访批次')).toEqual({
      指标: '接处访批次',
      单位: '批次',
      本期: current.batches,
      去年同期: lastYear.batches,
      同比: yoy.batches.ratio ?? '—',
      上期: previous.batches,
      环比: pop.batches.ratio ?? '—',
      口径: '各渠道接待记录，来信、网上信访除外',
    });
    expect(byLabel.get('接处访人次')).toMatchObject({
      本期: current.persons,
      上期: previous.persons,
      环比: pop.persons.ratio,
    });
    expect(byLabel.get('集体访批次')).toMatchObject({ 本期: current.collective.batches });
    expect(byLabel.get('办结率')).toMatchObject({ 单位: '%', 本期: current.handling.closingRate ?? '—' });
    expect(byLabel.get('超期未办结件数')).toMatchObject({ 本期: current.overdue.length, 同比: null, 环比: null });

    // Counts: the ratio of compare() (a percentage); rates: its delta in percentage points. A zero base shows —.
    const shown: unknown[] = [];
    for (const f of FIGURES) {
      const row = byLabel.get(f.label);
      expect(row?.['本期'], f.label).toBe(f.of(current) ?? '—');
      if (!f.comparable) continue;
      const cell = (c: Change) => (f.unit === '%' ? (c.delta === null ? '—' : c.delta * 100) : (c.ratio ?? '—'));
      expect([row?.['同比'], row?.['环比']], f.label).toEqual([cell(yoy[f.key]), cell(pop[f.key])]);
      shown.push(row?.['同比'], row?.['环比']);
    }
    expect(shown).toContain('—');
    expect(shown.some((v) => typeof v === 'number')).toBe(true);
    const rowOf = (label: string) => rows.findIndex((r) => r['指标'] === label) + 2;
    expect(ws.getRow(rowOf('接处访批次')).getCell(7).numFmt).toBe('0.00%');
    expect(ws.getRow(rowOf('办结率')).getCell(3).numFmt).toBe('0.00%');
    expect(ws.getRow(rowOf('办结率')).getCell(7).numFmt).toBe('0.00"个百分点"');
  });

  it('the breakdowns by channel, both category levels, nature, 身份 and unit equal the module output row for row', async () => {
    const data = input();
    const { workbook } = await exported(data);
    const { current } = data;
    expect(records(sheet(workbook, STATISTICS_SHEETS.channels))).toEqual(
      current.byChannel.map((c) => ({ 渠道: c.name, 批次: c.batches ?? '—', 人次: c.persons ?? '—', 件: c.pieces })),
    );
    const counts = (name: string, header: string) =>
      records(sheet(workbook, name)).map((r) => [r[header], r['件数'], r['占比']]);
    const expected = (rows: { name: string; count: number; share: number | null }[]) =>
      rows.map((r) => [r.name, r.count, r.share ?? '—']);
    expect(counts(STATISTICS_SHEETS.categories, '问题类别')).toEqual(expected(current.byCategory));
    expect(counts(STATISTICS_SHEETS.subcategories, '问题类别')).toEqual(expected(current.bySubcategory));
    expect(counts(STATISTICS_SHEETS.natures, '信访性质')).toEqual(expected(current.byNature));
    expect(counts(STATISTICS_SHEETS.identities, '身份')).toEqual(expected(current.byIdentity));
    expect(counts(STATISTICS_SHEETS.units, '涉及单位')).toEqual(expected(current.byUnit));
    expect(current.bySubcategory.length).toBeGreaterThan(current.byCategory.length - 1);
  });

  it('the overdue list gives numbers, dates and units only', async () => {
    const data = input();
    const { current } = data;
    const { workbook } = await exported(data);
    const ws = sheet(workbook, STATISTICS_SHEETS.overdue);
    expect(rowValues(ws, 1)).toEqual([
      '登记编号',
      '收到时间',
      '涉及单位',
      '问题类别',
      '受理日期',
      '办理期限',
      '超期天数',
    ]);
    expect(current.overdue.length).toBeGreaterThan(0);
    const list = records(ws);
    expect(list.map((r) => [r['登记编号'], r['超期天数']])).toEqual(
      current.overdue.map((o) => [o.regNo, o.daysOverdue]),
    );
    const first = current.overdue[0];
    expect((list[0]?.['办理期限'] as Date).toISOString().slice(0, 10)).toBe(first?.due);
    expect(ws.getRow(2).getCell(6).numFmt).toBe('yyyy-mm-dd');
  });

  it('without a previous period (a year) the 环比 columns are left out; the file is named by scope and period', async () => {
    const { workbook } = await exported({ ...input(), previous: null });
    expect(rowValues(sheet(workbook, STATISTICS_SHEETS.headlines), 1)).toEqual([
      '指标',
      '单位',
      '本期',
      '去年同期',
      '同比',
      '口径',
    ]);
    expect(statisticsFileName(input())).toBe('信访统计-全公司-2026-04-01至2026-06-30.xlsx');
  });
});
