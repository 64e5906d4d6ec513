import type { Actor } from '../../domain/access/account';
import { auditHash, auditSnapshot, GENESIS_HASH } from '../../domain/audit/chain';
import type { AuditAction, AuditRecord } from '../../domain/audit/record';
import { toTimestamp } from '../../domain/dates';
import type { DeskDatabase } from '../database';
import { currentActor } from '../session';

export interface AuditEventInput {
  action: AuditAction;
  entity?: string | null;
  entityId?: string | null;
  summary: string;
  before?: unknown;
  after?: unknown;
  /** Who did it; the signed-in actor when omitted. A failed sign-in has no actor: pass null. */
  actor?: Actor | null;
}

/**
 * Appends one record to the audit chain. Runs inside the caller's transaction when it includes `db.audit` (so the
 * audited change and its record commit together), otherwise in its own. The hash is computed synchronously, so the
 * IndexedDB transaction never waits on anything but itself.
 */
export async function recordAudit(db: DeskDatabase, event: AuditEventInput, now: Date): Promise<AuditRecord> {
  const actor = event.actor === undefined ? currentActor(db) : event.actor;
  return db.transaction('rw', db.audit, async () => {
    const last = await db.audit.orderBy('seq').last();
    const draft: Omit<AuditRecord, 'hash'> = {
      seq: (last?.seq ?? 0) + 1,
      at: toTimestamp(now),
      actorId: actor?.userId ?? null,
      actorName: actor?.displayName ?? '',
      actorRole: actor?.role ?? null,
      action: event.action,
      entity: event.entity ?? null,
      entityId: event.entityId ?? null,
      summary: event.summary,
      ...(event.before === undefined ? {} : { before: auditSnapshot(event.before) }),
      ...(event.after === undefined ? {} : { after: auditSnapshot(event.after) }),
      prevHash: last?.hash ?? GENESIS_HASH,
    };
    const record: AuditRecord = { ...draft, hash: auditHash(draft) };
    await db.audit.add(record);
    return record;
  });
}
