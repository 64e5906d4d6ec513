import type { Document } from 'docx';
import JSZip from 'jszip';
import { toBytes } from '../../../../renderer/src/documents/gbStyle';
import { textOf } from '../docxParts';

/** Every paragraph of the body XML in order, tables included. */
export function allParagraphs(xml: string): string[] {
  return [...xml.matchAll(/<w:p>.*?<\/w:p>|<w:p [^>]*>.*?<\/w:p>/g)].map((m) => m[0]);
}

/** The paragraph whose whole text is `text`; fails the test when there is none. */
export function paragraphExactly(xml: string, text: string): string {
  const found = allParagraphs(xml).find((p) => textOf(p) === text);
  if (!found) throw new Error(`no paragraph reads exactly “${text}”`);
  return found;
}

/** The texts of the body paragraphs outside tables, in order. */
export function paragraphTexts(xml: string): string[] {
  return allParagraphs(xml.replace(/<w:tbl>.*?<\/w:tbl>/g, '')).map(textOf);
}

/** Every part of the packed file as text (document, footers, properties, styles ...), for what must be absent. */
export async function wholePackage(doc: Document): Promise<string> {
  const zip = await JSZip.loadAsync(await toBytes(doc));
  const parts = await Promise.all(Object.values(zip.files).map((file) => file.async('string')));
  return parts.join('\n');
}

/** The text of a packed letter's body, as one string. */
export async function documentText(bytes: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  return textOf((await zip.file('word/document.xml')?.async('string')) ?? '');
}
