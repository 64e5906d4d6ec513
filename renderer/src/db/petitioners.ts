import { isConfidential } from '../domain/access/confidential';
import { ROLE_LABELS } from '../domain/access/roles';
import { repeatKeys, type PersonKeys, type RepeatMatch } from '../domain/repeat';
import type { PetitionerInput } from '../domain/registration';
import { maskTypedPhone, shownPhone } from '../domain/idNumber';
import type { KnownContact } from '../domain/knownContact';
import type { Petition, Petitioner } from '../domain/types';
import type { DeskDatabase } from './database';
import { MissingRecordError } from './errors';
import { authorize, maySeeConfidential } from './session';

/** An earlier petition of someone on the form, offered to the clerk as a possible 重复访. */
export interface RepeatCandidate {
  petition: Pick<Petition, 'id' | 'regNo' | 'receivedAt' | 'summary' | 'status'>;
  /** The matched person's name as recorded. */
  petitionerName: string;
  matchedBy: RepeatMatch;
  /** The matched person's record (for 填入已知信息, read through the audited revealPetitioner). */
  personId: string;
  /** Which of the people looked up (their index in the call's `people`) the person was recognised as. */
  forPerson: number;
  /** What is on file of the person, the phone masked (its full digits only through revealPetitioner, audited). */
  known: KnownContact;
}

/** What repeat detection found: the matters the account may see, and whether others exist that it may not. */
export interface RepeatLookup {
  candidates: RepeatCandidate[];
  /**
   * Set for an account without the 保密 grant when someone on the form is on a confidential matter (检举控告 or
   * 保密): that person's matters are left out entirely, and the account learns only whom to ask.
   */
  withheld: { grantHolders: string[] } | null;
}

/** Of these people, those on any of these petitions that is confidential. */
function onConfidentialMatters(petitions: readonly Petition[], personIds: Iterable<string>): Set<string> {
  const wanted = new Set(personIds);
  return new Set(petitions.filter(isConfidential).flatMap((p) => p.petitionerIds.filter((id) => wanted.has(id))));
}

/** The active accounts holding the 保密 grant, oldest first, as 「管理员 王丽」: whom a clerk without it may ask. */
async function grantHolders(db: DeskDatabase): Promise<string[]> {
  const accounts = await db.users.filter((a) => a.confidentialAccess && !a.disabled).toArray();
  return accounts
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
    .map((a) => `${ROLE_LABELS[a.role]} ${a.displayName}`);
}

/**
 * Earlier petitions of the given people, matched by ID number or by name + phone (never by name alone),
 * newest first, one entry per petition (an ID-number match wins over a name + phone match). At registration
 * (records.register). For an account without the grant a person on any confidential matter is opaque (Art. 30): none
 * of their petitions is listed, not even the ordinary ones (their name beside the notice would say who has a
 * confidential matter), and `withheld` says only that such a matter exists and who may see it.
 */
export async function findRepeatCandidates(db: DeskDatabase, people: PersonKeys[]): Promise<RepeatLookup> {
  authorize(db, 'records.register');
  const granted = maySeeConfidential(db);
  const matched = new Map<string, { person: Petitioner; matchedBy: RepeatMatch; forPerson: number }>();
  for (const [forPerson, person] of people.entries()) {
    const keys = repeatKeys(person);
    if (keys.idNumber !== null) {
      for (const p of await db.petitioners.where('idNumber').equals(keys.idNumber).toArray()) {
        if (matched.get(p.id)?.matchedBy !== 'idNumber')
          matched.set(p.id, { person: p, matchedBy: 'idNumber', forPerson });
      }
    }
    if (keys.namePhone !== null) {
      for (const p of await db.petitioners.where('[name+phone]').equals(keys.namePhone).toArray()) {
        if (!matched.has(p.id)) matched.set(p.id, { person: p, matchedBy: 'namePhone', forPerson });
      }
    }
  }
  if (matched.size === 0) return { candidates: [], withheld: null };
  const petitions = await db.petitions
    .where('petitionerIds')
    .anyOf([...matched.keys()])
    .toArray();
  const withheldPeople = granted ? new Set<string>() : onConfidentialMatters(petitions, matched.keys());
  const byPetition = new Map<string, RepeatCandidate>();
  for (const petition of petitions) {
    if (byPetition.has(petition.id) || (!granted && isConfidential(petition))) continue;
    let best: { person: Petitioner; matchedBy: RepeatMatch; forPerson: number } | undefined;
    for (const id of petition.petitionerIds) {
      const m = withheldPeople.has(id) ? undefined : matched.get(id);
      if (m && (!best || (best.matchedBy === 'namePhone' && m.matchedBy === 'idNumber'))) best = m;
    }
    if (!best) continue;
    const { id, regNo, receivedAt, summary, status } = petition;
    const { person, matchedBy, forPerson } = best;
    byPetition.set(petition.id, {
      petition: { id, regNo, receivedAt, summary, status },
      petitionerName: person.name,
      matchedBy,
      personId: person.id,
      forPerson,
      known: { phone: maskTypedPhone(shownPhone(person)), address: person.address, unitId: person.unitId },
    });
  }
  const candidates = [...byPetition.values()].sort((a, b) =>
    a.petition.receivedAt === b.petition.receivedAt
      ? b.petition.regNo.localeCompare(a.petition.regNo)
      : a.petition.receivedAt < b.petition.receivedAt
        ? 1
        : -1,
  );
  return { candidates, withheld: withheldPeople.size > 0 ? { grantHolders: await grantHolders(db) } : null };
}

