import type { Table } from 'dexie';
import { toTimestamp } from '../domain/dates';
import type { DeskDatabase } from './database';

/**
 * Reads one record, lets `change` check it (throwing the refusal) and change it, and stores it with a new updatedAt:
 * one read-write transaction over its table and `tables` (what `change` reads besides). `missing` is thrown when the
 * record no longer exists.
 */
export async function changeRecord<I, R extends I & { updatedAt: string }>(
  db: DeskDatabase,
  table: Table<R, string, I>,
  id: string,
  options: { tables?: Table[]; now: Date; missing: () => Error },
  change: (current: R) => R | Promise<R>,
): Promise<R> {
  return db.transaction('rw', [table, ...(options.tables ?? [])], async () => {
    const current = await table.get(id);
    if (!current) throw options.missing();
    const next: R = { ...(await change(current)), updatedAt: toTimestamp(options.now) };
    await table.put(next);
    return next;
  });
}
