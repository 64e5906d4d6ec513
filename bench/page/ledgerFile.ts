/** Where bench/run.ts serves the 10,000-row workbook (bench/parse.ts) that the page's import worker reads. */
export const LEDGER_FILE = 'bench-ledger.xlsx';
