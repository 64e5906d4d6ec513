import ExcelJS from 'exceljs';
import { parseLocalDate, parseLocalDateTime } from '../../domain/dates';
import { stripXmlIllegal } from '../../domain/xmlSafeText';

/** How a date and time column reads in Excel; the cell holds a real date, so it sorts and filters as one. */
export const DATE_TIME_FORMAT = 'yyyy-mm-dd hh:mm';
export const DATE_FORMAT = 'yyyy-mm-dd';
export const PERCENT_FORMAT = '0.00%';

export interface SheetColumn {
  header: string;
  key: string;
  /** In characters, as Excel measures a column. */
  width: number;
  numFmt?: string;
}

export function newWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '信访工作台';
  return workbook;
}

/**
 * A sheet whose first row is the bold header of `columns`, frozen so it stays in view while scrolling, with an
 * autofilter over the header when `filter` is set (Excel then offers each column's filter menu).
 */
export function addTableSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  columns: readonly SheetColumn[],
  filter = true,
): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({
    header: c.header,
    key: c.key,
    width: c.width,
    style: c.numFmt ? { numFmt: c.numFmt } : {},
  }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle' };
  if (filter) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  return sheet;
}

/**
 * A first sheet 「说明」 of 项目 and 内容 lines (title, what the figures count, who made it), the text wrapped: what a
 * summary workbook opens with before its tables.
 */
export function addAboutSheet(workbook: ExcelJS.Workbook, lines: readonly [item: string, text: string][]): void {
  const about = addTableSheet(
    workbook,
    '说明',
    [
      { header: '项目', key: 'item', width: 14 },
      { header: '内容', key: 'text', width: 110 },
    ],
    false,
  );
  for (const [item, text] of lines) about.addRow(xmlSafeRow({ item, text }));
  about.getColumn('text').alignment = { wrapText: true, vertical: 'top' };
}

/**
 * Excel stores a date as days since 1900 without a time zone, and exceljs converts a JS Date by its UTC fields. A
 * local 'YYYY-MM-DDTHH:mm' therefore becomes a Date whose UTC fields are that local time, so Excel shows the same
 * clock time the desk showed, whatever the machine's zone.
 */
export function excelDateTime(localDateTime: string): Date | null {
  const local = parseLocalDateTime(localDateTime);
  return local ? asExcelDate(local) : null;
}

/** 'YYYY-MM-DD' as an Excel date (see excelDateTime). */
export function excelDate(localDate: string): Date | null {
  const local = parseLocalDate(localDate);
  return local ? asExcelDate(local) : null;
}

function asExcelDate(local: Date): Date {
  return new Date(
    Date.UTC(local.getFullYear(), local.getMonth(), local.getDate(), local.getHours(), local.getMinutes()),
  );
}

/** The .xlsx file's bytes. */
/**
 * A row's values with the characters XML cannot carry stripped from its text: exceljs drops C0 controls itself but
 * writes U+FFFE, U+FFFF and lone surrogates, which make the whole .xlsx unreadable. Every row of typed text goes
 * through here (text stored before input was cleaned, or restored from an older backup).
 */
export function xmlSafeRow<T extends Record<string, unknown>>(values: T): T {
  const clean: Record<string, unknown> = {};
  for (const key in values) {
    const value = values[key];
    clean[key] = typeof value === 'string' ? stripXmlIllegal(value) : value;
  }
  return clean as T;
}

export async function workbookBytes(workbook: ExcelJS.Workbook): Promise<Uint8Array<ArrayBuffer>> {
  const buffer = await workbook.xlsx.writeBuffer();
  // Node gives a Buffer, the browser an ArrayBuffer: either way, copy into a plain Uint8Array.
  return new Uint8Array(buffer as ArrayBuffer);
}
