import { expect } from 'vitest';
import { textOf } from './docxParts';

/** Each <w:tbl> of a document's XML. */
export const tablesOf = (xml: string) => [...xml.matchAll(/<w:tbl>.*?<\/w:tbl>/gs)].map((m) => m[0]);
/** Each <w:tr> of a table. */
export const rowsOf = (table: string) => [...table.matchAll(/<w:tr>.*?<\/w:tr>|<w:tr [^>]*>.*?<\/w:tr>/gs)].map((m) => m[0]);

/**
 * A list table as a clerk wants it printed: its heading row repeats on every page (tblHeader), no row splits across
 * pages (cantSplit), and no heading is narrower than its text at the table's size (half-points), so 「序号」 or
 * 「人数」 never wraps one character a line.
 */
export function expectWellFormedList(table: string, size: number): void {
  const [header, ...body] = rowsOf(table);
  expect(header).toContain('<w:tblHeader/>');
  for (const row of [header, ...body]) expect(row).toContain('<w:cantSplit/>');
  for (const row of body) expect(row).not.toContain('<w:tblHeader/>');
  const widths = [...table.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
  const cells = [...(header ?? '').matchAll(/<w:tc>.*?<\/w:tc>/gs)].map((m) => textOf(m[0]));
  cells.forEach((text, i) => {
    // A full-width character is size × 10 twips less the −5 tracking, a digit or Latin letter half; 160 of cell margins.
    const need = [...text].reduce((w, ch) => w + (ch.charCodeAt(0) < 0x80 ? size * 5 : size * 10 - 5), 0) + 160;
    expect(widths[i], `column ${i} 「${text}」`).toBeGreaterThanOrEqual(need);
  });
}