/** The typed phone of a form row or stored record, when it has one (an older record has none). */
function typedPhone(p: Pick<Petitioner, 'phoneAsTyped'>): Pick<Petitioner, 'phoneAsTyped'> {
  return p.phoneAsTyped === undefined ? {} : { phoneAsTyped: p.phoneAsTyped };
}

/** Later data wins, but a blank field on the form never erases what is already known about the person. */
function mergePerson(old: Petitioner, p: PetitionerInput, stamp: string): Petitioner {
  return {
    ...old,
    name: p.name || old.name,
    gender: p.gender ?? old.gender,
    idNumber: p.idNumber || old.idNumber,
    phone: p.phone || old.phone,
    ...typedPhone(p.phone ? p : old),
    address: p.address || old.address,
    identityType: p.identityType ?? old.identityType,
    unitId: p.unitId ?? old.unitId,
    updatedAt: stamp,
  };
}

/** The people on file a form row is recognised as: the picked one, else by ID number, else by name + phone. */
async function recognised(db: DeskDatabase, p: PetitionerInput): Promise<Petitioner[]> {
  if (p.existingId !== null) {
    const picked = await db.petitioners.get(p.existingId);
    if (!picked) throw new MissingRecordError(`所选信访人“${p.name}”已不存在，请重新选择`);
    return [picked];
  }
  if (p.idNumber) return db.petitioners.where('idNumber').equals(p.idNumber).toArray();
  // Without an ID number, name + phone is how a person is recognised (as in findRepeatCandidates).
  const namePhone = repeatKeys(p).namePhone;
  return namePhone === null ? [] : db.petitioners.where('[name+phone]').equals(namePhone).toArray();
}

/**
 * Which of several records of one person a row updates: one this form already saved, else an original rather than
 * a linked record (sameAsPersonId), else the oldest.
 */
function byPreference(saved: ReadonlyMap<string, Petitioner>) {
  const linked = (p: Petitioner) => Number(p.sameAsPersonId !== undefined);
  return (a: Petitioner, b: Petitioner) =>
    Number(saved.has(b.id)) - Number(saved.has(a.id)) ||
    linked(a) - linked(b) ||
    a.createdAt.localeCompare(b.createdAt) ||
    a.id.localeCompare(b.id);
}

/**
 * Saves the form's (validated) people. Returns their records in form order without repeats, for each form row
 * the id it was saved under (two rows for one person share an id), and the ids of people already on file whose name,
 * phone or 身份 the form changed (their other petitions carry name and phone in their search text, name and 身份 in
 * their ledger rows).
 * Must run inside the caller's 'rw' transaction (with db.petitions in its scope). A picked person (existingId) is
 * updated; so is an unpicked one whose ID number is already on file, because an ID number identifies exactly one
 * person, and an unpicked one without an ID number whose name + phone is on file (docs/domain.md §4: 重复访 recognises
 * people by either); anyone else is added.
 * An account without the 保密 grant neither reads nor changes a person on any confidential matter (Art. 30): merging
 * would show it their phone and address on the new petition, or let it overwrite them. Such a row gets a record of
 * its own holding only what was typed, linked to the stored person by sameAsPersonId, and later visits typed the same
 * way update that record.
 */
export async function upsertPetitioners(
  db: DeskDatabase,
  inputs: PetitionerInput[],
  stamp: string,
): Promise<{ people: Petitioner[]; idOfRow: string[]; searchChangedIds: string[] }> {
  authorize(db, 'records.register');
  const granted = maySeeConfidential(db);
  const saved = new Map<string, Petitioner>();
  const idOfRow: string[] = [];
  /** The name, phone and 身份 on file before this form, per person already on file. */
  const onFile = new Map<string, Pick<Petitioner, 'name' | 'phone' | 'identityType'>>();
  for (const p of inputs) {
    const found = (await recognised(db, p)).sort(byPreference(saved));
    const opaque =
      granted || found.length === 0
        ? new Set<string>()
        : onConfidentialMatters(
            await db.petitions
              .where('petitionerIds')
              .anyOf(found.map((f) => f.id))
              .toArray(),
            found.map((f) => f.id),
          );
    const existing = found.find((f) => !opaque.has(f.id));
    const sameAsPersonId = existing ? undefined : found.find((f) => opaque.has(f.id))?.id;
    let record: Petitioner;
    if (existing) {
      record = mergePerson(saved.get(existing.id) ?? existing, p, stamp);
      if (!onFile.has(existing.id))
        onFile.set(existing.id, { name: existing.name, phone: existing.phone, identityType: existing.identityType });
      await db.petitioners.put(record);
    } else {
      record = {
        id: crypto.randomUUID(),
        name: p.name,
        gender: p.gender,
        idNumber: p.idNumber,
        phone: p.phone,
        ...typedPhone(p),
        address: p.address,
        identityType: p.identityType,
        unitId: p.unitId,
        ...(sameAsPersonId === undefined ? {} : { sameAsPersonId }),
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
      return (
        after?.name !== before.name || after?.phone !== before.phone || after?.identityType !== before.identityType
      );
    })
    .map(([id]) => id);
  return { people: [...saved.values()], idOfRow, searchChangedIds };
}
