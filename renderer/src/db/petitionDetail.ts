import { isConfidential } from '../domain/access/confidential';
import { hidePetitioner, maskPetitioner, unlinkedPetitioner } from '../domain/access/identity';
import { confidentialScrubber } from '../domain/access/scrubIdentity';
import type { CaseEvent, Petition, Petitioner } from '../domain/types';
import type { PetitionDetail } from '../domain/petitionDetail';
import type { DeskDatabase } from './database';
import { authorize, maySeeConfidential } from './session';

/** The case with its people as the signed-in account may see them (records.view): masked, or hidden when 保密. */
export async function getPetitionDetail(db: DeskDatabase, id: string): Promise<PetitionDetail | null> {
  authorize(db, 'records.view');
  const stored = await db.transaction(
    'r',
    [db.petitions, db.receptions, db.petitioners, db.attachments, db.caseEvents, db.categories, db.units],
    async () => {
      const petition = await db.petitions.get(id);
      if (!petition) return null;
      const [receptions, people, attachments, events] = await Promise.all([
        db.receptions.where('petitionId').equals(id).sortBy('receivedAt'),
        db.petitioners.bulkGet(petition.petitionerIds),
        db.attachments.where('petitionId').equals(id).sortBy('createdAt'),
        db.caseEvents.where('petitionId').equals(id).sortBy('at'),
      ]);
      const category = petition.categoryId ? ((await db.categories.get(petition.categoryId)) ?? null) : null;
      const parentCategory = category?.parentId ? ((await db.categories.get(category.parentId)) ?? null) : null;
      const unit = petition.unitId ? ((await db.units.get(petition.unitId)) ?? null) : null;
      const petitioners = people.filter((p): p is Petitioner => p !== undefined);
      const infos = attachments.map(({ data: _data, ...info }) => info);
      return {
        petition,
        receptions,
        petitioners,
        attachments: infos,
        events,
        category,
        parentCategory,
        unit,
        identityHidden: false,
      };
    },
  );
  if (!stored) return null;
  const granted = maySeeConfidential(db);
  // The search text holds the phones in full and the page does not search: it is left out.
  const withoutSearchText = {
    ...stored,
    petition: { ...stored.petition, searchText: '' },
    petitioners: granted ? stored.petitioners : stored.petitioners.map(unlinkedPetitioner),
  };
  if (isConfidential(stored.petition) && !granted) return hiddenDetail(withoutSearchText);
  return { ...withoutSearchText, petitioners: withoutSearchText.petitioners.map(maskPetitioner) };
}

/** Every string inside an event's data, scrubbed; the rest (numbers, dates, flags) as it is. */
function scrubValue(value: unknown, scrub: (text: string) => string): unknown {
  if (typeof value === 'string') return scrub(value);
  if (Array.isArray(value)) return value.map((v) => scrubValue(v, scrub));
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scrubValue(v, scrub)]));
  return value;
}

/** Per-case aliases for a confidential petition's people, so nothing links them to their other petitions. */
function aliasesOf(petition: Petition): (id: string) => string {
  const aliases = new Map(petition.petitionerIds.map((id, i) => [id, `confidential-${i + 1}`]));
  return (id) => aliases.get(id) ?? 'confidential';
}

function hiddenPetition(petition: Petition, scrub: (text: string) => string, alias: (id: string) => string): Petition {
  return {
    ...petition,
    petitionerIds: petition.petitionerIds.map(alias),
    representativeIds: petition.representativeIds.map(alias),
    summary: scrub(petition.summary),
    demands: scrub(petition.demands),
    searchText: '',
  };
}

const hiddenEvent = (e: CaseEvent, scrub: (text: string) => string): CaseEvent => ({
  ...e,
  text: scrub(e.text),
  data: e.data === null ? null : (scrubValue(e.data, scrub) as Record<string, unknown>),
});

/**
 * The case as an account without the grant may see a confidential one. The people get per-case aliases instead of
 * their ids, so nothing links them to the same person on other petitions.
 */
function hiddenDetail(detail: PetitionDetail): PetitionDetail {
  const scrub = confidentialScrubber(detail.petitioners);
  const alias = aliasesOf(detail.petition);
  return {
    ...detail,
    petition: hiddenPetition(detail.petition, scrub, alias),
    petitioners: detail.petitioners.map((p) => hidePetitioner(p, alias(p.id))),
    receptions: detail.receptions.map((r) => ({
      ...r,
      petitionerIds: r.petitionerIds.map(alias),
      note: scrub(r.note),
    })),
    attachments: detail.attachments.map((a) => ({ ...a, name: scrub(a.name) })),
    events: detail.events.map((e) => hiddenEvent(e, scrub)),
    identityHidden: true,
  };
}

/**
 * What a write on a petition gives back (a write's result is a read too): as stored, but a confidential petition, for
 * an account without the grant, as getPetitionDetail shows it: texts and the event written scrubbed, people as
 * per-case aliases, no search text. Call after the write's transaction.
 */
export async function asSeenAfterWrite(db: DeskDatabase, petition: Petition): Promise<Petition>;
export async function asSeenAfterWrite(
  db: DeskDatabase,
  petition: Petition,
  event: CaseEvent,
): Promise<{ petition: Petition; event: CaseEvent }>;
export async function asSeenAfterWrite(
  db: DeskDatabase,
  petition: Petition,
  event?: CaseEvent,
): Promise<Petition | { petition: Petition; event: CaseEvent }> {
  let seen: { petition: Petition; event?: CaseEvent } = { petition, event };
  if (isConfidential(petition) && !maySeeConfidential(db)) {
    const people = (await db.petitioners.bulkGet(petition.petitionerIds)).filter(
      (p): p is Petitioner => p !== undefined,
    );
    const scrub = confidentialScrubber(people);
    seen = {
      petition: hiddenPetition(petition, scrub, aliasesOf(petition)),
      event: event && hiddenEvent(event, scrub),
    };
  }
  return seen.event ? { petition: seen.petition, event: seen.event } : seen.petition;
}
