import { describe, expect, it } from 'vitest';
import {
  buildStatisticsWorkbook,
  STATISTICS_SHEETS,
} from '../../../../renderer/src/documents/excel/statisticsWorkbook';
import { workbookBytes } from '../../../../renderer/src/documents/excel/sheet';
import { FIGURES, outreachFigures } from '../../../../renderer/src/domain/statistics';
import { reportInput } from '../report/reportData';
import { q2Comparison } from '../../domain/outreach/quarterSet';
import { CATEGORIES, UNITS } from '../../domain/statistics/dataset';
import { readBack, records, sheet } from './xlsxParts';

async function headlineRows(withOutreach: boolean) {
  const { current, lastYear, previous } = reportInput({ kind: 'quarter', year: 2026, quarter: 2 }).figures;
  const workbook = await buildStatisticsWorkbook({
    current,
    lastYear,
    previous,
    scopeLabel: '全公司',
    categories: CATEGORIES,
    units: UNITS,
    ...(withOutreach ? { outreach: q2Comparison() } : {}),
  });
  const ws = sheet(await readBack(await workbookBytes(workbook)), STATISTICS_SHEETS.headlines);
  return { ws, rows: records(ws) };
}

describe('the statistics export carries 走出去 through the catalogue', () => {
  it('lists 走出去’s figures after the petitions’, by the catalogue’s labels, units and 口径', async () => {
    const { rows } = await headlineRows(true);
    const figures = outreachFigures(q2Comparison());
    const outreach = rows.slice(FIGURES.length);
    expect(rows.slice(0, FIGURES.length).map((r) => r['指标'])).toEqual(FIGURES.map((f) => f.label));
    expect(outreach.map((r) => r['指标'])).toEqual(figures.map((f) => f.label));
    expect(outreach.map((r) => r['单位'])).toEqual(figures.map((f) => f.unit));
    expect(outreach.map((r) => r['口径'])).toEqual(figures.map((f) => f.definition));
  });

  it('writes the hand-counted values with 同比 and 环比 as numbers, an amount in 元 with two decimals', async () => {
    const { ws, rows } = await headlineRows(true);
    const suggestions = rows.find((r) => r['指标'] === '征集建议');
    expect(suggestions).toMatchObject({ 本期: 5, 去年同期: 1, 同比: 4, 上期: 1, 环比: 4 });
    const amount = rows.find((r) => r['指标'] === '帮扶救助金额');
    expect(amount).toMatchObject({ 本期: 2500.5, 去年同期: 1000, 上期: 3000 });
    expect(amount?.['同比']).toBeCloseTo(1.5005, 10);
    const rowNo = rows.indexOf(amount ?? {}) + 2;
    expect(ws.getRow(rowNo).getCell(3).numFmt).toBe('0.00');
    // No base: '—', as for the petitions' figures.
    expect(rows.find((r) => r['指标'] === '走访发现问题')?.['同比']).toBe('—');
  });

  it('lists the petitions’ figures only when no 走出去 figures were read', async () => {
    const { rows } = await headlineRows(false);
    expect(rows.map((r) => r['指标'])).toEqual(FIGURES.map((f) => f.label));
  });
});
