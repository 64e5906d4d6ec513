import JSZip from 'jszip';
import { afterEach, describe, expect, it } from 'vitest';
import type { DeskDatabase } from '../../../renderer/src/db/database';
import { loadLedgerRows } from '../../../renderer/src/db/petitions';
import { getSettings } from '../../../renderer/src/db/settings';
import { loadTypicalCaseTexts } from '../../../renderer/src/db/typicalCaseTexts';
import { workbookBytes } from '../../../renderer/src/documents/excel/sheet';
import { buildStatisticsWorkbook, STATISTICS_SHEETS } from '../../../renderer/src/documents/excel/statisticsWorkbook';
import { toBytes } from '../../../renderer/src/documents/gbStyle';
import { buildReport } from '../../../renderer/src/documents/report/buildReport';
import { draftParagraphs } from '../../../renderer/src/documents/report/draft';
import { reportFigures } from '../../../renderer/src/documents/report/figures';
import { statPeriodOf } from '../../../renderer/src/documents/report/period';
import { chooseTypicalCases, describeTypicalCases } from '../../../renderer/src/documents/report/typicalCases';
import type { ReportFigures } from '../../../renderer/src/documents/report/types';
import { caseEnvironment } from '../../../renderer/src/domain/caseEnvironment';
import {
  cachedStatRecords,
  figure,
  formatChange,
  formatPercent,
  scopeFromKey,
  toStatRecords,
  type Statistics,
} from '../../../renderer/src/domain/statistics';
import { computeDashboard, type Dashboard } from '../../../renderer/src/features/dashboard/dashboardData';
import { scopeNames } from '../../../renderer/src/features/report/reportScope';
import { freshDb } from '../db/helpers';
import { textOf } from '../documents/docxParts';
import { readBack, records, sheet } from '../documents/excel/xlsxParts';
import { recordTwoQuarters, UNIT } from './figuresAgreeData';

/**
 * Issue 4's acceptance: the dashboard, the Excel export and the report give the same figures for the same period
 * and scope. One dataset goes in through the repositories; each output is then produced the way its page does it
 * (DashboardPage → computeDashboard over the ledger rows; ReportPage/useReport → reportFigures over the same rows,
 * typical cases chosen from them and their text read by loadTypicalCaseTexts → draftParagraphs → buildReport; the
 * 导出统计表 button → buildStatisticsWorkbook of the dashboard's three Statistics). Both pages read the rows through
 * the one cached conversion, so what is compared is the periods, bases and wording each output derives from them.
 */

const Q3 = { kind: 'quarter', year: 2026, quarter: 3 } as const;
/** Read after the quarter ended, so every figure is final. */
const TODAY = '2026-10-15';

let db: DeskDatabase | undefined;
afterEach(() => db?.close());

async function threeOutputs(scopeKey: string) {
  db = freshDb();
  await recordTwoQuarters(db);
  const settings = await getSettings(db);
  const env = caseEnvironment(settings);
  const [units, categories] = [await db.units.toArray(), await db.categories.toArray()];
  const scope = scopeFromKey(scopeKey);
  const { scopeName, issuer } = scopeNames(scopeKey, units, settings.orgName);

  const rows = await loadLedgerRows(db);
  const dashboard = computeDashboard({
    rows,
    units,
    categories,
    env,
    period: statPeriodOf(Q3),
    kind: 'quarter',
    scope,
    today: TODAY,
  });

  const figures = reportFigures({ ...cachedStatRecords(rows), units, categories, env }, Q3, scope, TODAY);
  const chosen = chooseTypicalCases(rows, {
    period: statPeriodOf(Q3),
    scope,
    units,
    categories,
    topCategories: figures.current.topCategories,
  });
  const cases = describeTypicalCases(
    chosen,
    await loadTypicalCaseTexts(
      db,
      chosen.map((c) => c.candidate.id),
    ),
    units,
  );
  const paragraphs = draftParagraphs(figures, cases);
  const docx = await toBytes(
    buildReport({
      figures,
      scopeName,
      issuer,
      addressee: '公司党委',
      date: TODAY,
      docNo: null,
      paragraphs,
      analysis: '工资分配问题集中。',
      measures: '加强排查化解。',
    }),
  );
  const xml = await (await JSZip.loadAsync(docx)).file('word/document.xml')?.async('string');
  if (!xml) throw new Error('word/document.xml is missing');

  const workbook = await readBack(
    await workbookBytes(
      await buildStatisticsWorkbook({
        current: dashboard.current,
        lastYear: dashboard.lastYear,
        previous: dashboard.previous,
        scopeLabel: scopeName || '全公司',
        categories,
        units,
      }),
    ),
  );
  const stored = toStatRecords({
    petitions: await db.petitions.toArray(),
    receptions: await db.receptions.toArray(),
    petitioners: await db.petitioners.toArray(),
  });
  const fromStored = reportFigures({ ...stored, units, categories, env }, Q3, scope, TODAY);
  return { dashboard, figures, fromStored, cases, reportText: textOf(xml), workbook };
}

