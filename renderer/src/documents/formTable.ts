import {
  AlignmentType,
  BorderStyle,
  HeightRule,
  LineRuleType,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import { CHARACTER_SPACING, SIZES, TEXT_WIDTH, run } from './gbStyle';

/**
 * Bordered forms (登记表, 交办单, 督办单) whose rows split the line differently: each row lists its cells' widths,
 * and the table grid is the union of every row's column edges, so a cell spans exactly the grid columns under it.
 */

export interface FormCell {
  /** Line breaks start new paragraphs inside the cell. */
  text: string;
  /** Twips; the cells of a row add up to TEXT_WIDTH. */
  width: number;
  /** Label cells (栏目名) are centred; value cells run from the left. */
  label?: boolean;
}

export interface FormRow {
  cells: FormCell[];
  /** A tall row for handwriting or long text, in twips (at least this high). */
  minHeight?: number;
  /**
   * A free-text row of a form (摘要, 诉求) that may be taller than a page runs onto the next; every other row stays
   * whole on its page.
   */
  canSplit?: boolean;
  /**
   * A heading row, repeated at the top of each page the table runs onto: a list's caption and column headings. A
   * form with none marked repeats its first row (登记编号 and the like), so a continued page says whose form it is.
   */
  header?: boolean;
  /** Keep this row on the page of what follows (the last row before the signature lines). */
  keepWithNext?: boolean;
  /** Type size of the row in half-points; the table's size otherwise. */
  size?: number;
}

const BORDER = { style: BorderStyle.SINGLE, size: 6, color: '000000' } as const;
const CELL_MARGINS = { top: 40, bottom: 40, left: 80, right: 80 } as const;

/** Column edges (cumulative widths) of every row, merged and sorted: the table's grid. */
function gridEdges(rows: readonly FormRow[], width: number): number[] {
  const edges = new Set<number>();
  for (const row of rows) {
    let x = 0;
    for (const cell of row.cells) {
      if (!Number.isInteger(cell.width)) throw new Error(`form cell width ${cell.width} is not whole twips`);
      x += cell.width;
      edges.add(x);
    }
    if (x !== width) throw new Error(`form row is ${x} twips wide, expected ${width}`);
  }
  return [...edges].sort((a, b) => a - b);
}

function cellParagraphs(cell: FormCell, size: number): Paragraph[] {
  // Lines 1.5 times the type size keep a printed form airy without the body's 28.9 pt grid.
  const spacing = { line: Math.round(size * 15), lineRule: LineRuleType.EXACT };
  return cell.text.split('\n').map(
    (line) =>
      new Paragraph({
        alignment: cell.label ? AlignmentType.CENTER : AlignmentType.LEFT,
        spacing,
        children: [run(line, { size })],
      }),
  );
}

/**
 * The rows Word repeats: the marked heading rows, which must come first, else the first row. Each must stay whole,
 * since a heading taller than a page cannot repeat.
 */
function headingRows(rows: readonly FormRow[]): number {
  const marked = rows.findIndex((row) => !row.header);
  const count = marked === -1 ? rows.length : marked;
  if (rows.slice(count).some((row) => row.header)) throw new Error('form heading rows must come first');
  const headings = count > 0 ? count : Math.min(1, rows.length);
  if (rows.slice(0, headings).some((row) => row.canSplit))
    throw new Error('a form heading row may not split across pages: give the table a caption row');
  return headings;
}

/**
 * A bordered form table as wide as the text block (`width`: a landscape page's is wider); `size` is the default type
 * size in half-points.
 */
export function formTable(rows: readonly FormRow[], size: number = SIZES.sihao, width: number = TEXT_WIDTH): Table {
  const edges = gridEdges(rows, width);
  const headings = headingRows(rows);
  const columnWidths = edges.map((edge, i) => edge - (i === 0 ? 0 : (edges[i - 1] ?? 0)));
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths,
    layout: TableLayoutType.FIXED,
    borders: {
      top: BORDER,
      bottom: BORDER,
      left: BORDER,
      right: BORDER,
      insideHorizontal: BORDER,
      insideVertical: BORDER,
    },
    rows: rows.map((row, index) => {
      let start = 0;
      return new TableRow({
        cantSplit: !row.canSplit,
        tableHeader: index < headings,
        keepNext: row.keepWithNext,
        height: row.minHeight ? { value: row.minHeight, rule: HeightRule.ATLEAST } : undefined,
        children: row.cells.map((cell) => {
          const end = start + cell.width;
          const span = edges.filter((edge) => edge > start && edge <= end).length;
          start = end;
          return new TableCell({
            width: { size: cell.width, type: WidthType.DXA },
            columnSpan: span > 1 ? span : undefined,
            // Long text in a tall cell starts at the top, like handwriting would; labels stay centred.
            verticalAlign: row.minHeight && !cell.label ? VerticalAlignTable.TOP : VerticalAlignTable.CENTER,
            margins: CELL_MARGINS,
            children: cellParagraphs(cell, row.size ?? size),
          });
        }),
      });
    }),
  });
}

/**
 * One form printed as consecutive tables, so a list inside it (the 登记表's 信访人) can repeat its heading rows on the
 * next page: Word repeats only a table's first rows. The parts are joined by a paragraph a tenth of a point high (Word
 * merges two tables with nothing between), so the border under one part and the border over the next print as one
 * line and the parts read as one form; a heading row repeated on the next page keeps its top border.
 */
