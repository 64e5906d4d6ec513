import { defaultCategories, defaultUnits } from '../../renderer/src/domain/defaults';
import type { LedgerRow } from '../../renderer/src/domain/ledgerQuery';
import { buildLedgerWorkbook } from '../../renderer/src/documents/excel/ledgerWorkbook';
import { workbookBytes } from '../../renderer/src/documents/excel/sheet';
import { medianOf } from './measure';

/** Issue 4's budget on this 2-core machine: the Excel export of a 10,000-row ledger. */
const EXPORT_BUDGET_MS = 5000;
const EXPORT_ROWS = 10_000;
const EXPORT_RUNS = 3;

type AddRow = (name: string, runs: number, median: number, budget: number | null, note: string) => void;

/**
 * Times 导出Excel of a filtered ledger of 10,000 rows: the workbook built from the in-memory rows and written to
 * .xlsx bytes, as the ledger page does it (the save dialog excluded). The seeded database holds the default
 * categories and example units, which name the cells.
 */
export async function runExportScenario(ledger: readonly LedgerRow[], add: AddRow): Promise<void> {
  const rows = ledger.slice(0, EXPORT_ROWS);
  const reference = { categories: defaultCategories(), units: defaultUnits() };
  let bytes = 0;
  const median = await medianOf(EXPORT_RUNS, async () => {
    bytes = (await workbookBytes(await buildLedgerWorkbook(rows, reference))).byteLength;
  });
  // A smaller bench (--n) exports all it has; the name says how many rows were timed.
  add(
    `Excel export, ${rows.length.toLocaleString('en-US')}-row ledger`,
    EXPORT_RUNS,
    median,
    EXPORT_BUDGET_MS,
    `${rows.length} rows, ${bytes} bytes`,
  );
}
