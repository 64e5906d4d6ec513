import JSZip from 'jszip';
import { SaxesParser } from 'saxes';

/** Parses with saxes, a strict XML 1.0 parser: a character XML cannot carry is an error, not a warning. */
export function parseErrors(xml: string): string[] {
  const errors: string[] = [];
  const parser = new SaxesParser({ xmlns: true });
  parser.on('error', (error) => errors.push(error.message));
  parser.write(xml).close();
  return errors;
}

/** Every XML part of a packed .docx or .xlsx that is not well-formed, with the parser's first complaint. */
export async function malformedParts(bytes: Uint8Array): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const bad: Record<string, string> = {};
  for (const name of Object.keys(zip.files).filter((n) => n.endsWith('.xml') || n.endsWith('.rels'))) {
    const errors = parseErrors(await zip.file(name)!.async('string'));
    if (errors.length > 0) bad[name] = errors[0] ?? '';
  }
  return bad;
}
