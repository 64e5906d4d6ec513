import { cellText, isFilledCell, normalizeWord, type CellValue } from './cells';
import { matchHeader } from './importFields';
import { yearFromTexts } from './readDate';
import type { SheetGrid } from './sheetGrid';

/**
 * Where a sheet's table is (issue 17): the header row below the merged title rows, found as the row among the first
 * ones that holds the most known header words; a header of two lines (「办理情况」 merged over 「承办单位」 and
 * 「办结日期」) read as one; the year from the title rows, the sheet's name or the file's; then the data rows, with
 * blank rows, repeated headers, 合计/小计/总计 rows and notes (a title between months, 「填表人：」) skipped and counted.
 */
export type SkipReason = 'blank' | 'header' | 'total' | 'note';

export interface DataRow {
  /** The row's number as Excel shows it (1-based). */
  rowNumber: number;
  cells: CellValue[];
  /** The year of the table the row sits in: a title further down (a new month) may name another. */
  year: number | null;
}

export interface FoundTable {
  sheetName: string;
  /** 1-based, the last row of the header when it has two lines. */
  headerRowNumber: number;
  headers: string[];
  year: number | null;
  rows: DataRow[];
  skipped: Record<SkipReason, number>;
}

const HEADER_SEARCH_ROWS = 30;
const MIN_HEADER_WORDS = 3;
const TOTAL_WORDS = /^(合计|小计|总计|共计|累计|总数)/;
const TITLE_WORDS = /台账|(登记|统计|一览|汇总|明细|情况)表/;
const NOTE_WORDS = /^(填表人|制表人|审核人|审核|负责人|填报单位|填报日期|填表日期|制表日期|填报人|说明|注)[:：]/;

function isNote(text: string): boolean {
  return NOTE_WORDS.test(text.replace(/\s/g, ''));
}

function headerScore(row: readonly CellValue[]): number {
  const fields = new Set(row.map((cell) => matchHeader(cellText(cell))?.field).filter((f) => f !== undefined));
  return fields.size;
}

function nonBlank(row: readonly CellValue[]): string[] {
  return row.map(cellText).filter((t) => t !== '');
}

/** A header's second line: columns under a merge spanning several take the lower words. */
function headerLines(sheet: SheetGrid, at: number): { headers: string[]; lastRow: number } {
  const upper = (sheet.rows[at] ?? []).map(cellText);
  const spans = sheet.merges.filter((m) => m.s.r === at && m.e.r === at && m.e.c > m.s.c);
  const lower = sheet.rows[at + 1] ?? [];
  if (spans.length === 0 || headerScore(lower) === 0) return { headers: upper, lastRow: at };
  const width = Math.max(upper.length, lower.length);
  const headers = Array.from({ length: width }, (_, c) => {
    const below = cellText(lower[c]);
    return spans.some((m) => m.s.c <= c && c <= m.e.c) && below !== '' ? below : (upper[c] ?? '');
  });
  return { headers, lastRow: at + 1 };
}

/** What the data rows are told apart by: the header's words, and its 序号 column. */
interface HeaderShape {
  words: string[];
  /** How many of the header's words a row must repeat in place to be the header printed again (each page, each month). */
  repeated: number;
  serialColumn: number;
}

function shapeOf(headers: readonly string[]): HeaderShape {
  const words = headers.map(normalizeWord);
  const filled = words.filter((w) => w !== '').length;
  return {
    words,
    repeated: Math.max(MIN_HEADER_WORDS, Math.ceil(filled * 0.6)),
    serialColumn: headers.findIndex((h) => matchHeader(h)?.field === 'serialNo'),
  };
}

/** The year of a title above a further month's block: one cell naming a year and a 台账 or a 登记表 (not a 填表人). */
function titleYear(filled: readonly CellValue[]): number | null {
  const text = filled.length === 1 ? cellText(filled[0]) : '';
  return TITLE_WORDS.test(text) ? yearFromTexts([text]) : null;
}

/** Longer than any header word: such a cell is no header printed again, and is not normalised to be compared. */
const LONGEST_HEADER = 24;

function repeatsHeader(row: readonly CellValue[], shape: HeaderShape): boolean {
  let same = 0;
  shape.words.forEach((word, c) => {
    const cell = row[c];
    if (word !== '' && typeof cell === 'string' && cell.length <= LONGEST_HEADER && normalizeWord(cell) === word)
      same++;
  });
  return same >= shape.repeated;
}

/** Why a row is no data row, or null; `filled` are its cells that hold something. */
function classify(row: readonly CellValue[], filled: readonly CellValue[], shape: HeaderShape): SkipReason | null {
  // A template's rows numbered in advance and never filled count as blank.
  const onlySerial = filled.length === 1 && /^\d+$/.test(cellText(row[shape.serialColumn]));
  if (filled.length === 0 || onlySerial) return 'blank';
  const first = filled.slice(0, 3).map(cellText);
  if (first.some((t) => TOTAL_WORDS.test(normalizeWord(t)))) return 'total';
  if (repeatsHeader(row, shape)) return 'header';
  if (isNote(first[0] ?? '') || titleYear(filled) !== null) return 'note';
  return null;
}

/** The 0-based index of the row among the first ones holding the most header words (at least 3), or null. */
export function findHeaderRow(sheet: SheetGrid): number | null {
  let headerAt: number | null = null;
  let best = MIN_HEADER_WORDS - 1;
  sheet.rows.slice(0, HEADER_SEARCH_ROWS).forEach((row, index) => {
    const score = headerScore(row);
    if (score > best) [headerAt, best] = [index, score];
  });
  return headerAt;
}

/** The table whose header is the row at `headerAt` (0-based): found, or the row the clerk pointed at. */
export function tableAt(sheet: SheetGrid, headerAt: number, fileName = ''): FoundTable {
  const { headers, lastRow } = headerLines(sheet, headerAt);
  // A note above the header (「填报日期：2026年1月5日」) names the day the sheet was filled in, not the ledger's year.
  const titles = sheet.rows
    .slice(0, headerAt)
    .flatMap(nonBlank)
    .filter((text) => !isNote(text));
  const tableYear = yearFromTexts([...titles, sheet.name, fileName]);
  const shape = shapeOf(headers);
  const lastFilled = sheet.rows.findLastIndex((row) => row.some(isFilledCell));
  const skipped: Record<SkipReason, number> = { blank: 0, header: 0, total: 0, note: 0 };
  const rows: DataRow[] = [];
  let year = tableYear;
  for (let index = lastRow + 1; index <= lastFilled; index++) {
    const cells = sheet.rows[index] ?? [];
    const filled = cells.filter(isFilledCell);
    const reason = classify(cells, filled, shape);
    if (reason === 'note') year = titleYear(filled) ?? year;
    if (reason) skipped[reason]++;
    else rows.push({ rowNumber: index + 1, cells, year });
  }
  return { sheetName: sheet.name, headerRowNumber: lastRow + 1, headers, year: tableYear, rows, skipped };
}

/** null when no row among the first ones reads as a ledger's header: the clerk may point at one (tableAt). */
export function findTable(sheet: SheetGrid, fileName = ''): FoundTable | null {
  const headerAt = findHeaderRow(sheet);
  return headerAt === null ? null : tableAt(sheet, headerAt, fileName);
}
