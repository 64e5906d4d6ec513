import { normalizePhone } from '../domain/idNumber';
import { importedPersonKeys, storedIdNumber } from '../domain/import/importKeys';
import type { ImportCandidate } from '../domain/import/importPlan';
import type { ImportedPerson } from '../domain/import/readRow';
import { repeatKeys } from '../domain/repeat';
import type { Petitioner } from '../domain/types';
import type { DeskDatabase } from './database';
import { MissingRecordError } from './errors';

/**
 * The people of an import (issue 17), inside the caller's transaction. A person the clerk accepted as someone on the
 * desk is that record (a blank ID number or phone on file is filled from the ledger, nothing else changes); anyone
 * else is a new record, one per person however many rows name them (recognised within the file as at registration,
 * docs/domain.md §4: by ID number, else name + phone).
 */
export interface ImportPeople {
  /** Per candidate, its petitioner ids in the row's order (a person named twice in a row once). */
  idsOf: string[][];
  /** Per petitioner id, the record as stored. */
  byId: Map<string, Petitioner>;
  createdIds: string[];
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

export async function saveImportPeople(
  db: DeskDatabase,
  candidates: readonly ImportCandidate[],
  stamp: string,
): Promise<ImportPeople> {
  const linkedIds = [...new Set(candidates.flatMap((c) => c.personIds).filter((id): id is string => id !== null))];
  const linked = await db.petitioners.bulkGet(linkedIds);
  const byId = new Map<string, Petitioner>();
  linked.forEach((p, i) => {
    if (!p) throw new MissingRecordError(`导入时选定的信访人已不存在（${linkedIds[i] ?? ''}），请重新预览`);
    byId.set(p.id, p);
  });
  const changed = new Map<string, Petitioner>();
  const created: Petitioner[] = [];
  const byKey = new Map<string, string>();
  const idsOf = candidates.map((candidate) => {
    const ids = candidate.row.people.map((person, i) => {
      const linkedId = candidate.personIds[i] ?? null;
      if (linkedId !== null) {
        const filled = filledBlanks(byId.get(linkedId) as Petitioner, person, stamp);
        if (filled) {
          byId.set(linkedId, filled);
          changed.set(linkedId, filled);
        }
        return linkedId;
      }
      const keys = repeatKeys(importedPersonKeys(person));
      const lookups = [keys.idNumber && `id:${keys.idNumber}`, keys.namePhone && `np:${keys.namePhone.join('|')}`];
      const known = lookups.map((k) => (k ? byKey.get(k) : undefined)).find((id) => id !== undefined);
      if (known) return known;
      const record = newPerson(person, candidate.unitId, stamp);
      created.push(record);
      byId.set(record.id, record);
      for (const k of lookups) if (k) byKey.set(k, record.id);
      return record.id;
    });
    return [...new Set(ids)];
  });
  if (created.length > 0) await db.petitioners.bulkAdd(created);
  if (changed.size > 0) await db.petitioners.bulkPut([...changed.values()]);
  return { idsOf, byId, createdIds: created.map((p) => p.id) };
}