/** The figures the acceptance item names, as plain values so a disagreement reads as a diff. */
function named(s: Statistics) {
  return {
    批次: s.batches,
    人次: s.persons,
    件: s.pieces,
    集体访批次: s.collective.batches,
    集体访人次: s.collective.persons,
    重复访件: s.repeat.pieces,
    越级访批次: s.levelSkipping.batches,
    受理: s.acceptance.accepted,
    办结率: s.handling.closingRate,
    按期办结率: s.handling.onTimeRate,
    满意率: s.satisfaction.satisfactionRate,
    参评率: s.satisfaction.ratingRate,
    类别: s.byCategory.map((r) => [r.name, r.count, r.share]),
    二级类别: s.bySubcategory.map((r) => [r.name, r.count, r.share]),
  };
}

/** The dashboard's headline of a catalogue key, with its 同比/环比. */
const headline = (d: Dashboard, key: string) => {
  const found = d.headlines.find((h) => h.key === key);
  if (!found) throw new Error(`dashboard has no headline ${key}`);
  return found;
};

const COUNT_CHANGES = [
  'batches',
  'persons',
  'pieces',
  'collectiveBatches',
  'repeatPieces',
  'levelSkippingBatches',
  'accepted',
  'finished',
] as const;

const RATES: [string, (s: Statistics) => number | null][] = [
  ['closingRate', (s) => s.handling.closingRate],
  ['onTimeRate', (s) => s.handling.onTimeRate],
  ['satisfactionRate', (s) => s.satisfaction.satisfactionRate],
  ['ratingRate', (s) => s.satisfaction.ratingRate],
];

/** The report's own 同比/环比 for a rate: the difference of the two rates, as the dashboard's delta. */
const rateDelta = (current: number | null, base: number | null) =>
  current === null || base === null ? null : current - base;

function section(text: string, heading: string, next: string): string {
  const start = text.indexOf(heading);
  const end = text.indexOf(next, start);
  expect(start, heading).toBeGreaterThan(-1);
  expect(end, next).toBeGreaterThan(start);
  return text.slice(start + heading.length, end);
}

const SCOPES: [string, string][] = [
  ['全公司', 'all'],
  ['一号矿井及下属单位 (unit subtree)', `unit:${UNIT.mine}`],
  ['选煤厂党支部 (a branch leaving out 生产车间)', 'branch:选煤厂党支部'],
  ['一号矿井机关党支部 (a branch leaving out 综采一队)', 'branch:一号矿井机关党支部'],
];

