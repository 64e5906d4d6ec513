import { Dexie } from 'dexie';
import { openDeskDatabase, type DeskDatabase } from '../../../renderer/src/db/database';
import { setActor } from '../../../renderer/src/db/session';
import { addStaffDuty } from '../../../renderer/src/db/settings';
import type { Actor } from '../../../renderer/src/domain/access/account';
import { isBranchBound, type Role } from '../../../renderer/src/domain/access/roles';
import { namedBranchId } from '../../../renderer/src/domain/partyBranches';

/** The actor tests work as unless they sign in someone else: an administrator granted confidential identities. */
export const TEST_ADMIN: Actor = {
  userId: 'u-admin',
  username: 'admin',
  displayName: '测试管理员',
  role: 'admin',
  confidentialAccess: true,
};

/** The branch a test 党支部书记 is bound to: one the default units name (综采一队, unit-1-1-1, the fixtures' unit). */
export const TEST_BRANCH = {
  id: namedBranchId('综采一队党支部'),
  name: '综采一队党支部',
  scopeKey: 'branch:综采一队党支部',
} as const;

/** An account of `role` named `displayName`, granted confidential identities or not; a 党支部书记 bound to TEST_BRANCH. */
export function actorAs(role: Role, displayName = `测试${role}`, confidentialAccess = false): Actor {
  const actor: Actor = {
    userId: `u-${role}-${displayName}`,
    username: `${role}-${displayName}`,
    displayName,
    role,
    confidentialAccess,
  };
  return isBranchBound(role) ? { ...actor, partyBranchId: TEST_BRANCH.id } : actor;
}

/** The test administrator under another name: for tests that read who did something. */
export function adminNamed(displayName: string): Actor {
  return { ...TEST_ADMIN, userId: `u-admin-${displayName}`, displayName };
}

/** Opens (or creates) the database with this name with `actor` (the test administrator unless given) signed in. */
export function openSignedIn(name: string, actor: Actor | null = TEST_ADMIN): DeskDatabase {
  const db = openDeskDatabase(name);
  setActor(db, actor);
  return db;
}

/** A fresh, uniquely named database for one test, with `actor` (the test administrator unless given) signed in. */
export function freshDb(actor: Actor | null = TEST_ADMIN): DeskDatabase {
  return openSignedIn(`t-${crypto.randomUUID()}`, actor);
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

/**
 * The same database as someone with the browser's developer tools sees it: IndexedDB as it is, without the app's
 * middleware (no audit, no append-only trail).
 */
export async function openRaw(db: DeskDatabase): Promise<Dexie> {
  const raw = new Dexie(db.name);
  await raw.open();
  return raw;
}

/** Puts these names on 办理人员 as 包案领导 and 承办人 both, as the 交办 form does before they can be chosen. */
export async function onStaff(db: DeskDatabase, ...names: string[]): Promise<void> {
  for (const name of names) {
    await addStaffDuty(db, name, 'leads');
    await addStaffDuty(db, name, 'handles');
  }
}