export function formTables(parts: readonly (readonly FormRow[])[], size: number = SIZES.sihao): (Table | Paragraph)[] {
  return parts.flatMap((rows, i) => {
    const table = formTable(rows, size);
    return i === 0
      ? [table]
      : [new Paragraph({ spacing: { line: 2, lineRule: LineRuleType.EXACT }, keepNext: true, children: [] }), table];
  });
}

/** Horizontal cell margins (left and right) in twips. */
const CELL_PADDING = CELL_MARGINS.left + CELL_MARGINS.right;
/** What a reader's face may set wider than our estimate (Times New Roman's %, a bold heading). */
const SLACK = 40;

const isLatinOrDigit = (ch: string) => /[0-9A-Za-z]/.test(ch);
const isChinese = (ch: string) => ch.charCodeAt(0) >= 0x2e80;

/**
 * Width in twips of `text` set on one line at `size` half-points: a full-width character is size × 10 twips less the
 * document's −5 tracking, a digit or Latin letter about half of that, a % nearly a full one; and a quarter em more
 * wherever Chinese meets a digit or Latin letter, the space Word and Writer add there (autoSpaceDE/DN), so 「第1版」
 * is two gaps wider than its characters.
 */
export function lineTwips(text: string, size: number): number {
  let width = 0;
  let previous = '';
  for (const ch of text) {
    const em = ch === '%' ? 0.85 : ch.charCodeAt(0) < 0x80 ? 0.55 : 1;
    width += em * size * 10 + CHARACTER_SPACING;
    if ((isLatinOrDigit(previous) && isChinese(ch)) || (isChinese(previous) && isLatinOrDigit(ch))) width += size * 2.5;
    previous = ch;
  }
  return Math.ceil(width);
}

export interface ListColumn {
  header: string;
  /** Share of the width left once every column has its minimum. */
  weight: number;
  /** Running text (names, remarks, a timeline entry) that may wrap; other cells (figures, dates, numbers) never do. */
  wraps?: boolean;
}

/**
 * Column widths in whole twips across the text block for a list table: each column at least as wide as its heading,
 * and as its widest cell unless it wraps, so 「序号」, 「下降13.27%」 or a date never breaks; what is left is shared by
 * weight, the last column taking the rounding remainder. When the minimums alone exceed the block they are scaled
 * down (text then wraps rather than runs off the page).
 */
export function fitColumnWidths(
  columns: readonly ListColumn[],
  rows: readonly (readonly string[])[],
  size: number,
  width: number = TEXT_WIDTH,
): number[] {
  const minimums = columns.map((column, i) => {
    const texts = [column.header, ...(column.wraps ? [] : rows.map((row) => row[i] ?? ''))];
    return (
      Math.max(...texts.flatMap((text) => text.split('\n')).map((line) => lineTwips(line, size))) + CELL_PADDING + SLACK
    );
  });
  const needed = minimums.reduce((a, b) => a + b, 0);
  const spare = width - needed;
  const totalWeight = columns.reduce((a, c) => a + c.weight, 0) || 1;
  const widths = minimums.map((min, i) =>
    Math.floor(spare >= 0 ? min + (spare * (columns[i]?.weight ?? 0)) / totalWeight : (min * width) / needed),
  );
  widths[widths.length - 1] = width - widths.slice(0, -1).reduce((a, b) => a + b, 0);
  return widths;
}

/**
 * A list: a heading row repeated on every page, then one row per entry, no row split across pages; as wide as the
 * text block unless `width` says otherwise (a landscape page).
 */
export function listTable(
  columns: readonly ListColumn[],
  rows: readonly (readonly string[])[],
  size: number,
  align: (column: number) => 'center' | 'left' = () => 'center',
  width: number = TEXT_WIDTH,
): Table {
  const widths = fitColumnWidths(columns, rows, size, width);
  const line = (texts: readonly string[], header: boolean): FormRow => ({
    cells: texts.map((text, i) => ({ text, width: widths[i] ?? 0, label: header || align(i) === 'center' })),
    header,
    keepWithNext: header,
  });
  return formTable(
    [
      line(
        columns.map((c) => c.header),
        true,
      ),
      ...rows.map((r) => line(r, false)),
    ],
    size,
    width,
  );
}

/** A label and its value across the whole width; `extra` makes it tall, splittable or kept with the next row. */
export function labelledRow(label: string, value: string, labelWidth: number, extra: Partial<FormRow> = {}): FormRow {
  return {
    cells: [
      { text: label, width: labelWidth, label: true },
      { text: value, width: TEXT_WIDTH - labelWidth },
    ],
    ...extra,
  };
}

/** Two label-value pairs on one row; the values share equally what the labels leave. */
export function labelledPairRow(
  label1: string,
  value1: string,
  label2: string,
  value2: string,
  labelWidth: number,
): FormRow {
  const leftValue = Math.floor((TEXT_WIDTH - 2 * labelWidth) / 2);
  return {
    cells: [
      { text: label1, width: labelWidth, label: true },
      { text: value1, width: leftValue },
      { text: label2, width: labelWidth, label: true },
      { text: value2, width: TEXT_WIDTH - 2 * labelWidth - leftValue },
    ],
  };
}
