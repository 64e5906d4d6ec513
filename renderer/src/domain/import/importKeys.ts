import { matchPerson, repeatKeys, type PersonKeys, type RepeatMatch } from '../repeat';
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

/** Both carry a valid ID number, and the two differ: whatever their names and phones say, two people. */
function differentIdNumbers(person: ImportedPerson, desk: PersonKeys): boolean {
  const mine = repeatKeys(importedPersonKeys(person)).idNumber;
  const theirs = repeatKeys(desk).idNumber;
  return mine !== null && theirs !== null && mine !== theirs;
}

/**
 * How a person on the desk is recognised as an imported one (docs/domain.md §4: by ID number, else name + phone), or
 * null. Name + phone never overrules two valid ID numbers that differ: 张三 who shares a phone with his father is
 * not his father.
 */
export function recognisedAs(person: ImportedPerson, desk: PersonKeys): RepeatMatch | null {
  return differentIdNumbers(person, desk) ? null : matchPerson(importedPersonKeys(person), desk);
}

/** Why an imported person may not be linked to this person on the desk, in Chinese; null when they may. */
export function linkProblem(person: ImportedPerson, desk: PersonKeys): string | null {
  if (recognisedAs(person, desk) !== null) return null;
  return differentIdNumbers(person, desk)
    ? `${person.name}的身份证号与所选的信访人不同，不是同一人`
    : `${person.name}与所选的信访人身份证号、姓名和电话都对不上，不能认定为同一人`;
}

/** A person on the desk as the finder needs one: their id and what they are recognised by. */
export type KnownPerson = PersonKeys & { id: string };

/**
 * A lookup over the desk's people: for an imported person, those recognised as them (recognisedAs) with how, those
 * with the same ID number first, each kind in the order the people were given. Indexed once, so ten thousand rows do not each read every person.
 */
export function personFinder<P extends KnownPerson>(
  known: readonly P[],
): (person: ImportedPerson) => { known: P; matchedBy: RepeatMatch }[] {
  const byKey = new Map<string, P[]>();
  const add = (key: string, p: P) => byKey.set(key, [...(byKey.get(key) ?? []), p]);
  const order = new Map(known.map((p, i) => [p, i]));
  for (const p of known) {
    const keys = repeatKeys(p);
    if (keys.idNumber !== null) add(`id:${keys.idNumber}`, p);
    if (keys.namePhone !== null) add(`np:${keys.namePhone.join('\u0000')}`, p);
  }
  return (person) => {
    const keys = repeatKeys(importedPersonKeys(person));
    const found = new Set([
      ...(keys.idNumber === null ? [] : (byKey.get(`id:${keys.idNumber}`) ?? [])),
      ...(keys.namePhone === null ? [] : (byKey.get(`np:${keys.namePhone.join('\u0000')}`) ?? [])),
    ]);
    const rank = (m: { known: P; matchedBy: RepeatMatch }) => (m.matchedBy === 'idNumber' ? 0 : known.length);
    return [...found]
      .flatMap((p) => {
        const matchedBy = recognisedAs(person, p);
        return matchedBy === null ? [] : [{ known: p, matchedBy }];
      })
      .sort((a, b) => rank(a) + (order.get(a.known) ?? 0) - rank(b) - (order.get(b.known) ?? 0));
  };
}
