import { toLocalDate } from '../dates';

/**
 * A sheet's cell as the workbook reader hands it over: a string, a number, a boolean, a Date (a cell Excel formats as
 * a date) or null for an empty cell. Old ledgers hold anything, so the readers take `unknown`.
 */
export type CellValue = unknown;

/** A cell's text, trimmed: a number as JavaScript writes it, a Date as its local 'YYYY-MM-DD', empty for nothing. */
export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return toLocalDate(value);
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return '';
}

/** Whether a cell holds anything: cheaper than its text, for telling blank rows among thousands. */
export function isFilledCell(value: CellValue): boolean {
  if (value === null || value === undefined) return false;
  return typeof value === 'string' ? value.trim() !== '' : typeof value !== 'object' || value instanceof Date;
}

/**
 * A header or a word as the office may have typed it: without spaces, line breaks (a header cell wrapped with
 * Alt+Enter) or bracketed notes such as 「日期（年月日）」, and with full-width letters and digits made half-width.
 */
export function normalizeWord(text: string): string {
  return text
    .replace(/[（(][^）)]*[）)]/g, '')
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\s\u3000*＊:：]/g, '');
}
