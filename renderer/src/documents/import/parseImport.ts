import type { CellValue } from '../../domain/import/cells';
import type { ColumnMapping } from '../../domain/import/columnMapping';
import { findTable, type FoundTable, type SkipReason } from '../../domain/import/findTable';
import { readImportRow, type RowReading } from '../../domain/import/readRow';
import { readWorkbook } from './readWorkbook';

/**
 * The import's heavy work, run in its Web Worker (importWorker.ts) so a 10 MB ledger never freezes the window
 * (issue 17): the file read into sheets, each sheet's table found, then every row read through the clerk's mappings.
 * Plain functions taking a progress callback, so the unit tests run them without a worker.
 */

/** What the mapping step shows of a sheet's table: its headers, a few rows for samples and what was skipped. */
export interface SheetSummary {
  /** The table's place among the file's found tables. */
  index: number;
  sheetName: string;
  headerRowNumber: number;
  headers: string[];
  year: number | null;
  rowCount: number;
  samples: CellValue[][];
  skipped: Record<SkipReason, number>;
}

export type ParseOutcome =
  { ok: true; tables: FoundTable[]; date1904: boolean; sheetsWithoutTable: string[] } | { ok: false; message: string };

export type Progress = (done: number, total: number) => void;

const SAMPLE_ROWS = 3;

/** Why a file cannot be read, in words the clerk can act on. */
function readFailure(fileName: string, message: string): string {
  if (/password|encrypt/i.test(message))
    return `「${fileName}」设有打开密码，无法读取：请在Excel中取消密码、另存后再导入`;
  return message;
}

export function parseImportFile(bytes: Uint8Array, fileName: string, progress: Progress): ParseOutcome {
  if (bytes.byteLength === 0) return { ok: false, message: `「${fileName}」是空文件，没有可导入的内容` };
  const reading = readWorkbook(bytes, fileName);
  if (!reading.ok) return { ok: false, message: readFailure(fileName, reading.message) };
  const visible = reading.sheets.filter((sheet) => !sheet.hidden);
  const tables: FoundTable[] = [];
  const sheetsWithoutTable: string[] = [];
  visible.forEach((sheet, i) => {
    const table = findTable(sheet, fileName);
    if (table && table.rows.length > 0) tables.push(table);
    else sheetsWithoutTable.push(sheet.name);
    progress(i + 1, visible.length);
  });
  if (tables.length === 0) {
    return {
      ok: false,
      message: `「${fileName}」中没有找到信访台账的表格：表头应有日期、姓名、反映问题等列，且表头下有数据行`,
    };
  }
  return { ok: true, tables, date1904: reading.sheets[0]?.date1904 ?? false, sheetsWithoutTable };
}

export function summarize(tables: readonly FoundTable[]): SheetSummary[] {
  return tables.map((table, index) => ({
    index,
    sheetName: table.sheetName,
    headerRowNumber: table.headerRowNumber,
    headers: table.headers,
    year: table.year,
    rowCount: table.rows.length,
    samples: table.rows.slice(0, SAMPLE_ROWS).map((row) => row.cells),
    skipped: table.skipped,
  }));
}

/** One data row as the preview holds it: where it came from, its cells (to edit) and its reading. */
export interface PreviewRow {
  key: string;
  tableIndex: number;
  sheetName: string;
  rowNumber: number;
  year: number | null;
  cells: CellValue[];
  reading: RowReading;
}

const PROGRESS_EVERY = 500;

/** Every row of every table read through its table's mapping; `now` dates the ID number checks. */
export function readTables(
  tables: readonly FoundTable[],
  mappings: readonly ColumnMapping[],
  date1904: boolean,
  now: Date,
  progress: Progress,
): PreviewRow[] {
  const total = tables.reduce((sum, t) => sum + t.rows.length, 0);
  const rows: PreviewRow[] = [];
  tables.forEach((table, tableIndex) => {
    const mapping = mappings[tableIndex] ?? [];
    for (const row of table.rows) {
      rows.push({
        key: `${tableIndex}:${row.rowNumber}`,
        tableIndex,
        sheetName: table.sheetName,
        rowNumber: row.rowNumber,
        year: row.year,
        cells: row.cells,
        reading: readImportRow(row.cells, mapping, { year: row.year, date1904 }, now),
      });
      if (rows.length % PROGRESS_EVERY === 0) progress(rows.length, total);
    }
  });
  progress(total, total);
  return rows;
}
