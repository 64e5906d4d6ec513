import { redactLedgerRow, type LedgerRow } from '../domain/ledgerQuery';
import type { Petition } from '../domain/types';
import { encodeColumns } from '../ledger/codec';
import { ledgerRowsOf, readStoredLedger, rebuildLedgerChunks, type StoredLedger } from '../ledger/persistence';
import type { DeskDatabase } from './database';
import { authorize, maySeeConfidential } from './session';

/**
 * The ledger's index as the desk's repositories and screens use it: the persisted chunks (ledger/) read for the
 * signed-in account, who must hold records.view, with confidential rows redacted unless it holds the grant. No writer
 * keeps the rows: ledger/middleware.ts rewrites them in every transaction that writes what they are read from.
 */

/** The rows as the signed-in account may see them: confidential ones redacted unless it holds the grant. In place. */
function asActorSees(db: DeskDatabase, rows: LedgerRow[]): LedgerRow[] {
  if (maySeeConfidential(db)) return rows;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as LedgerRow;
    if (row.confidentialView !== null) rows[i] = redactLedgerRow(row);
  }
  return rows;
}

/**
 * Rebuilds every chunk from the petitions and petitioners in one transaction and returns the rows in the natural
 * order, as the signed-in account may see them. Slow at 100,000 petitions: only for an index out of step, or after a
 * restore.
 */
export async function rebuildLedgerIndex(db: DeskDatabase): Promise<LedgerRow[]> {
  authorize(db, 'records.view');
  return asActorSees(db, await rebuildLedgerChunks(db));
}

/**
 * The ledger's in-memory index: every petition as a LedgerRow, newest first, read from the chunks. Rebuilds them
 * first when they are out of step with the petitions: a chunk in another format or unreadable, a row count other
 * than the petition count (a petition written or removed without its row, a chunk lost), or the most recently
 * written petition's row differing from what its record gives now.
 * The rows are as the signed-in account may see them: a confidential one is redacted without the grant.
 */
export async function loadLedgerRows(db: DeskDatabase): Promise<LedgerRow[]> {
  authorize(db, 'records.view');
  const checked = checkInStep(await readStoredLedger(db));
  if ('rows' in checked) return asActorSees(db, checked.rows);
  // Not an error for the clerk: the index heals itself. Logged so a drifting writer gets noticed in development.
  console.warn(`台账索引与信访事项不一致，已重建：${checked.problem}`);
  return asActorSees(db, await rebuildLedgerChunks(db));
}

/** The stored rows when they are in step with the petitions (see loadLedgerRows), or why they are not. */
export function checkInStep({ decoded, petitionCount, newestRow }: StoredLedger): StoredLedger['decoded'] {
  if (!('rows' in decoded)) return decoded;
  const { rows } = decoded;
  if (rows.length !== petitionCount) return { problem: `索引有 ${rows.length} 行，信访事项有 ${petitionCount} 件` };
  if (newestRow !== null) {
    const storedRow = rows.find((r) => r.id === newestRow.id);
    if (!storedRow || JSON.stringify(encodeColumns([storedRow])) !== JSON.stringify(encodeColumns([newestRow]))) {
      return { problem: `最近写入的信访事项 ${newestRow.regNo} 的索引行已过时` };
    }
  }
  return decoded;
}

/** Fresh rows for the petitions a change announced (see changes.ts), read from the petitions themselves. */
export async function loadLedgerRowsByIds(db: DeskDatabase, ids: string[]): Promise<LedgerRow[]> {
  authorize(db, 'records.view');
  const rows = await db.transaction('r', [db.petitions, db.petitioners, db.receptions], async () => {
    const petitions = (await db.petitions.bulkGet(ids)).filter((p): p is Petition => p !== undefined);
    return ledgerRowsOf(db, petitions);
  });
  return asActorSees(db, rows);
}
