import { isConfidential } from '../../domain/access/confidential';
import { auditorView, type AuditedMatter } from '../../domain/audit/auditorView';
import type { AuditRecord } from '../../domain/audit/record';
import { replacedTrailOf } from '../../domain/audit/replacedTrail';
import type { Petition } from '../../domain/types';
import type { DeskDatabase } from '../database';

/** Tables whose records belong to one petition through their petitionId. */
const OF_A_PETITION = new Set(['receptions', 'caseEvents', 'attachments', 'documents']);

type Reference = { petitionId: string } | { petitionerId: string } | null;

const fieldOf = (snapshot: unknown, field: string): string | null => {
  if (snapshot === null || typeof snapshot !== 'object') return null;
  const value = (snapshot as Record<string, unknown>)[field];
  return typeof value === 'string' ? value : null;
};

/** The petition or person a record concerns, or null for a record about neither (a unit, a setting, a sign-in). */
function referenceOf(record: AuditRecord): Reference {
  // A bulk record holds keys and a digest only, of a whole import batch's records: nothing of a person or a matter.
  if (record.bulk) return null;
  if (record.entity === 'petitions' && record.entityId) return { petitionId: record.entityId };
  if (record.entity === 'petitioners' && record.entityId) return { petitionerId: record.entityId };
  if (record.entity !== null && OF_A_PETITION.has(record.entity)) {
    const petitionId = fieldOf(record.after, 'petitionId') ?? fieldOf(record.before, 'petitionId');
    return petitionId ? { petitionId } : { petitionId: '' };
  }
  return null;
}

/** Whether a snapshot of a petition says it is confidential (it may have been deleted since, or the mark lifted). */
const saysConfidential = (snapshot: unknown) =>
  snapshot !== null &&
  typeof snapshot === 'object' &&
  isConfidential(snapshot as Pick<Petition, 'nature' | 'confidential'>);

/**
 * The records as the 审计员 may read them (domain/audit/auditorView.ts): each record's matter is looked up in the
 * petitions as they stand now (two indexed reads per batch); a matter that cannot be found is treated as
 * confidential. The records given are not changed, and nothing is written.
 */
export async function asAuditorReads(db: DeskDatabase, records: readonly AuditRecord[]): Promise<AuditRecord[]> {
  const all = records.flatMap((r) => [r, ...(replacedTrailOf(r) ?? [])]);
  const references = all.map(referenceOf);
  const petitionIds = [
    ...new Set(references.flatMap((ref) => (ref && 'petitionId' in ref && ref.petitionId ? [ref.petitionId] : []))),
  ];
  const petitionerIds = [
    ...new Set(references.flatMap((ref) => (ref && 'petitionerId' in ref ? [ref.petitionerId] : []))),
  ];
  const { petitions, ofPeople } = await db.transaction('r', db.petitions, async () => ({
    petitions: await db.petitions.bulkGet(petitionIds),
    ofPeople: petitionerIds.length > 0 ? await db.petitions.where('petitionerIds').anyOf(petitionerIds).toArray() : [],
  }));
  const byId = new Map(petitions.flatMap((p) => (p ? [[p.id, p] as const] : [])));
  const matterOfPerson = new Map<string, AuditedMatter>();
  for (const petition of ofPeople) {
    for (const id of petition.petitionerIds) {
      // A person on any confidential matter is hidden in every record about them.
      if (!matterOfPerson.get(id)?.confidential)
        matterOfPerson.set(id, { regNo: petition.regNo, confidential: isConfidential(petition) });
    }
  }

  const matterOf = (record: AuditRecord): AuditedMatter | null | undefined => {
    const ref = referenceOf(record);
    if (ref === null) return undefined;
    if ('petitionerId' in ref) return matterOfPerson.get(ref.petitionerId) ?? null;
    const petition = byId.get(ref.petitionId);
    if (!petition) return null;
    const confidential =
      isConfidential(petition) ||
      (record.entity === 'petitions' && (saysConfidential(record.before) || saysConfidential(record.after)));
    return { regNo: petition.regNo, confidential };
  };
  return records.map((r) => auditorView(r, matterOf));
}
