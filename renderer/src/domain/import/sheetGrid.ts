import type { CellValue } from './cells';

/** A merged area of a sheet, 0-based and inclusive, as SheetJS reports `!merges`. */
export interface CellRange {
  s: { r: number; c: number };
  e: { r: number; c: number };
}

/**
 * One sheet of a workbook as the import reads it: its rows of cell values (a merged area's value sits in its
 * top-left cell) and its merged areas. The workbook reader (documents/import) builds it from .xlsx, .xls and .csv.
 */
export interface SheetGrid {
  name: string;
  hidden: boolean;
  rows: CellValue[][];
  merges: CellRange[];
  /** Whether the workbook counts days in the 1904 system. */
  date1904: boolean;
}
