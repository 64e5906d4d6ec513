import type { PersonKeys } from '../repeat';
import type { ImportedPerson, ImportedRow } from './readRow';

/**
 * How an imported row is recognised (issue 17). An exact duplicate is the same contact written twice: the same
 * received day, the same people by name and the same matter, word for word once spaces are gone; within the file the
 * later copy is skipped, against the desk the row is (a ledger imported twice, or a month already typed in by hand).
 * A person is recognised as someone on the desk as at registration (docs/domain.md §4): by ID number, else by name +
 * phone, never by name alone.
 */
export interface DuplicateParts {
  /** 'YYYY-MM-DD' */
  day: string;
  names: readonly string[];
  matter: string;
}

/** One string per contact: rows with the same key are the same contact. */
export function duplicateKey(parts: DuplicateParts): string {
  const names = parts.names
    .map((n) => n.replace(/\s/g, ''))
    .filter((n) => n !== '')
    .sort()
    .join('、');
  return `${parts.day}|${names}|${parts.matter.replace(/\s/g, '')}`;
}

/** The key of an imported row, or null when it has no received date (it cannot be imported as it is). */
export function rowDuplicateKey(row: ImportedRow): string | null {
  if (row.receivedDate === null) return null;
  return duplicateKey({ day: row.receivedDate, names: row.people.map((p) => p.name), matter: row.matter });
}

/** For each row, the index of the earlier row it repeats exactly, or null. */
export function duplicatesInFile(rows: readonly ImportedRow[]): (number | null)[] {
  const first = new Map<string, number>();
  return rows.map((row, i) => {
    const key = rowDuplicateKey(row);
    if (key === null) return null;
    const earlier = first.get(key);
    if (earlier !== undefined) return earlier;
    first.set(key, i);
    return null;
  });
}

/**
 * The ID number an imported person is stored and recognised with: a valid one, or a 15-digit one converted to 18
 * digits. One Excel rounded or one that fails its check is never a person's ID: '' (the row keeps its warning).
 */
export function storedIdNumber(person: ImportedPerson): string {
  const id = person.idNumber;
  if (id?.state === 'valid') return id.idNumber;
  if (id?.state === 'old') return id.upgraded;
  return '';
}

/** What the desk may recognise an imported person by: the stored ID number, the name and the first phone. */
export function importedPersonKeys(person: ImportedPerson): PersonKeys {
  return { idNumber: storedIdNumber(person), name: person.name, phone: person.phones[0] ?? '' };
}
