import { shownPhone } from '../domain/idNumber';
import { CONFIDENTIAL_PLACEHOLDER, isConfidential } from '../domain/access/confidential';
import { unlinkedPetitioner } from '../domain/access/identity';
import { toTimestamp } from '../domain/dates';
import type { CaseEvent, Petition, Petitioner } from '../domain/types';
import { recordAudit } from './audit/recordAudit';
import type { DeskDatabase } from './database';
import { MissingRecordError } from './errors';
import type { PetitionDetail } from '../domain/petitionDetail';
import { asSeenAfterWrite } from './petitionDetail';
import { AccessDeniedError, authorize, maySeeConfidential } from './session';

/**
 * The petitioners' full identity: read only deliberately and never silently. Unmasking an ID number or phone is an
 * audited action (issue 5 item 7, docs/domain.md §11), and a confidential petition's people (保密, 检举控告) reach only
 * accounts granted them (Art. 30).
 */

function refuseHidden(db: DeskDatabase, petition: Petition): void {
  if (isConfidential(petition) && !maySeeConfidential(db)) {
    throw new AccessDeniedError('identity.unmask', `信访事项 ${petition.regNo} 已保密，当前账号无权查看信访人身份`);
  }
}

async function requirePetition(db: DeskDatabase, petitionId: string): Promise<Petition> {
  const petition = await db.petitions.get(petitionId);
  if (!petition) throw new MissingRecordError('该信访事项不存在，可能已被删除');
  return petition;
}

/** 第2位信访人: how the audit trail names a person, since the auditor is not meant to read names. */
const ordinal = (petition: Petition, petitionerId: string) =>
  `第${petition.petitionerIds.indexOf(petitionerId) + 1}位信访人`;

/**
 * 显示完整信息: one petitioner of a petition with the full ID number and phone, and an 'unmask' audit record written
 * in the same transaction (so there is no view without its record). Needs identity.unmask, and the grant when the
 * petition is confidential. `purpose` says why, for the auditor (查看, 打印登记表, 出具交办单…).
 */
export async function revealPetitioner(
  db: DeskDatabase,
  petitionId: string,
  petitionerId: string,
  now: Date,
  purpose = '查看完整信息',
): Promise<Petitioner> {
  authorize(db, 'identity.unmask');
  return db.transaction('rw', [db.petitions, db.petitioners, db.audit], async () => {
    const petition = await requirePetition(db, petitionId);
    refuseHidden(db, petition);
    const person = petition.petitionerIds.includes(petitionerId) ? await db.petitioners.get(petitionerId) : undefined;
    if (!person) throw new MissingRecordError('该信访人不在此信访事项中，请刷新页面');
    await recordAudit(
      db,
      {
        action: 'unmask',
        entity: 'petitioners',
        entityId: petitionerId,
        summary: `${purpose}：信访事项 ${petition.regNo} ${ordinal(petition, petitionerId)}的身份证号和联系电话`,
      },
      now,
    );
    return maySeeConfidential(db) ? person : unlinkedPetitioner(person);
  });
}

/** Every petitioner of a petition in full (for a document that prints them), with one 'unmask' audit record. */
export async function revealPetitioners(
  db: DeskDatabase,
  petitionId: string,
  now: Date,
  purpose: string,
): Promise<Petitioner[]> {
  authorize(db, 'identity.unmask');
  return db.transaction('rw', [db.petitions, db.petitioners, db.audit], async () => {
    const petition = await requirePetition(db, petitionId);
    refuseHidden(db, petition);
    const people = (await db.petitioners.bulkGet(petition.petitionerIds)).filter(
      (p): p is Petitioner => p !== undefined,
    );
    await recordAudit(
      db,
      {
        action: 'unmask',
        entity: 'petitions',
        entityId: petitionId,
        summary: `${purpose}：信访事项 ${petition.regNo} 全部${people.length}位信访人的身份证号和联系电话`,
      },
      now,
    );
    return maySeeConfidential(db) ? people : people.map(unlinkedPetitioner);
  });
}

/**
 * The case with its petitioners' full ID numbers and phones, for a document that prints them (the 登记表, a 交办单's
 * contact line): read through the audited reveal, `purpose` naming the document for the auditor. A case whose people
 * are hidden from this account (保密 without the grant) is given back as it is: its documents carry （保密）.
 */
export async function withFullIdentity(
  db: DeskDatabase,
  detail: PetitionDetail,
  now: Date,
  purpose: string,
): Promise<PetitionDetail> {
  if (detail.identityHidden) return detail;
  const people = new Map((await revealPetitioners(db, detail.petition.id, now, purpose)).map((p) => [p.id, p]));
  return { ...detail, petitioners: detail.petitioners.map((p) => people.get(p.id) ?? p) };
}

