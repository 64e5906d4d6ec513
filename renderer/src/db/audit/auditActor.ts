import { SYSTEM_ACTOR_NAME, type AuditRecord } from '../../domain/audit/record';
import type { DeskDatabase } from '../database';
import { currentActor } from '../session';

/**
 * Who an audit record names: always the session's signed-in actor (db/session.ts), never a value a caller hands in;
 * with nobody signed in (a failed sign-in, a locked desk's automatic backup, the first account) the system.
 */
export function auditActor(db: DeskDatabase): Pick<AuditRecord, 'actorId' | 'actorName' | 'actorRole'> {
  const actor = currentActor(db);
  return actor
    ? { actorId: actor.userId, actorName: actor.displayName, actorRole: actor.role }
    : { actorId: null, actorName: SYSTEM_ACTOR_NAME, actorRole: null };
}
