import { CONFIDENTIAL_PLACEHOLDER, isConfidential } from '../domain/access/confidential';
import { confidentialScrubber } from '../domain/access/scrubIdentity';
import { repeatKeys, type PersonKeys, type RepeatMatch } from '../domain/repeat';
import type { PetitionerInput } from '../domain/registration';
import type { Petition, Petitioner } from '../domain/types';
import type { DeskDatabase } from './database';
import { MissingRecordError } from './errors';
import { authorize, maySeeConfidential } from './session';

/** An earlier petition of someone on the form, offered to the clerk as a possible 重复访. */
export interface RepeatCandidate {
  petition: Pick<Petition, 'id' | 'regNo' | 'receivedAt' | 'summary' | 'status'>;
  /** The matched person's name as recorded; （保密） for a confidential petition when the account lacks the grant. */
  petitionerName: string;
  matchedBy: RepeatMatch;
}

/**
 * Earlier petitions of the given people, matched by ID number or by name + phone (never by name alone),
 * newest first, one entry per petition (an ID-number match wins over a name + phone match). At registration
 * (records.register). A confidential petition is still offered, so the visit can be linked to it, but without the
 * grant its person reads （保密） and its summary is cleaned of the person's identity.
 */
export async function findRepeatCandidates(db: DeskDatabase, people: PersonKeys[]): Promise<RepeatCandidate[]> {
  authorize(db, 'records.register');
  const granted = maySeeConfidential(db);
  const matched = new Map<string, { person: Petitioner; matchedBy: RepeatMatch }>();
  for (const person of people) {
    const keys = repeatKeys(person);
    if (keys.idNumber !== null) {
      for (const p of await db.petitioners.where('idNumber').equals(keys.idNumber).toArray()) {
        matched.set(p.id, { person: p, matchedBy: 'idNumber' });
      }
    }
    if (keys.namePhone !== null) {
      for (const p of await db.petitioners.where('[name+phone]').equals(keys.namePhone).toArray()) {
        if (!matched.has(p.id)) matched.set(p.id, { person: p, matchedBy: 'namePhone' });
      }
    }
  }
  if (matched.size === 0) return [];
  const petitions = await db.petitions.where('petitionerIds').anyOf([...matched.keys()]).toArray();
  const hidden = new Set(petitions.filter((p) => isConfidential(p) && !granted).map((p) => p.id));
  // A hidden petition's summary may quote any of its people, not only the one matched: all of them are scrubbed.
  const everyoneHidden = [...new Set(petitions.flatMap((p) => (hidden.has(p.id) ? p.petitionerIds : [])))];
  const hiddenPeople = new Map((await db.petitioners.bulkGet(everyoneHidden)).flatMap((p) => (p ? [[p.id, p] as const] : [])));
  const byPetition = new Map<string, RepeatCandidate>();
  for (const petition of petitions) {
    let best: { person: Petitioner; matchedBy: RepeatMatch } | undefined;
    for (const id of petition.petitionerIds) {
      const m = matched.get(id);
      if (m && (!best || (best.matchedBy === 'namePhone' && m.matchedBy === 'idNumber'))) best = m;
    }
    if (!best || byPetition.has(petition.id)) continue;
    const { id, regNo, receivedAt, status } = petition;
    const isHidden = hidden.has(petition.id);
    const scrub = isHidden ? confidentialScrubber(petition.petitionerIds.flatMap((pid) => hiddenPeople.get(pid) ?? [])) : null;
    byPetition.set(petition.id, {
      petition: { id, regNo, receivedAt, summary: scrub ? scrub(petition.summary) : petition.summary, status },
      petitionerName: isHidden ? CONFIDENTIAL_PLACEHOLDER : best.person.name,
      matchedBy: best.matchedBy,
    });
  }
  return [...byPetition.values()].sort((a, b) =>
    a.petition.receivedAt === b.petition.receivedAt ? b.petition.regNo.localeCompare(a.petition.regNo) : a.petition.receivedAt < b.petition.receivedAt ? 1 : -1,
  );
}

/** Later data wins, but a blank field on the form never erases what is already known about the person. */
function mergePerson(old: Petitioner, p: PetitionerInput, stamp: string): Petitioner {
  return {
    ...old,
    name: p.name || old.name,
    gender: p.gender ?? old.gender,
    idNumber: p.idNumber || old.idNumber,
    phone: p.phone || old.phone,
    address: p.address || old.address,
    identityType: p.identityType ?? old.identityType,
    unitId: p.unitId ?? old.unitId,
    updatedAt: stamp,
  };
}

/**
 * Saves the form's (validated) people. Returns their records in form order without repeats, for each form row
 * the id it was saved under (two rows for one person share an id), and the ids of people already on file whose name,
 * phone or 身份 the form changed (their other petitions carry name and phone in their search text, name and 身份 in
 * their ledger rows).
 * Must run inside the caller's 'rw' transaction. A picked person (existingId) is updated; so is an unpicked one whose
 * ID number is already on file, because an ID number identifies exactly one person, and an unpicked one without an
 * ID number whose name + phone is on file (DOMAIN.md: 重复访 recognises people by either); anyone else is added.
 */
export async function upsertPetitioners(
  db: DeskDatabase,
  inputs: PetitionerInput[],
  stamp: string,
): Promise<{ people: Petitioner[]; idOfRow: string[]; searchChangedIds: string[] }> {
  authorize(db, 'records.register');
  const saved = new Map<string, Petitioner>();
  const idOfRow: string[] = [];
  /** The name, phone and 身份 on file before this form, per person already on file. */
  const onFile = new Map<string, Pick<Petitioner, 'name' | 'phone' | 'identityType'>>();
  for (const p of inputs) {
    let existing: Petitioner | undefined;
    if (p.existingId !== null) {
      existing = await db.petitioners.get(p.existingId);
      if (!existing) throw new MissingRecordError(`所选信访人“${p.name}”已不存在，请重新选择`);
    } else if (p.idNumber) {
      existing = await db.petitioners.where('idNumber').equals(p.idNumber).first();
    } else {
      // Without an ID number, name + phone is how a person is recognised (as in findRepeatCandidates).
      const namePhone = repeatKeys(p).namePhone;
      if (namePhone !== null) existing = await db.petitioners.where('[name+phone]').equals(namePhone).first();
    }
    let record: Petitioner;
    if (existing) {
      record = mergePerson(saved.get(existing.id) ?? existing, p, stamp);
      if (!onFile.has(existing.id)) onFile.set(existing.id, { name: existing.name, phone: existing.phone, identityType: existing.identityType });
      await db.petitioners.put(record);
    } else {
      record = {
        id: crypto.randomUUID(),
        name: p.name,
        gender: p.gender,
        idNumber: p.idNumber,
        phone: p.phone,
        address: p.address,
        identityType: p.identityType,
        unitId: p.unitId,
        createdAt: stamp,
        updatedAt: stamp,
      };
      await db.petitioners.add(record);
    }
    saved.set(record.id, record);
    idOfRow.push(record.id);
  }
  const searchChangedIds = [...onFile]
    .filter(([id, before]) => {
      const after = saved.get(id);
      return after?.name !== before.name || after?.phone !== before.phone || after?.identityType !== before.identityType;
    })
    .map(([id]) => id);
  return { people: [...saved.values()], idOfRow, searchChangedIds };
}