describe('the dashboard, the report and the Excel export agree (2026 Q3)', () => {
  it('the dataset gives the hand-counted figures for the whole company, so agreement is not agreement on nothing', async () => {
    const { dashboard } = await threeOutputs('all');
    const { current, lastYear, previous } = dashboard;
    // Q3 contacts: 综采一队 1 + 选煤厂 8 (group, level-skipping) + repeat 4 + repeat 2 + call 1 + no-unit 1 + 2 = 7 批次 19 人次;
    // the online petition and the repeat letter count in 件/重复访 only.
    expect(named(current)).toMatchObject({
      批次: 7,
      人次: 19,
      件: 6,
      集体访批次: 1,
      集体访人次: 8,
      重复访件: 3,
      越级访批次: 1,
      受理: 4,
      满意率: 2 / 3,
      参评率: 1,
    });
    expect(current.handling.due).toBeGreaterThan(0);
    expect(current.handling.closingRate).not.toBeNull();
    expect(current.overdue.length).toBeGreaterThan(0);
    expect([lastYear.batches, lastYear.persons, lastYear.pieces]).toEqual([3, 9, 3]);
    expect([previous.batches, previous.persons, previous.pieces]).toEqual([3, 9, 4]);
  });

  it.each(SCOPES)(
    '%s: the report’s figures from the ledger rows are those of the stored records',
    async (_name, scopeKey) => {
      const { figures, fromStored } = await threeOutputs(scopeKey);
      expect(figures.current.batches + figures.current.pieces, 'the scope has records in the quarter').toBeGreaterThan(
        0,
      );
      expect(figures).toEqual(fromStored);
    },
  );

  it.each(SCOPES)('%s: the report’s figures are the dashboard’s, period and both bases', async (_name, scopeKey) => {
    const { dashboard, figures } = await threeOutputs(scopeKey);
    const previous = figures.previous;
    if (!previous) throw new Error('a quarter report has a previous quarter');
    expect(
      dashboard.current.batches + dashboard.current.pieces,
      'the scope has records in the quarter',
    ).toBeGreaterThan(0);

    expect(named(figures.current), 'current').toEqual(named(dashboard.current));
    expect(named(figures.lastYear), '同比 base').toEqual(named(dashboard.lastYear));
    expect(named(previous), '环比 base').toEqual(named(dashboard.previous));
    expect(figures.current, 'every field, 身份 included').toEqual(dashboard.current);
    expect(figures.lastYear).toEqual(dashboard.lastYear);
    expect(previous).toEqual(dashboard.previous);

    for (const key of COUNT_CHANGES) {
      expect(figures.yearOnYear[key], `同比 ${key}`).toEqual(headline(dashboard, key).change.yearOnYear);
      expect(figures.sequential?.[key], `环比 ${key}`).toEqual(headline(dashboard, key).change.periodOnPeriod);
    }
    for (const [key, of] of RATES) {
      expect(of(figures.current), key).toBe(headline(dashboard, key).value);
      expect(rateDelta(of(figures.current), of(figures.lastYear)), `同比 ${key}`).toBe(
        headline(dashboard, key).change.yearOnYear.delta,
      );
      expect(rateDelta(of(figures.current), of(previous)), `环比 ${key}`).toBe(
        headline(dashboard, key).change.periodOnPeriod.delta,
      );
    }
  });

  it.each(SCOPES)('%s: the report .docx prints the dashboard’s numbers', async (_name, scopeKey) => {
    const { dashboard, cases, reportText } = await threeOutputs(scopeKey);
    const { current, lastYear, previous } = dashboard;
    const change = (key: string, which: 'yearOnYear' | 'periodOnPeriod') =>
      formatChange(headline(dashboard, key).change[which], headline(dashboard, key).unit);

    const basic = section(reportText, '一、基本情况', '二、主要特点');
    const visits =
      /本季度共接处访(\d+)批次(\d+)人次，与去年同期(\d+)批次(\d+)人次相比，批次([^、]+)、人次([^；]+)；与上季度(\d+)批次(\d+)人次相比，批次([^、]+)、人次([^。]+)。/u.exec(
        basic,
      );
    expect(visits, basic).not.toBeNull();
    expect(visits?.slice(1)).toEqual([
      String(current.batches),
      String(current.persons),
      String(lastYear.batches),
      String(lastYear.persons),
      change('batches', 'yearOnYear'),
      change('persons', 'yearOnYear'),
      String(previous.batches),
      String(previous.persons),
      change('batches', 'periodOnPeriod'),
      change('persons', 'periodOnPeriod'),
    ]);
    // Each comparison names its base; one whose base is 0 is left out (its change is null, 「—」 on the dashboard).
    const pieces =
      /本季度登记信访事项(\d+)件(?:，与去年同期(\d+)件相比([^，。]+))?(?:，与上季度(\d+)件相比([^。]+))?。/u.exec(
        basic,
      );
    const compared = (base: number, which: 'yearOnYear' | 'periodOnPeriod') =>
      base > 0 ? [String(base), change('pieces', which)] : [undefined, undefined];
    expect(pieces?.slice(1)).toEqual([
      String(current.pieces),
      ...compared(lastYear.pieces, 'yearOnYear'),
      ...compared(previous.pieces, 'periodOnPeriod'),
    ]);

    const features = section(reportText, '二、主要特点', '三、反映的主要问题');
    // What happened is counted, what did not is named once (「本期无越级访」), never as 「0批次」.
    const absent: string[] = [];
    if (current.collective.batches > 0)
      expect(features).toContain(`集体访${current.collective.batches}批次${current.collective.persons}人次`);
    else absent.push('集体访');
    if (current.repeat.pieces > 0) {
      expect(features).toContain(
        `重复访${current.repeat.pieces}件、占本期接待涉及的${current.repeat.contactedPieces}件信访事项的${formatPercent(current.repeat.share)}`,
      );
    } else absent.push('重复访');
    if (current.levelSkipping.batches > 0) expect(features).toContain(`越级访${current.levelSkipping.batches}批次`);
    else absent.push('越级访');
    for (const name of absent) expect(features).toMatch(new RegExp(`本期无[^。]*${name}`, 'u'));
    expect(features).not.toMatch(/(?<!\d)0(?:批次|件|人次)/u);
    // A change with no base is left out of the sentence; so is the sentence when no change has a base.
    const against = (['collectiveBatches', 'repeatPieces', 'levelSkippingBatches'] as const)
      .filter((key) => headline(dashboard, key).change.yearOnYear.ratio !== null)
      .map((key) => `${headline(dashboard, key).label}${change(key, 'yearOnYear')}`);
    if (against.length > 0) expect(features).toContain(`与去年同期相比，${against.join('，')}。`);
    else expect(features).not.toMatch(/与去年同期相比，(?:集体访|重复访|越级访)/u);
    expect(reportText).not.toContain('—、');

    const problems = section(reportText, '三、反映的主要问题', '四、办理情况');
    for (const top of current.topCategories)
      expect(problems).toContain(`${top.name}（${top.count}件，占${formatPercent(top.share)}）`);
    expect(cases.length, 'typical cases chosen from the rows').toBeGreaterThan(0);
    for (const c of cases)
      expect(problems).toContain(`${c.category}方面${c.unit ? `（${c.unit}）` : ''}。${c.summary}`);

    const handling = section(reportText, '四、办理情况', '五、原因分析与风险研判');
    const rates =
      /本季度(?:受理信访事项(\d+)件|未受理信访事项)，(?:办结申诉求决类事项(\d+)件，其中按期办结(\d+)件|未办结申诉求决类事项)。本季度到期应办结的申诉求决类事项(\d+)件中，已办结(\d+)件、按期办结(\d+)件，办结率([^、]+)、按期办结率([^。]+)。本季度出具处理意见书(\d+)件，其中回访参评(\d+)件，参评率([^；。]+)；参评的\d+件中满意\d+件、基本满意\d+件，满意率([^。]+)。/u.exec(
        handling,
      );
    expect(rates, handling).not.toBeNull();
    const countOrZero = (n: string | undefined) => n ?? '0';
    expect(rates?.slice(1).map(countOrZero)).toEqual([
      String(current.acceptance.accepted),
      String(headline(dashboard, 'finished').value),
      String(current.handling.finishedOnTime),
      String(current.handling.due),
      String(current.handling.closed),
      String(current.handling.closedOnTime),
      formatPercent(headline(dashboard, 'closingRate').value),
      formatPercent(headline(dashboard, 'onTimeRate').value),
      String(current.satisfaction.replied),
      String(current.satisfaction.rated),
      formatPercent(headline(dashboard, 'ratingRate').value),
      formatPercent(headline(dashboard, 'satisfactionRate').value),
    ]);
  });

  it.each(SCOPES)(
    '%s: the Excel statistics export reads back the dashboard’s and the report’s figures',
    async (_name, scopeKey) => {
      const { dashboard, figures, workbook } = await threeOutputs(scopeKey);
      const rows = new Map(records(sheet(workbook, STATISTICS_SHEETS.headlines)).map((r) => [r['指标'], r]));
      const cell = (label: string, column: string) => {
        const row = rows.get(label);
        if (!row) throw new Error(`主要指标 has no row ${label}`);
        return row[column];
      };
      const shown = (v: number | null) => v ?? '—';
      const report = figures as ReportFigures & { previous: Statistics };

      // Each headline is found in the sheet by the dashboard's own label: the two print the catalogue's labels.
      for (const key of COUNT_CHANGES) {
        const h = headline(dashboard, key);
        const { of } = figure(key);
        expect(
          [cell(h.label, '本期'), cell(h.label, '去年同期'), cell(h.label, '上期')],
          `${h.label} vs dashboard`,
        ).toEqual([h.value, of(dashboard.lastYear), of(dashboard.previous)]);
        expect(
          [cell(h.label, '本期'), cell(h.label, '去年同期'), cell(h.label, '上期')],
          `${h.label} vs report`,
        ).toEqual([of(report.current), of(report.lastYear), of(report.previous)]);
        expect([cell(h.label, '同比'), cell(h.label, '环比')], `${h.label} 同比/环比`).toEqual([
          shown(h.change.yearOnYear.ratio),
          shown(h.change.periodOnPeriod.ratio),
        ]);
      }
      const points = (delta: number | null) => shown(delta === null ? null : delta * 100);
      for (const [key, of] of RATES) {
        const h = headline(dashboard, key);
        expect(cell(h.label, '本期'), h.label).toBe(shown(h.value));
        expect([cell(h.label, '去年同期'), cell(h.label, '上期')], `${h.label} bases vs report`).toEqual([
          shown(of(report.lastYear)),
          shown(of(report.previous)),
        ]);
        // A rate's 同比/环比 in the sheet: the dashboard's change in percentage points.
        expect([cell(h.label, '同比'), cell(h.label, '环比')], `${h.label} 同比/环比`).toEqual([
          points(h.change.yearOnYear.delta),
          points(h.change.periodOnPeriod.delta),
        ]);
      }

      const categoryRows = records(sheet(workbook, STATISTICS_SHEETS.categories)).map((r) => [
        r['问题类别'],
        r['件数'],
        r['占比'],
      ]);
      const expected = (s: Statistics) => s.byCategory.map((r) => [r.name, r.count, shown(r.share)]);
      expect(categoryRows, 'categories vs dashboard').toEqual(expected(dashboard.current));
      expect(categoryRows, 'categories vs report').toEqual(expected(report.current));
      const subcategoryRows = records(sheet(workbook, STATISTICS_SHEETS.subcategories)).map((r) => [
        r['问题类别'],
        r['件数'],
        r['占比'],
      ]);
      expect(subcategoryRows).toEqual(report.current.bySubcategory.map((r) => [r.name, r.count, shown(r.share)]));
    },
  );
});
