import type { DeskDatabase } from '../../db/database';
import { loadPetitionContacts } from '../../db/identity';
import type { LedgerContact } from '../../documents/excel/ledgerWorkbook';

/** Petitions read per transaction: enough to keep IndexedDB busy, small enough to report progress often. */
const BATCH = 200;

/**
 * The petitioners' names, full ID numbers and phones of the petitions, for an export the clerk confirmed should carry
 * them. The ledger rows deliberately hold none of these, so they are read from the database (records.export and
 * identity.unmask; a confidential petition's read （保密） for an account without the grant).
 */
export async function loadLedgerContacts(
  db: DeskDatabase,
  petitionIds: readonly string[],
  onProgress?: (done: number, total: number) => void,
): Promise<Map<string, LedgerContact[]>> {
  const contacts = new Map<string, LedgerContact[]>();
  for (let start = 0; start < petitionIds.length; start += BATCH) {
    for (const [id, people] of await loadPetitionContacts(db, petitionIds.slice(start, start + BATCH))) contacts.set(id, people);
    onProgress?.(Math.min(start + BATCH, petitionIds.length), petitionIds.length);
  }
  return contacts;
}
