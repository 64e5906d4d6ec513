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
import { SIZES, TEXT_WIDTH, run } from './gbStyle';

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
  /** Long text may run onto the next page; other rows stay whole. */
  canSplit?: boolean;
  /** Keep this row on the page of what follows (the last row before the signature lines). */
  keepWithNext?: boolean;
  /** Type size of the row in half-points; the table's size otherwise. */
  size?: number;
}

const BORDER = { style: BorderStyle.SINGLE, size: 6, color: '000000' } as const;
const CELL_MARGINS = { top: 40, bottom: 40, left: 80, right: 80 } as const;

/** Column edges (cumulative widths) of every row, merged and sorted: the table's grid. */
function gridEdges(rows: readonly FormRow[]): number[] {
  const edges = new Set<number>();
  for (const row of rows) {
    let x = 0;
    for (const cell of row.cells) {
      if (!Number.isInteger(cell.width)) throw new Error(`form cell width ${cell.width} is not whole twips`);
      x += cell.width;
      edges.add(x);
    }
    if (x !== TEXT_WIDTH) throw new Error(`form row is ${x} twips wide, expected ${TEXT_WIDTH}`);
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

/** A bordered form table as wide as the text block; `size` is the default type size in half-points. */
export function formTable(rows: readonly FormRow[], size: number = SIZES.sihao): Table {
  const edges = gridEdges(rows);
  const columnWidths = edges.map((edge, i) => edge - (i === 0 ? 0 : (edges[i - 1] ?? 0)));
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths,
    layout: TableLayoutType.FIXED,
    borders: { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER, insideHorizontal: BORDER, insideVertical: BORDER },
    rows: rows.map((row) => {
      let start = 0;
      return new TableRow({
        cantSplit: !row.canSplit,
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

/** A label and its value across the whole width; `extra` makes it tall, splittable or kept with the next row. */
export function labelledRow(label: string, value: string, labelWidth: number, extra: Partial<FormRow> = {}): FormRow {
  return { cells: [{ text: label, width: labelWidth, label: true }, { text: value, width: TEXT_WIDTH - labelWidth }], ...extra };
}

/** Two label-value pairs on one row; the values share equally what the labels leave. */
export function labelledPairRow(label1: string, value1: string, label2: string, value2: string, labelWidth: number): FormRow {
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
