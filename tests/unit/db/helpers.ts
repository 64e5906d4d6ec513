import { openDeskDatabase, type DeskDatabase } from '../../../renderer/src/db/database';
import { setActor } from '../../../renderer/src/db/session';
import type { Actor } from '../../../renderer/src/domain/access/account';

/** The actor tests work as unless they sign in someone else: an administrator granted confidential identities. */
export const TEST_ADMIN: Actor = { userId: 'u-admin', username: 'admin', displayName: '测试管理员', role: 'admin', confidentialAccess: true };

/** A fresh, uniquely named database for one test, with `actor` (the test administrator unless given) signed in. */
export function freshDb(actor: Actor | null = TEST_ADMIN): DeskDatabase {
  const db = openDeskDatabase(`t-${crypto.randomUUID()}`);
  setActor(db, actor);
  return db;
}

/** Row counts of every table that a registration writes, to prove a failed write left nothing behind. */
export async function counts(db: DeskDatabase) {
  return {
    petitions: await db.petitions.count(),
    receptions: await db.receptions.count(),
    petitioners: await db.petitioners.count(),
    caseEvents: await db.caseEvents.count(),
    attachments: await db.attachments.count(),
    settings: await db.settings.count(),
  };
}
