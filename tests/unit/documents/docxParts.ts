import type { Document } from 'docx';
import JSZip from 'jszip';
import { toBytes } from '../../../renderer/src/documents/gbStyle';

/** The XML parts of a packed .docx that the document tests read. */
export interface DocxParts {
  document: string;
  styles: string;
  settings: string;
  /** footer XML by relationship type: 'default' (odd pages) and 'even'. */
  footers: Record<string, string>;
}

async function part(zip: JSZip, name: string): Promise<string> {
  const file = zip.file(name);
  if (!file) throw new Error(`${name} is missing from the .docx`);
  return file.async('string');
}

/** Packs the document exactly as the app does, unzips it and returns the parts by name. */
export async function unpack(doc: Document): Promise<DocxParts> {
  const zip = await JSZip.loadAsync(await toBytes(doc));
  const document = await part(zip, 'word/document.xml');
  const rels = await part(zip, 'word/_rels/document.xml.rels');
  const footers: Record<string, string> = {};
  for (const [, type, id] of document.matchAll(/<w:footerReference w:type="(\w+)" r:id="(\w+)"\/>/g)) {
    const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1];
    if (!type || !target) throw new Error(`footer ${type} has no target`);
    footers[type] = await part(zip, `word/${target}`);
  }
  return {
    document,
    styles: await part(zip, 'word/styles.xml'),
    settings: await part(zip, 'word/settings.xml'),
    footers,
  };
}

/** All text of the XML, run by run, so assertions can look for words without caring how runs were split. */
export function textOf(xml: string): string {
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
}

/** Each paragraph's XML whose text contains `needle`. */
export function paragraphsWith(xml: string, needle: string): string[] {
  return [...xml.matchAll(/<w:p>.*?<\/w:p>|<w:p [^>]*>.*?<\/w:p>/g)]
    .map((m) => m[0])
    .filter((p) => textOf(p).includes(needle));
}
