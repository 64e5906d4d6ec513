import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DeskDatabase } from '../../../renderer/src/db/database';
import { closeKeptSession, openKeptSession, resumeKeptSession } from '../../../renderer/src/db/keptSessions';
import { setActor } from '../../../renderer/src/db/session';
import { createFirstAdmin, createUser, listUsers, signIn, updateUser } from '../../../renderer/src/db/users';
import type { Actor } from '../../../renderer/src/domain/access/account';
import { freshDb } from './helpers';

vi.mock('../../../renderer/src/domain/access/password', async (importOriginal) =>
  (await import('./fastPasswords')).fastPasswords(importOriginal),
);

/**
 * Finding 8 of issue 11: the kept session in sessionStorage named only an account id, so writing another account's id
 * there resumed as that account without its password. Now a kept session resumes only with the random token issued to
 * that account at sign-in, whose hash is all the desk stores.
 */
const SLOW = { timeout: 30_000 };
const NOW = new Date(2026, 10, 28, 9, 0);

let db: DeskDatabase;
let admin: Actor;
let clerk: Actor;
afterEach(() => db.close());

/** The first administrator and a 接待员 张敏, who is signed in. */
async function deskWithClerkSignedIn(): Promise<void> {
  db = freshDb(null);
  admin = await createFirstAdmin(db, { username: 'admin', displayName: '王丽', password: 'xinfang2026' }, NOW);
  setActor(db, admin);
  await createUser(
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
  clerk = await signIn(db, 'zhangm', 'jiedai2026', NOW);
  setActor(db, clerk);
}

describe('a kept session (a reload of a signed-in tab)', () => {
  it(
    'resumes only the account its token was issued to: the 接待员’s token is worthless for the administrator',
    SLOW,
    async () => {
      await deskWithClerkSignedIn();
      const token = await openKeptSession(db, NOW);
      setActor(db, null);

      expect(await resumeKeptSession(db, clerk.userId, token)).toEqual(clerk);
      expect(await resumeKeptSession(db, admin.userId, token)).toBeNull();
      expect(await resumeKeptSession(db, admin.userId, 'made-up-token')).toBeNull();
      expect(await resumeKeptSession(db, clerk.userId, `${token}x`)).toBeNull();
      expect(await resumeKeptSession(db, 'no-such-account', token)).toBeNull();
    },
  );

  it(
    'keeps only the token’s hash, and issuing one leaves no account change in the trail or in 账号管理',
    SLOW,
    async () => {
      await deskWithClerkSignedIn();
      const before = await db.audit.count();
      const token = await openKeptSession(db, NOW);
      expect(await db.audit.count()).toBe(before);
      const stored = await db.users.get(clerk.userId);
      expect(stored?.sessionTokens).toHaveLength(1);
      expect(JSON.stringify(stored)).not.toContain(token);

      setActor(db, admin);
      expect((await listUsers(db)).find((account) => account.id === clerk.userId)).not.toHaveProperty('sessionTokens');
    },
  );

  it('is worthless once closed (退出登录, 锁定), and the account’s other tabs keep theirs', SLOW, async () => {
    await deskWithClerkSignedIn();
    const firstTab = await openKeptSession(db, NOW);
    const secondTab = await openKeptSession(db, NOW);
    await closeKeptSession(db, clerk.userId, firstTab);
    expect(await resumeKeptSession(db, clerk.userId, firstTab)).toBeNull();
    expect(await resumeKeptSession(db, clerk.userId, secondTab)).toEqual(clerk);
    // Closing with another account's id does nothing to either.
    await closeKeptSession(db, admin.userId, secondTab);
    expect(await resumeKeptSession(db, clerk.userId, secondTab)).toEqual(clerk);
  });

  it('is issued only to the signed-in account, and never resumes a disabled one', SLOW, async () => {
    await deskWithClerkSignedIn();
    const token = await openKeptSession(db, NOW);
    setActor(db, null);
    await expect(openKeptSession(db, NOW)).rejects.toThrow('请先登录');

    setActor(db, admin);
    await updateUser(db, clerk.userId, { disabled: true }, NOW);
    expect(await resumeKeptSession(db, clerk.userId, token)).toBeNull();
  });

  it('keeps the five newest tokens of an account: a sixth tab pushes out the oldest', SLOW, async () => {
    await deskWithClerkSignedIn();
    const tokens: string[] = [];
    for (let i = 0; i < 6; i++) tokens.push(await openKeptSession(db, new Date(NOW.getTime() + i * 60_000)));
    setActor(db, null);
    expect(await resumeKeptSession(db, clerk.userId, tokens[0] ?? '')).toBeNull();
    for (const token of tokens.slice(1)) expect(await resumeKeptSession(db, clerk.userId, token)).toEqual(clerk);
  });
});