/** One petitioner's contact details as an Excel export with personal information carries them. */
export interface PetitionContact {
  name: string;
  idNumber: string;
  phone: string;
}

const HIDDEN_CONTACT: PetitionContact = {
  name: CONFIDENTIAL_PLACEHOLDER,
  idNumber: CONFIDENTIAL_PLACEHOLDER,
  phone: CONFIDENTIAL_PLACEHOLDER,
};

/**
 * The petitioners' names, full ID numbers and phones of these petitions, for an export the clerk confirmed should
 * carry them (records.export and identity.unmask); a confidential petition's read （保密） without the grant. The
 * export itself is the audited action: its caller records it.
 */
export async function loadPetitionContacts(
  db: DeskDatabase,
  petitionIds: readonly string[],
): Promise<Map<string, PetitionContact[]>> {
  authorize(db, 'records.export');
  authorize(db, 'identity.unmask');
  const granted = maySeeConfidential(db);
  return db.transaction('r', [db.petitions, db.petitioners], async () => {
    const petitions = await db.petitions.bulkGet([...petitionIds]);
    const people = new Map<string, Petitioner>();
    const wanted = [
      ...new Set(petitions.flatMap((p) => (p && (granted || !isConfidential(p)) ? p.petitionerIds : []))),
    ];
    for (const person of await db.petitioners.bulkGet(wanted)) if (person) people.set(person.id, person);
    const contacts = new Map<string, PetitionContact[]>();
    petitions.forEach((petition, i) => {
      if (!petition) throw new MissingRecordError(`信访事项 ${petitionIds[i]} 已不存在，请刷新台账后重新导出`);
      const hidden = isConfidential(petition) && !granted;
      contacts.set(
        petition.id,
        petition.petitionerIds.flatMap((id) => {
          if (hidden) return [HIDDEN_CONTACT];
          const person = people.get(id);
          return person ? [{ name: person.name, idNumber: person.idNumber, phone: shownPhone(person) }] : [];
        }),
      );
    });
    return contacts;
  });
}

/** Petitions read per transaction by loadLedgerContacts: enough to keep IndexedDB busy, small enough to report progress often. */
const CONTACTS_BATCH = 200;

/**
 * loadPetitionContacts for the whole filtered ledger of an export, read in batches with progress. The ledger rows
 * deliberately hold no names, ID numbers or phones, so an export the clerk confirmed should carry them reads them here.
 */
export async function loadLedgerContacts(
  db: DeskDatabase,
  petitionIds: readonly string[],
  onProgress?: (done: number, total: number) => void,
): Promise<Map<string, PetitionContact[]>> {
  const contacts = new Map<string, PetitionContact[]>();
  for (let start = 0; start < petitionIds.length; start += CONTACTS_BATCH) {
    for (const [id, people] of await loadPetitionContacts(db, petitionIds.slice(start, start + CONTACTS_BATCH)))
      contacts.set(id, people);
    onProgress?.(Math.min(start + CONTACTS_BATCH, petitionIds.length), petitionIds.length);
  }
  return contacts;
}

/**
 * 保密 on the case page: marks a petition confidential, or lifts the mark. A 检举控告 stays confidential (Art. 30), and
 * only an account granted confidential identities may lift the mark (otherwise lifting it would be a way round the
 * grant). One transaction with the timeline event and the ledger row (cases.handle).
 */
export async function setPetitionConfidential(
  db: DeskDatabase,
  petitionId: string,
  confidential: boolean,
  now: Date,
): Promise<Petition> {
  const actor = authorize(db, 'cases.handle');
  const stamp = toTimestamp(now);
  const updated = await db.transaction('rw', [db.petitions, db.caseEvents], async () => {
    const petition = await requirePetition(db, petitionId);
    if (!confidential && petition.nature === '检举控告') throw new Error('检举控告类信访事项一律保密，不能取消');
    if (!confidential && !maySeeConfidential(db))
      throw new AccessDeniedError('cases.handle', '当前账号无权查看保密信访人身份，不能取消保密');
    if ((petition.confidential === true) === confidential) return petition;
    const next: Petition = { ...petition, confidential, updatedAt: stamp };
    const event: CaseEvent = {
      id: crypto.randomUUID(),
      petitionId,
      at: stamp,
      actor: actor.displayName,
      type: 'confidential',
      text: confidential ? '标记为保密：信访人身份仅限有权限的账号查看' : '取消保密',
      data: { confidential },
    };
    await db.petitions.put(next);
    await db.caseEvents.add(event);
    return next;
  });
  return asSeenAfterWrite(db, updated);
}
