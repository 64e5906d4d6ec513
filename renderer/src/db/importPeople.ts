import { isConfidential } from '../domain/access/confidential';
import { normalizePhone } from '../domain/idNumber';
import { importedPersonKeys, linkProblem, personFinder, storedIdNumber } from '../domain/import/importKeys';
import type { FilledBlanks, ImportCandidate } from '../domain/import/importPlan';
import type { ImportedPerson } from '../domain/import/readRow';
import { repeatKeys } from '../domain/repeat';
import type { Petitioner } from '../domain/types';
import type { DeskDatabase } from './database';
import { MissingRecordError, RegistrationError } from './errors';

/**
 * The people of an import (issue 17), inside the caller's transaction. A person the clerk accepted as someone on the
 * desk is that record (a blank ID number or phone on file is filled from the ledger, nothing else changes, and what
 * was filled is kept for 撤销本次导入); anyone else is a new record, one per person however many rows name them
 * (recognised within the file as at registration, docs/domain.md §4: by ID number, else name + phone).
 * Each link is checked again: never between two different valid ID numbers, and an account without the 保密 grant
 * neither links to nor fills a person on a confidential matter: a link to one is treated as no link, and a row whose
 * own keys recognise such a person gets a record of its own holding only what the ledger says, with sameAsPersonId
 * naming the stored person, as registration does (db/petitioners.ts, docs/security.md).
 */
export interface ImportPeople {
  /** Per candidate, its petitioner ids in the row's order (a person named twice in a row once). */
  idsOf: string[][];
  /** Per petitioner id, the record as stored. */
  byId: Map<string, Petitioner>;
  createdIds: string[];
  /** The people on the desk whose blanks were filled, with what was written. */
  filled: FilledBlanks[];
}

function newPerson(person: ImportedPerson, unitId: string | null, stamp: string): Petitioner {
  const typed = person.phones[0] ?? '';
  return {
    id: crypto.randomUUID(),
    name: person.name,
    gender: null,
    idNumber: storedIdNumber(person),
    phone: normalizePhone(typed),
    ...(typed === '' ? {} : { phoneAsTyped: typed }),
    address: '',
    identityType: null,
    unitId,
    createdAt: stamp,
    updatedAt: stamp,
  };
}

/** The linked record with its blanks filled from the ledger, or null when there was nothing to fill. */
function filledBlanks(old: Petitioner, person: ImportedPerson, stamp: string): Petitioner | null {
  const idNumber = old.idNumber || storedIdNumber(person);
  const typed = person.phones[0] ?? '';
  const fillPhone = old.phone === '' && typed !== '';
  if (idNumber === old.idNumber && !fillPhone) return null;
  return {
    ...old,
    idNumber,
    ...(fillPhone ? { phone: normalizePhone(typed), phoneAsTyped: typed } : {}),
    updatedAt: stamp,
  };
}

/** What filling wrote into the record's blanks: the fields that were blank before and are not now. */
function whatWasFilled(before: Petitioner, after: Petitioner): FilledBlanks {
  return {
    personId: after.id,
    ...(before.idNumber === after.idNumber ? {} : { idNumber: after.idNumber }),
    ...(before.phone === after.phone ? {} : { phone: after.phone, phoneAsTyped: after.phoneAsTyped ?? after.phone }),
    ...(before.phone === after.phone || before.phoneAsTyped === undefined
      ? {}
      : { phoneAsTypedBefore: before.phoneAsTyped }),
  };
}

/** The people whose phone was filled: their other petitions' search text carries it (or, undone, no longer). */
export const phonesFilled = (filled: readonly FilledBlanks[]): string[] =>
  filled.flatMap((f) => (f.phone === undefined ? [] : [f.personId]));

/** The desk's people recognised by any of these imported people's ID numbers or names + phones (docs/domain.md §4). */
export async function peopleKnownBy(db: DeskDatabase, persons: readonly ImportedPerson[]): Promise<Petitioner[]> {
  const keys = persons.map((person) => repeatKeys(importedPersonKeys(person)));
  const ids = [...new Set(keys.flatMap((k) => (k.idNumber ? [k.idNumber] : [])))];
  const pairs = keys.flatMap((k) => (k.namePhone ? [k.namePhone] : []));
  const people = new Map<string, Petitioner>();
  for (const p of ids.length > 0 ? await db.petitioners.where('idNumber').anyOf(ids).toArray() : [])
    people.set(p.id, p);
  for (const p of pairs.length > 0 ? await db.petitioners.where('[name+phone]').anyOf(pairs).toArray() : [])
    people.set(p.id, p);
  return [...people.values()];
}

/** Of these people, those on any confidential matter. */
async function onConfidentialMatters(db: DeskDatabase, personIds: readonly string[]): Promise<Set<string>> {
  if (personIds.length === 0) return new Set();
  const wanted = new Set(personIds);
  const theirs = await db.petitions.where('petitionerIds').anyOf(personIds).distinct().toArray();
  return new Set(theirs.filter(isConfidential).flatMap((p) => p.petitionerIds.filter((id) => wanted.has(id))));
}

