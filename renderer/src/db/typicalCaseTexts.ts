import type { CaseText } from '../documents/report/typicalCases';
import type { DeskDatabase } from './database';
import { authorize } from './session';

/**
 * The stored text of the report's chosen typical cases (at most a few, chosen from the ledger rows), by petition id:
 * the whole summary, where the row keeps only its first 80 characters, and the petitioners' names to clean out of
 * it. Read for cleaning only (the report prints no name), so a confidential petition's names are read too, whatever
 * the account's grant. A petition no longer on file is left out.
 */
export async function loadTypicalCaseTexts(db: DeskDatabase, petitionIds: readonly string[]): Promise<Map<string, CaseText>> {
  authorize(db, 'statistics.view');
  return db.transaction('r', [db.petitions, db.petitioners], async () => {
    const petitions = (await db.petitions.bulkGet([...new Set(petitionIds)])).flatMap((p) => (p ? [p] : []));
    const people = await db.petitioners.bulkGet([...new Set(petitions.flatMap((p) => p.petitionerIds))]);
    const nameOf = new Map(people.flatMap((p) => (p ? [[p.id, p.name] as const] : [])));
    return new Map(petitions.map((p) => [p.id, { summary: p.summary, petitionerNames: p.petitionerIds.flatMap((id) => nameOf.get(id) ?? []) }]));
  });
}
