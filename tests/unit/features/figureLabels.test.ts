import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { workbookBytes } from '../../../renderer/src/documents/excel/sheet';
import { buildStatisticsWorkbook, STATISTICS_SHEETS } from '../../../renderer/src/documents/excel/statisticsWorkbook';
import { toBytes } from '../../../renderer/src/documents/gbStyle';
import { buildReport } from '../../../renderer/src/documents/report/buildReport';
import { FEATURE_FIGURES } from '../../../renderer/src/documents/report/draft';
import { COMPARISON_FIGURES, QUARTER_FIGURES } from '../../../renderer/src/documents/report/tables';
import {
  figure,
  figureLabels,
  FIGURES,
  formatChange,
  formatFigure,
  quarterPeriod,
} from '../../../renderer/src/domain/statistics';
import { computeDashboard, DASHBOARD_FIGURES } from '../../../renderer/src/features/dashboard/dashboardData';
import { textOf } from '../documents/docxParts';
import { readBack, records, sheet } from '../documents/excel/xlsxParts';
import { rowsOf, tablesOf } from '../documents/tableChecks';
import { CATEGORIES, UNITS } from '../domain/statistics/dataset';
import { ENV, reportInput } from '../documents/report/reportData';

/**
 * The dashboard, the Excel export and the report name a figure by the catalogue's label (domain/statistics/figures.ts):
 * what each prints is read back from its output and compared with the catalogue, so a label typed anew in one of them
 * fails here.
 */

const cellsOf = (row: string) => [...row.matchAll(/<w:tc>.*?<\/w:tc>/gs)].map((m) => textOf(m[0]));

async function reportTables(kind: 'quarter' | 'year') {
  const period = kind === 'quarter' ? ({ kind, year: 2026, quarter: 2 } as const) : ({ kind, year: 2026 } as const);
  const input = reportInput(period);
  const zip = await JSZip.loadAsync(await toBytes(buildReport(input)));
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  return { input, tables: tablesOf(xml).map((t) => rowsOf(t).map(cellsOf)) };
}

describe('one label per figure, read from the catalogue by every output', () => {
  it('the dashboard’s headline cards carry the catalogue’s labels and units', () => {
    const dashboard = computeDashboard({
      rows: [],
      units: UNITS,
      categories: CATEGORIES,
      env: ENV,
      period: quarterPeriod(2026, 2),
      kind: 'quarter',
      scope: { kind: 'all' },
      today: '2026-07-15',
    });
    expect(dashboard.headlines.map((h) => h.label)).toEqual(figureLabels(DASHBOARD_FIGURES));
    expect(dashboard.headlines.map((h) => h.label)).toContain('集体访批次');
    for (const h of dashboard.headlines) expect(h.unit).toBe(FIGURES.find((f) => f.key === h.key)?.unit);
  });

  it('the Excel 主要指标 sheet lists the whole catalogue by label', async () => {
    const { input } = await reportTables('quarter');
    const { current, lastYear, previous } = input.figures;
    const workbook = await readBack(
      await workbookBytes(
        await buildStatisticsWorkbook({
          current,
          lastYear,
          previous,
          scopeLabel: '全公司',
          categories: CATEGORIES,
          units: UNITS,
        }),
      ),
    );
    const rows = records(sheet(workbook, STATISTICS_SHEETS.headlines));
    expect(rows.map((r) => r['指标'])).toEqual(FIGURES.map((f) => f.label));
    expect(rows.map((r) => r['单位'])).toEqual(FIGURES.map((f) => f.unit));
    expect(rows.map((r) => r['口径'])).toEqual(FIGURES.map((f) => f.definition));
    // The dashboard's labels are a subset, so a reader finds each card's row in the sheet.
    for (const label of figureLabels(DASHBOARD_FIGURES))
      expect(
        rows.some((r) => r['指标'] === label),
        label,
      ).toBe(true);
  });

  it('the report’s comparison table names its rows, and the year’s quarter table its columns, by the catalogue', async () => {
    const quarter = await reportTables('quarter');
    const comparison = quarter.tables[0] ?? [];
    expect(comparison[0]).toEqual(['指标', '本季度', '去年同期', '同比', '上季度', '环比']);
    expect(comparison.slice(1).map((row) => row[0])).toEqual(figureLabels(COMPARISON_FIGURES));
    const year = await reportTables('year');
    expect(year.tables[0]?.slice(1).map((row) => row[0])).toEqual(figureLabels(COMPARISON_FIGURES));
    const quarters = year.tables[1] ?? [];
    expect(quarters[0]).toEqual(['季度', ...figureLabels(QUARTER_FIGURES)]);
    expect(quarters.map((row) => row[0])).toEqual(['季度', '第一季度', '第二季度', '第三季度', '第四季度', '全年']);
  });

  it('the report’s 办理情况 table names its rows by the catalogue, counts and rates printed as the dashboard prints them', async () => {
    const { input, tables } = await reportTables('quarter');
    const handling = tables.find((t) => t[0]?.join('|') === '指标|数值|口径') ?? [];
    const keys = [
      'accepted',
      'finished',
      'due',
      'closingRate',
      'onTimeRate',
      'ratingRate',
      'satisfactionRate',
    ] as const;
    expect(handling.slice(1).map((row) => row[0])).toEqual(figureLabels(keys));
    expect(handling.slice(1).map((row) => row[1])).toEqual(
      keys.map((key) => formatFigure(figure(key).of(input.figures.current), figure(key).unit)),
    );
  });

  it('the comparison table prints each change the way the dashboard does (formatChange of the same change)', async () => {
    const { input, tables } = await reportTables('quarter');
    const { yearOnYear, sequential } = input.figures;
    if (!sequential) throw new Error('a quarter has a previous quarter');
    const rows = (tables[0] ?? []).slice(1);
    expect(rows.map((row) => [row[3], row[5]])).toEqual(
      COMPARISON_FIGURES.map((key) => [formatChange(yearOnYear[key]), formatChange(sequential[key])]),
    );
  });

  it('二、主要特点 names the changes by the catalogue’s labels', () => {
    const { figures, paragraphs } = reportInput({ kind: 'quarter', year: 2026, quarter: 2 });
    const named = FEATURE_FIGURES.filter((key) => figures.yearOnYear[key].ratio !== null);
    expect(named.length, 'the dataset has a 同比 for some of them').toBeGreaterThan(0);
    const labels = figureLabels(named);
    const sentence = paragraphs.features.find((p) => p.startsWith('与去年同期相比，'));
    expect(sentence).toBe(
      `与去年同期相比，${named.map((key, i) => `${labels[i]}${formatChange(figures.yearOnYear[key])}`).join('，')}。`,
    );
  });
});
