import { read, SSF, type CellObject, type WorkBook, type WorkSheet } from '@e965/xlsx';
import type { CellValue } from '../../domain/import/cells';
import { excelSerialToMoment } from '../../domain/import/excelSerial';
import type { SheetGrid } from '../../domain/import/sheetGrid';
import { decodeText } from './decodeText';

/**
 * An old ledger's file read into sheets of cell values (issue 17), for the import to find its tables in: .xlsx and
 * .xls (Excel 97–2003) through SheetJS, .csv decoded first (decodeText: UTF-8 or GBK). Runs in a Web Worker, so it
 * uses no DOM. A cell Excel formats as a date becomes a local Date, read through the domain's one serial conversion
 * (the 1900 leap bug, the 1904 system); every other cell keeps its value: an ID number stored as a number stays the
 * rounded number it is, for the reader to flag. A .csv is read as text only (SheetJS's `raw`), so its ID numbers and
 * dates reach the readers as typed.
 */
export type WorkbookReading = { ok: true; sheets: SheetGrid[] } | { ok: false; message: string };

export const IMPORT_EXTENSIONS = ['.xlsx', '.xls', '.csv'] as const;

/** Error cells by their code, as Excel shows them. */
const ERROR_TEXTS: Record<number, string> = {
  0x00: '#NULL!',
  0x07: '#DIV/0!',
  0x0f: '#VALUE!',
  0x17: '#REF!',
  0x1d: '#NAME?',
  0x24: '#NUM!',
  0x2a: '#N/A',
};

function cellValue(cell: CellObject | undefined, date1904: boolean): CellValue {
  if (!cell || cell.v === undefined || cell.v === null) return null;
  if (cell.t === 'e') return ERROR_TEXTS[Number(cell.v)] ?? '#错误';
  if (cell.t === 'n' && typeof cell.v === 'number' && cell.z !== undefined && SSF.is_date(cell.z)) {
    const moment = excelSerialToMoment(cell.v, date1904);
    if (!moment.ok) return cell.v;
    const [year = 0, month = 1, day = 1] = moment.value.day.split('-').map(Number);
    return new Date(year, month - 1, day, moment.value.hour, moment.value.minute);
  }
  return cell.v;
}

function gridOf(sheet: WorkSheet, name: string, hidden: boolean, date1904: boolean): SheetGrid {
  const dense = (sheet['!data'] ?? []) as (CellObject[] | undefined)[];
  const rows = Array.from(dense, (row) => (row ? Array.from(row, (cell) => cellValue(cell, date1904)) : []));
  return { name, hidden, rows, merges: sheet['!merges'] ?? [], date1904 };
}

function sheetsOf(workbook: WorkBook): SheetGrid[] {
  const date1904 = Boolean(workbook.Workbook?.WBProps?.date1904);
  return workbook.SheetNames.flatMap((name, index) => {
    const sheet = workbook.Sheets[name];
    if (!sheet) return [];
    const hidden = (workbook.Workbook?.Sheets?.[index]?.Hidden ?? 0) !== 0;
    return [gridOf(sheet, name, hidden, date1904)];
  });
}

function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot < 0 ? '' : fileName.slice(dot).toLowerCase();
}

/** The sheets of a file, or why it cannot be read; a .csv's one sheet is named after the file. */
export function readWorkbook(bytes: Uint8Array, fileName: string): WorkbookReading {
  const extension = extensionOf(fileName);
  if (!(IMPORT_EXTENSIONS as readonly string[]).includes(extension)) {
    return { ok: false, message: '只能导入Excel文件（.xlsx、.xls）或CSV文件（.csv）' };
  }
  const options = { dense: true, cellNF: true, cellText: false, cellHTML: false } as const;
  try {
    if (extension === '.csv') {
      const workbook = read(decodeText(bytes).text, { ...options, type: 'string', raw: true });
      const baseName = fileName.slice(0, fileName.length - extension.length);
      return { ok: true, sheets: sheetsOf(workbook).map((sheet) => ({ ...sheet, name: baseName })) };
    }
    return { ok: true, sheets: sheetsOf(read(bytes, { ...options, type: 'array' })) };
  } catch (error) {
    // SheetJS throws on a damaged or encrypted file: the clerk is told which file and why, nothing is imported.
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, message: `无法读取「${fileName}」：${reason}` };
  }
}
