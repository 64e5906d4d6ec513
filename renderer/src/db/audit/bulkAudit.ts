import { Dexie } from 'dexie';
import type { BulkAuditMark } from '../../domain/audit/bulk';

/**
 * Marks the running read-write transaction as an import batch's bulk write (or its undo): the audit middleware then
 * records the creates and deletes of the marked tables as one bulk record per table and write (domain/audit/bulk.ts)
 * instead of one record with a full copy per row. Updates stay one record each. Call it inside the transaction, before
 * its writes; the mark ends with the transaction.
 */
export function markBulkAudit(mark: BulkAuditMark): void {
  const trans = Dexie.currentTransaction as { idbtrans?: object } | null;
  if (!trans?.idbtrans) throw new Error('批量审计只能在事务中标记');
  marks.set(trans.idbtrans, mark);
}

/** The mark of a transaction as the audit middleware sees it (the bottom of Dexie's stack: IndexedDB's own). */
export function bulkMarkOf(trans: object): BulkAuditMark | undefined {
  return marks.get(trans);
}

const marks = new WeakMap<object, BulkAuditMark>();
