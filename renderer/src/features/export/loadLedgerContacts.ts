import type { DeskDatabase } from '../../db/database';
import { getPetitionDetail } from '../../db/petitions';
import type { LedgerContact } from '../../documents/excel/ledgerWorkbook';

/** Petitions read at once: enough to keep IndexedDB busy without flooding it with transactions. */
const PARALLEL_READS = 16;

/**
 * The petitioners' names, ID numbers and phones of the petitions, for an export the clerk confirmed should carry
 * them. The ledger rows deliberately hold none of these, so each petition is read from the database.
 */
export async function loadLedgerContacts(
  db: DeskDatabase,
  petitionIds: readonly string[],
  onProgress?: (done: number, total: number) => void,
): Promise<Map<string, LedgerContact[]>> {
  const contacts = new Map<string, LedgerContact[]>();
  for (let start = 0; start < petitionIds.length; start += PARALLEL_READS) {
    const batch = petitionIds.slice(start, start + PARALLEL_READS);
    const details = await Promise.all(batch.map((id) => getPetitionDetail(db, id)));
    details.forEach((detail, i) => {
      if (!detail) throw new Error(`信访事项 ${batch[i]} 已不存在，请刷新台账后重新导出`);
      contacts.set(detail.petition.id, detail.petitioners.map((p) => ({ name: p.name, idNumber: p.idNumber, phone: p.phone })));
    });
    onProgress?.(Math.min(start + PARALLEL_READS, petitionIds.length), petitionIds.length);
  }
  return contacts;
}
