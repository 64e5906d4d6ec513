import type { DeskDatabase } from '../../renderer/src/db/database';
import { listCategories } from '../../renderer/src/db/categories';
import { getSettings } from '../../renderer/src/db/settings';
import { loadTypicalCaseTexts } from '../../renderer/src/db/typicalCaseTexts';
import { listUnits } from '../../renderer/src/db/units';
import { caseEnvironment } from '../../renderer/src/domain/caseEnvironment';
import { addDays, toLocalDate } from '../../renderer/src/domain/dates';
import type { LedgerRow } from '../../renderer/src/domain/ledgerQuery';
import { statRecordsFromLedger } from '../../renderer/src/domain/statistics';
import { buildReport } from '../../renderer/src/documents/report/buildReport';
import { draftParagraphs } from '../../renderer/src/documents/report/draft';
import { reportFigures } from '../../renderer/src/documents/report/figures';
import { periodLabel, reportPeriodContaining, statPeriodOf } from '../../renderer/src/documents/report/period';
import { chooseTypicalCases, describeTypicalCases } from '../../renderer/src/documents/report/typicalCases';
import { toBytes } from '../../renderer/src/documents/gbStyle';
import { renderReportCharts } from '../../renderer/src/features/report/reportCharts';
import { medianOf } from './measure';

/** Issue 4's budget for the quarterly report on this 2-core machine. */
const REPORT_BUDGET_MS = 3_000;
const RUNS = 5;

type Add = (name: string, runs: number, median: number, budget: number | null, note: string) => void;

/**
 * The quarterly report as 出具 makes it at 100,000 petitions, from the ledger's in-memory rows as the page does
 * (the rows converted afresh every run, not the page's cached conversion): every figure of the last full quarter
 * and its bases computed, the typical cases chosen from the rows and only their stored text read from IndexedDB,
 * sections 一–四 drafted, both charts drawn by echarts and the .docx packed.
 */
export async function runReportScenario(db: DeskDatabase, ledger: readonly LedgerRow[], add: Add): Promise<void> {
  const [settings, units, categories] = await Promise.all([getSettings(db), listUnits(db), listCategories(db)]);
  const env = caseEnvironment(settings);
  const today = toLocalDate(new Date());
  const period = reportPeriodContaining('quarter', addDays(today, -92));
  let note = '';
  const median = await medianOf(RUNS, async () => {
    const figures = reportFigures(
      { ...statRecordsFromLedger(ledger), units, categories, env },
      period,
      { kind: 'all' },
      today,
    );
    const chosen = chooseTypicalCases(ledger, {
      period: statPeriodOf(period),
      scope: { kind: 'all' },
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
    const charts = renderReportCharts(figures);
    const bytes = await toBytes(
      buildReport({
        figures,
        scopeName: '',
        issuer: settings.orgName,
        addressee: settings.reportAddressee,
        date: today,
        docNo: null,
        paragraphs: draftParagraphs(figures, cases),
        analysis: '原因分析。',
        measures: '工作措施。',
        charts,
      }),
    );
    note = `${periodLabel(period)}: ${ledger.length} rows, ${chosen.length} typical cases read, ${figures.current.batches} 批次, ${figures.current.overdue.length} overdue, ${bytes.byteLength} bytes`;
  });
  add('quarterly report .docx', RUNS, median, REPORT_BUDGET_MS, note);
}
