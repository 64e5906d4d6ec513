import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DeskDatabase } from '../../../renderer/src/db/database';
import { openKeptSession, resumeKeptSession } from '../../../renderer/src/db/keptSessions';
import { registerPetition } from '../../../renderer/src/db/petitions';
import { currentActor, setActor } from '../../../renderer/src/db/session';
import { loadDraft } from '../../../renderer/src/db/settings';
import {
  changeOwnPassword,
  createFirstAdmin,
  createUser,
  listUsers,
  resetPassword,
  signIn,
  unlockSession,
} from '../../../renderer/src/db/users';
import type { Actor } from '../../../renderer/src/domain/access/account';
import { visit } from '../domain/fixtures';
import { freshDb } from './helpers';

vi.mock('../../../renderer/src/domain/access/password', async (importOriginal) =>
  (await import('./fastPasswords')).fastPasswords(importOriginal),
);

/**
 * Build 9 of issue 11: an account signing in with the password the administrator chose (a new account, or after
 * 重置密码) must set its own before it may do anything else, and the repositories enforce it.
 */
const SLOW = { timeout: 30_000 };
const NOW = new Date(2026, 10, 28, 9, 0);
const REFUSAL = '请先修改初始密码，再使用工作台';

let db: DeskDatabase;
let admin: Actor;
afterEach(() => db.close());

async function deskWithNewClerk(): Promise<string> {
  db = freshDb(null);
  admin = await createFirstAdmin(db, { username: 'admin', displayName: '王丽', password: 'xinfang2026' }, NOW);
  setActor(db, admin);
  const clerk = await createUser(
    db,
    {
      username: 'zhangm',
      displayName: '张敏',
      password: 'jiedai2026',
      role: 'receptionist',
      confidentialAccess: false,
    },
    NOW,
  );
  return clerk.id;
}

describe('an initial password', () => {
  it('is not asked of the first administrator, who chose their own at first run', SLOW, async () => {
    await deskWithNewClerk();
    expect(admin.mustChangePassword).toBeUndefined();
    expect((await signIn(db, 'admin', 'xinfang2026', NOW)).mustChangePassword).toBeUndefined();
  });

  it('marks a new account, whose session may do nothing but change its password, until it has', SLOW, async () => {
    const clerkId = await deskWithNewClerk();
    expect((await listUsers(db)).find((account) => account.id === clerkId)).toMatchObject({ mustChangePassword: true });

    const clerk = await signIn(db, 'zhangm', 'jiedai2026', NOW);
    expect(clerk.mustChangePassword).toBe(true);
    setActor(db, clerk);
    await expect(registerPetition(db, visit(), NOW)).rejects.toThrow(REFUSAL);
    await expect(loadDraft(db, 'registration')).rejects.toThrow(REFUSAL);
    expect(await db.petitions.count()).toBe(0);

    await expect(changeOwnPassword(db, 'jiedai2026', 'jiedai2026', NOW)).rejects.toThrow('新密码不能与原密码相同');
    const changed = await changeOwnPassword(db, 'jiedai2026', 'zhangmin2026', NOW);
    expect(changed).toMatchObject({ userId: clerkId, username: 'zhangm' });
    expect(changed.mustChangePassword).toBeUndefined();
    // The session goes on as the changed account: now it may register.
    expect(currentActor(db)).toEqual(changed);
    await expect(registerPetition(db, visit(), NOW)).resolves.toMatchObject({ regNo: '2026-0001' });
    expect((await db.users.get(clerkId))?.mustChangePassword).toBe(false);
    expect((await signIn(db, 'zhangm', 'zhangmin2026', NOW)).mustChangePassword).toBeUndefined();
  });

  it('is set again by 重置密码, and an unlock or a kept session does not lift it', SLOW, async () => {
    const clerkId = await deskWithNewClerk();
    setActor(db, await signIn(db, 'zhangm', 'jiedai2026', NOW));
    await changeOwnPassword(db, 'jiedai2026', 'zhangmin2026', NOW);

    setActor(db, admin);
    await resetPassword(db, clerkId, 'chongzhi2026', NOW);
    const clerk = await signIn(db, 'zhangm', 'chongzhi2026', NOW);
    expect(clerk.mustChangePassword).toBe(true);
    expect((await unlockSession(db, clerk, 'chongzhi2026', NOW)).mustChangePassword).toBe(true);
    setActor(db, clerk);
    const token = await openKeptSession(db, NOW);
    expect((await resumeKeptSession(db, clerkId, token))?.mustChangePassword).toBe(true);
  });

  it('is recorded in the trail when set and when lifted, never the password', SLOW, async () => {
    const clerkId = await deskWithNewClerk();
    setActor(db, await signIn(db, 'zhangm', 'jiedai2026', NOW));
    await changeOwnPassword(db, 'jiedai2026', 'zhangmin2026', NOW);
    const changes = (await db.audit.orderBy('seq').toArray()).filter(
      (r) => r.entity === 'users' && r.entityId === clerkId,
    );
    expect(changes.map((r) => [r.action, (r.after as { mustChangePassword?: boolean }).mustChangePassword])).toEqual([
      ['create', true],
      ['update', false],
    ]);
    expect(changes[1]?.summary).toContain('（修改密码）');
    expect(JSON.stringify(changes)).not.toContain('zhangmin2026');
  });
});
