import { expect } from 'vitest';
import { textOf } from './docxParts';

/** Each <w:tbl> of a document's XML. */
export const tablesOf = (xml: string) => [...xml.matchAll(/<w:tbl>.*?<\/w:tbl>/gs)].map((m) => m[0]);
/** Each <w:tr> of a table. */
export const rowsOf = (table: string) =>
  [...table.matchAll(/<w:tr>.*?<\/w:tr>|<w:tr [^>]*>.*?<\/w:tr>/gs)].map((m) => m[0]);

/**
 * Twips a line of `text` needs at `size` half-points in a cell, estimated apart from the builder's own estimate: a
 * full-width character is size × 10 less the −5 tracking, a digit or Latin letter half of that, and Word and Writer
 * add a quarter em of space wherever Chinese meets a digit or Latin letter (autoSpaceDE/DN: 「第1版」 has two such
 * gaps); 160 of cell margins.
 */
export function twipsNeeded(text: string, size: number): number {
  const chars = [...text];
  const body = chars.reduce((w, ch) => w + (ch.charCodeAt(0) < 0x80 ? size * 5 - 5 : size * 10 - 5), 0);
  const isLatin = (ch: string) => /[0-9A-Za-z]/.test(ch);
  const isChinese = (ch: string) => ch.charCodeAt(0) >= 0x2e80;
  let gaps = 0;
  for (let i = 1; i < chars.length; i++) {
    const [a, b] = [chars[i - 1] ?? '', chars[i] ?? ''];
    if ((isLatin(a) && isChinese(b)) || (isChinese(a) && isLatin(b))) gaps++;
  }
  return body + gaps * size * 2.5 + 160;
}

/**
 * A list table as a clerk wants it printed: its heading row repeats on every page (tblHeader), no row splits across
 * pages (cantSplit), and no heading is narrower than its text at the table's size (half-points), so 「序号」 or
 * 「人数」 never wraps one character a line; nor is any cell of the `noWrap` columns (dates, 文号, figures), so
 * 「2026年5月12日」 never breaks before 「日」.
 */
export function expectWellFormedList(table: string, size: number, noWrap: readonly number[] = []): void {
  const [header, ...body] = rowsOf(table);
  expect(header).toContain('<w:tblHeader/>');
  for (const row of [header, ...body]) expect(row).toContain('<w:cantSplit/>');
  for (const row of body) expect(row).not.toContain('<w:tblHeader/>');
  const widths = [...table.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
  const cellsOf = (row: string | undefined) =>
    [...(row ?? '').matchAll(/<w:tc>.*?<\/w:tc>/gs)].map((m) => textOf(m[0]));
  cellsOf(header).forEach((text, i) => {
    expect(widths[i], `column ${i} 「${text}」`).toBeGreaterThanOrEqual(twipsNeeded(text, size));
  });
  for (const row of body) {
    cellsOf(row).forEach((text, i) => {
      if (noWrap.includes(i))
        expect(widths[i], `column ${i} cell 「${text}」`).toBeGreaterThanOrEqual(twipsNeeded(text, size));
    });
  }
}
