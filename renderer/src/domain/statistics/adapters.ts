import type { CaseEvent, IdentityType, Petition, Petitioner, Reception } from '../types';
import { SATISFACTION_LEVELS } from '../workflowPayloads';
import type { SatisfactionLevel, StatPetition, StatReception } from './types';

const isSatisfaction = (value: unknown): value is SatisfactionLevel => (SATISFACTION_LEVELS as readonly unknown[]).includes(value);

/** The satisfaction of the case's latest 回访 (a `followUp` event's data.satisfaction), or null when never rated. */
export function satisfactionOf(events: readonly CaseEvent[]): SatisfactionLevel | null {
  let latest: CaseEvent | null = null;
  for (const event of events) {
    if (event.type === 'followUp' && isSatisfaction(event.data?.satisfaction) && (!latest || event.at >= latest.at)) latest = event;
  }
  return latest ? (latest.data?.satisfaction as SatisfactionLevel) : null;
}

/** The distinct 身份 types recorded for the petitioners, in the order met. */
export function identityTypesOf(petitionerIds: readonly string[], petitioners: ReadonlyMap<string, Petitioner>): IdentityType[] {
  const types: IdentityType[] = [];
  for (const id of petitionerIds) {
    const type = petitioners.get(id)?.identityType;
    if (type && !types.includes(type)) types.push(type);
  }
  return types;
}

export function toStatPetition(petition: Petition, petitioners: ReadonlyMap<string, Petitioner>, events: readonly CaseEvent[]): StatPetition {
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
    satisfaction: satisfactionOf(events),
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

/** The statistics' records from the stored ones, each petition matched to its events in one pass. */
export function toStatRecords(stored: {
  petitions: readonly Petition[];
  receptions: readonly Reception[];
  petitioners: readonly Petitioner[];
  events: readonly CaseEvent[];
}): { petitions: StatPetition[]; receptions: StatReception[] } {
  const petitioners = new Map(stored.petitioners.map((p) => [p.id, p]));
  const followUps = new Map<string, CaseEvent[]>();
  for (const event of stored.events) {
    if (event.type !== 'followUp') continue;
    const list = followUps.get(event.petitionId);
    if (list) list.push(event);
    else followUps.set(event.petitionId, [event]);
  }
  return {
    petitions: stored.petitions.map((p) => toStatPetition(p, petitioners, followUps.get(p.id) ?? [])),
    receptions: stored.receptions.map(toStatReception),
  };
}
