import type { IdentityType, Petition, Petitioner, Reception } from '../types';
import type { StatPetition, StatReception } from './types';

/** The distinct 身份 types recorded for the petitioners, in the order met. */
export function identityTypesOf(
  petitionerIds: readonly string[],
  petitioners: ReadonlyMap<string, Petitioner>,
): IdentityType[] {
  const types: IdentityType[] = [];
  for (const id of petitionerIds) {
    const type = petitioners.get(id)?.identityType;
    if (type && !types.includes(type)) types.push(type);
  }
  return types;
}

/**
 * The statistics' petition from the stored one. The 回访 satisfaction is read from the case facts (the 回访 action
 * records it there, followUp); case events are not read. A case followed up before the facts carried it (development
 * data only, before 2026-11) counts as not rated.
 */
export function toStatPetition(petition: Petition, petitioners: ReadonlyMap<string, Petitioner>): StatPetition {
  return {
    id: petition.id,
    regNo: petition.regNo,
    receivedAt: petition.receivedAt,
    channel: petition.channel,
    categoryId: petition.categoryId,
    nature: petition.nature,
    unitId: petition.unitId,
    identityTypes: identityTypesOf(petition.petitionerIds, petitioners),
    flags: petition.flags,
    status: petition.status,
    receptionCount: petition.receptionCount,
    caseFacts: petition.caseFacts ?? null,
    satisfaction: petition.caseFacts?.followUp?.satisfaction ?? null,
  };
}

export function toStatReception(reception: Reception): StatReception {
  return {
    petitionId: reception.petitionId,
    receivedAt: reception.receivedAt,
    channel: reception.channel,
    headcount: reception.headcount,
    isRepeat: reception.isRepeat,
    flags: reception.flags,
  };
}

/** The statistics' records from the stored ones; a voided (作废) petition and its contacts are left out. */
export function toStatRecords(stored: {
  petitions: readonly Petition[];
  receptions: readonly Reception[];
  petitioners: readonly Petitioner[];
}): { petitions: StatPetition[]; receptions: StatReception[] } {
  const petitioners = new Map(stored.petitioners.map((p) => [p.id, p]));
  // 作废: never a 件, nor its contacts 批次 (as statRecordsFromLedger).
  const counted = stored.petitions.filter((p) => p.status !== 'voided');
  const countedIds = new Set(counted.map((p) => p.id));
  return {
    petitions: counted.map((p) => toStatPetition(p, petitioners)),
    receptions: stored.receptions.filter((r) => countedIds.has(r.petitionId)).map(toStatReception),
  };
}
