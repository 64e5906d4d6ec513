import { normalizeWord } from './cells';
import { matchHeader, type ImportField } from './importFields';

/**
 * Which field each column of a sheet holds: suggested from the header words, confirmed or changed by the clerk,
 * and saved as a preset that comes back when a sheet's headers match (issue 17). A field is taken by one column at
 * most; null leaves a column out.
 */
export type ColumnMapping = (ImportField | null)[];

/** The surest matches win: 「来访日期」 takes 日期 before a later 「时间」 column can. */
export function suggestMapping(headers: readonly string[]): ColumnMapping {
  const candidates = headers
    .map((header, column) => ({ column, match: matchHeader(header) }))
    .filter((c) => c.match !== null)
    .sort((a, b) => (b.match?.score ?? 0) - (a.match?.score ?? 0) || a.column - b.column);
  const mapping: ColumnMapping = headers.map(() => null);
  const taken = new Set<ImportField>();
  for (const { column, match } of candidates) {
    if (!match || taken.has(match.field)) continue;
    taken.add(match.field);
    mapping[column] = match.field;
  }
  return mapping;
}

/** Excel's name for a 0-based column: A … Z, AA …. */
export function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** The column of a field, or -1. */
export function columnOf(mapping: ColumnMapping, field: ImportField): number {
  return mapping.indexOf(field);
}

/** The words of a sheet's headers in order: sheets whose headers read the same share a preset. */
export function mappingPresetKey(headers: readonly string[]): string {
  return headers
    .map((h) => normalizeWord(h))
    .join('|')
    .replace(/\|+$/, '');
}

/** A clerk's confirmed mapping, saved under the headers it was made for. */
export interface MappingPreset {
  key: string;
  mapping: ColumnMapping;
}

export function presetOf(headers: readonly string[], mapping: ColumnMapping): MappingPreset {
  return { key: mappingPresetKey(headers), mapping: [...mapping] };
}

/** The saved mapping whose headers match these, else the suggestion. */
export function mappingFor(headers: readonly string[], presets: readonly MappingPreset[]): ColumnMapping {
  const key = mappingPresetKey(headers);
  const preset = presets.find((p) => p.key === key);
  return preset ? [...preset.mapping] : suggestMapping(headers);
}
