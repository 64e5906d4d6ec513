import { auditSnapshot } from '../../domain/audit/chain';
import type { AuditAction, AuditRecord } from '../../domain/audit/record';
import { toTimestamp } from '../../domain/dates';
import type { DeskDatabase } from '../database';
import { auditActor } from './auditActor';
import type { AuditDraft } from './auditMiddleware';

export interface AuditEventInput {
  action: AuditAction;
  entity?: string | null;
  entityId?: string | null;
  summary: string;
  before?: unknown;
  after?: unknown;
}

/**
 * Appends one record to the audit chain. Runs inside the caller's transaction when it includes `db.audit` (so the
 * audited change and its record commit together), otherwise in its own. The audit middleware numbers, links and
 * hashes it (auditMiddleware.ts), synchronously, so the IndexedDB transaction never waits on anything but itself.
 *
 * The record names the session's actor at the moment of the call (auditActor.ts), read before anything is awaited:
 * there is no argument for it, so no caller can write a record in someone else's name. A caller that clears the
 * session right after the call (the lock) still has the record in the name of whoever was signed in.
 */
export async function recordAudit(db: DeskDatabase, event: AuditEventInput, now: Date): Promise<AuditRecord> {
  const draft: AuditDraft = {
    at: toTimestamp(now),
    ...auditActor(db),
    action: event.action,
    entity: event.entity ?? null,
    entityId: event.entityId ?? null,
    summary: event.summary,
    ...(event.before === undefined ? {} : { before: auditSnapshot(event.before) }),
    ...(event.after === undefined ? {} : { after: auditSnapshot(event.after) }),
  };
  return db.transaction('rw', db.audit, async () => {
    // The middleware replaces seq, prevHash and hash with the record's place in the chain.
    const seq = await db.audit.add({ ...draft, seq: 0, prevHash: '', hash: '' });
    const record = await db.audit.get(seq);
    if (!record) throw new Error(`审计记录 ${seq} 写入后未能读回`);
    return record;
  });
}

/**
 * recordAudit for a file already written (an export, a backup): if the record cannot be written the file still
 * exists, and the message says both.
 */
export async function recordSavedFile(db: DeskDatabase, event: AuditEventInput, now: Date): Promise<AuditRecord> {
  try {
    return await recordAudit(db, event, now);
  } catch (error) {
    throw new Error(`文件已保存，但写入审计记录失败：${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    });
  }
}