/** The linked people, each as stored; refuses one no longer on the desk. */
async function linkedPeople(
  db: DeskDatabase,
  candidates: readonly ImportCandidate[],
): Promise<Map<string, Petitioner>> {
  const linkedIds = [...new Set(candidates.flatMap((c) => c.personIds).filter((id): id is string => id !== null))];
  const byId = new Map<string, Petitioner>();
  (await db.petitioners.bulkGet(linkedIds)).forEach((p, i) => {
    if (!p) throw new MissingRecordError(`导入时选定的信访人已不存在（${linkedIds[i] ?? ''}），请重新预览`);
    byId.set(p.id, p);
  });
  return byId;
}

/** Per person of a candidate: whom the row is linked to, and the confidential person its own record stands for. */
interface PersonLink {
  linkedId: string | null;
  standsFor: string | undefined;
}

/**
 * Per person of each candidate, the link the write makes. For an account without the grant, a person on a
 * confidential matter is never linked: a request naming one is answered as the same request without the link (so its
 * answer tells nothing of them), and the row's own record stands for (sameAsPersonId) the first such person the
 * row's keys recognise. Refuses a link between people who cannot be the same (linkProblem) among those the account
 * sees.
 */
async function personLinks(
  db: DeskDatabase,
  candidates: readonly ImportCandidate[],
  linked: ReadonlyMap<string, Petitioner>,
  granted: boolean,
): Promise<PersonLink[][]> {
  const hidden = granted ? new Set<string>() : await onConfidentialMatters(db, [...linked.keys()]);
  const linkOf = (personIds: readonly (string | null)[], i: number) => {
    const id = personIds[i] ?? null;
    return id !== null && hidden.has(id) ? null : id;
  };
  candidates.forEach(({ row, personIds, sheet, rowNumber }) =>
    row.people.forEach((person, i) => {
      const to = linked.get(linkOf(personIds, i) ?? '');
      const problem = to ? linkProblem(person, to) : null;
      if (problem) throw new RegistrationError({ import: `${sheet}第${rowNumber}行：${problem}，请重新预览` });
    }),
  );
  if (granted)
    return candidates.map((c) =>
      c.row.people.map((_, i) => ({ linkedId: linkOf(c.personIds, i), standsFor: undefined })),
    );
  const unlinked = candidates.flatMap((c) => c.row.people.filter((_, i) => linkOf(c.personIds, i) === null));
  const known = await peopleKnownBy(db, unlinked);
  const hiddenKnown = await onConfidentialMatters(
    db,
    known.map((p) => p.id),
  );
  const findHidden = personFinder(known.filter((p) => hiddenKnown.has(p.id)));
  return candidates.map(({ row, personIds }) =>
    row.people.map((person, i) => {
      const linkedId = linkOf(personIds, i);
      return { linkedId, standsFor: linkedId === null ? findHidden(person)[0]?.known.id : undefined };
    }),
  );
}

export async function saveImportPeople(
  db: DeskDatabase,
  candidates: readonly ImportCandidate[],
  stamp: string,
  granted: boolean,
): Promise<ImportPeople> {
  const byId = await linkedPeople(db, candidates);
  const links = await personLinks(db, candidates, byId, granted);
  const changed = new Map<string, { before: Petitioner; after: Petitioner }>();
  const created: Petitioner[] = [];
  const byKey = new Map<string, Petitioner>();
  const idsOf = candidates.map((candidate, c) => {
    const ids = candidate.row.people.map((person, i) => {
      const { linkedId, standsFor } = links[c]?.[i] ?? { linkedId: null, standsFor: undefined };
      if (linkedId !== null) {
        const before = changed.get(linkedId)?.before ?? (byId.get(linkedId) as Petitioner);
        const filled = filledBlanks(byId.get(linkedId) as Petitioner, person, stamp);
        if (filled) {
          byId.set(linkedId, filled);
          changed.set(linkedId, { before, after: filled });
        }
        return linkedId;
      }
      const keys = repeatKeys(importedPersonKeys(person));
      const lookups = [keys.idNumber && `id:${keys.idNumber}`, keys.namePhone && `np:${keys.namePhone.join('|')}`];
      const known = lookups.map((k) => (k ? byKey.get(k) : undefined)).find((p) => p !== undefined);
      const record = known ?? newPerson(person, candidate.unitId, stamp);
      if (standsFor !== undefined && record.sameAsPersonId === undefined) record.sameAsPersonId = standsFor;
      if (known) return known.id;
      created.push(record);
      byId.set(record.id, record);
      for (const k of lookups) if (k) byKey.set(k, record);
      return record.id;
    });
    return [...new Set(ids)];
  });
  if (created.length > 0) await db.petitioners.bulkAdd(created);
  if (changed.size > 0) await db.petitioners.bulkPut([...changed.values()].map((c) => c.after));
  const filled = [...changed.values()].map(({ before, after }) => whatWasFilled(before, after));
  return { idsOf, byId, createdIds: created.map((p) => p.id), filled };
}
