import { describe, expect, it } from 'vitest';
import { buildStatisticsWorkbook, statisticsFileName, STATISTICS_SHEETS, type StatisticsExportInput } from '../../../../renderer/src/documents/excel/statisticsWorkbook';
import { workbookBytes } from '../../../../renderer/src/documents/excel/sheet';
import { caseEnvironment } from '../../../../renderer/src/domain/caseEnvironment';
import { DEFAULT_SETTINGS } from '../../../../renderer/src/domain/defaults';
import { compare, computeStatistics, previousPeriod, quarterPeriod, samePeriodLastYear, type StatPeriod } from '../../../../renderer/src/domain/statistics';
import { CATEGORIES, PETITIONS, RECEPTIONS, UNITS } from '../../domain/statistics/dataset';
import { readBack, records, rowValues, sheet } from './xlsxParts';

const env = caseEnvironment(DEFAULT_SETTINGS);
const Q2 = quarterPeriod(2026, 2);
const stats = (period: StatPeriod) =>
  computeStatistics({ petitions: PETITIONS, receptions: RECEPTIONS, units: UNITS, categories: CATEGORIES, period, scope: { kind: 'all' }, env });

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
  it('the headline sheet shows the figures of the period and its bases, 同比/环比 as percentages and — where the base is 0', async () => {
    const data = input();
    const { workbook } = await exported(data);
    const ws = sheet(workbook, STATISTICS_SHEETS.headlines);
    expect(rowValues(ws, 1)).toEqual(['指标', '本期', '去年同期', '同比', '上期', '环比']);
    const byLabel = new Map(records(ws).map((r) => [r['指标'], r]));
    const { current, lastYear, previous } = data;
    if (!previous) throw new Error('a quarter has a previous period');
    const yoy = compare(current, lastYear);
    const pop = compare(current, previous);

    expect(byLabel.get('批次')).toEqual({ 指标: '批次', 本期: current.batches, 去年同期: lastYear.batches, 同比: yoy.batches ?? '—', 上期: previous.batches, 环比: pop.batches ?? '—' });
    expect(byLabel.get('人次')).toMatchObject({ 本期: current.persons, 上期: previous.persons, 环比: pop.persons });
    expect(byLabel.get('件')).toMatchObject({ 本期: current.pieces, 上期: previous.pieces, 环比: pop.pieces ?? '—' });
    expect(byLabel.get('集体访批次')).toMatchObject({ 本期: current.collective.batches });
    expect(byLabel.get('重复访件')).toMatchObject({ 本期: current.repeat.pieces, 环比: pop.repeatPieces ?? '—' });
    expect(byLabel.get('受理件')).toMatchObject({ 本期: current.acceptance.accepted });
    expect(byLabel.get('办结率')).toMatchObject({ 本期: current.handling.closingRate ?? '—', 同比: null });
    expect(byLabel.get('按期办结率')).toMatchObject({ 本期: current.handling.onTimeRate ?? '—' });
    expect(byLabel.get('满意率')).toMatchObject({ 本期: current.satisfaction.satisfactionRate ?? '—' });
    expect(byLabel.get('参评率')).toMatchObject({ 本期: current.satisfaction.ratingRate ?? '—' });
    expect(byLabel.get('超期未办结件')).toMatchObject({ 本期: current.overdue.length });

    // Every 同比/环比 is the module's compare(); a zero base shows —, and the dataset has both kinds.
    const changeRows: [string, keyof typeof yoy][] = [['批次', 'batches'], ['人次', 'persons'], ['件', 'pieces'], ['集体访批次', 'collectiveBatches'], ['集体访人次', 'collectivePersons'], ['越级访批次', 'levelSkippingBatches'], ['重复访件', 'repeatPieces'], ['受理件', 'accepted']];
    const shown = changeRows.flatMap(([label, key]) => {
      const row = byLabel.get(label);
      expect(row?.['同比'], label).toBe(yoy[key] ?? '—');
      expect(row?.['环比'], label).toBe(pop[key] ?? '—');
      return [row?.['同比'], row?.['环比']];
    });
    expect(shown).toContain('—');
    expect(shown.some((v) => typeof v === 'number')).toBe(true);
    const batchRow = records(ws).findIndex((r) => r['指标'] === '批次') + 2;
    expect(ws.getRow(batchRow).getCell(6).numFmt).toBe('0.00%');
  });

  it('the breakdowns by channel, both category levels, nature, 身份 and unit equal the module output row for row', async () => {
    const data = input();
    const { workbook } = await exported(data);
    const { current } = data;
    expect(records(sheet(workbook, STATISTICS_SHEETS.channels))).toEqual(
      current.byChannel.map((c) => ({ 渠道: c.name, 批次: c.batches ?? '—', 人次: c.persons ?? '—', 件: c.pieces })),
    );
    const counts = (name: string, header: string) => records(sheet(workbook, name)).map((r) => [r[header], r['件数'], r['占比']]);
    const expected = (rows: { name: string; count: number; share: number | null }[]) => rows.map((r) => [r.name, r.count, r.share ?? '—']);
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
    expect(rowValues(ws, 1)).toEqual(['登记编号', '收到时间', '涉及单位', '问题类别', '受理日期', '办理期限', '超期天数']);
    expect(current.overdue.length).toBeGreaterThan(0);
    const list = records(ws);
    expect(list.map((r) => [r['登记编号'], r['超期天数']])).toEqual(current.overdue.map((o) => [o.regNo, o.daysOverdue]));
    const first = current.overdue[0];
    expect((list[0]?.['办理期限'] as Date).toISOString().slice(0, 10)).toBe(first?.due);
    expect(ws.getRow(2).getCell(6).numFmt).toBe('yyyy-mm-dd');
  });

  it('without a previous period (a year) the 环比 columns are left out; the file is named by scope and period', async () => {
    const { workbook } = await exported({ ...input(), previous: null });
    expect(rowValues(sheet(workbook, STATISTICS_SHEETS.headlines), 1)).toEqual(['指标', '本期', '去年同期', '同比']);
    expect(statisticsFileName(input())).toBe('信访统计-全公司-2026-04-01至2026-06-30.xlsx');
  });
});
