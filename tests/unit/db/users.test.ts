import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DeskDatabase } from '../../../renderer/src/db/database';
import { AccessDeniedError, setActor } from '../../../renderer/src/db/session';
import {
  changeOwnPassword,
  createFirstAdmin,
  createUser,
  hasAnyUser,
  listUsers,
  recordLock,
  recordSignOut,
  resetPassword,
  signIn,
  unlockSession,
  updateUser,
} from '../../../renderer/src/db/users';
import type { Actor } from '../../../renderer/src/domain/access/account';
import { checkPassword, hashPassword, PASSWORD_ITERATIONS } from '../../../renderer/src/domain/access/password';
import { SYSTEM_ACTOR_NAME } from '../../../renderer/src/domain/audit/record';
import { freshDb, TEST_ADMIN } from './helpers';

// 20,000 rounds instead of the real count: see fastPasswords.ts.
vi.mock('../../../renderer/src/domain/access/password', async (importOriginal) =>
  (await import('./fastPasswords')).fastPasswords(importOriginal),
);

const SLOW = { timeout: 30_000 };
const NOW = new Date(2026, 10, 28, 9, 0);
/** The one answer to every refused sign-in (finding 10 of issue 11: 「再输错N次」 named the existing 登录名). */
const REFUSED = /^登录名或密码不正确，或账号已停用或锁定（连续输错5次密码将锁定15分钟）$/;
const minutesLater = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);

let db: DeskDatabase;
afterEach(() => db.close());

async function auditTrail(database: DeskDatabase) {
  return database.audit.orderBy('seq').toArray();
}

/** The sign-in events (登录, 登录失败, 锁定, 解锁, 退出登录); account changes are the audit middleware's records. */
async function sessionTrail(database: DeskDatabase) {
  return (await auditTrail(database)).filter((record) => record.entity === 'session');
}

describe('the first administrator', () => {
  it('is created only while the desk has no account, signed in, and audited without the hash', SLOW, async () => {
    db = freshDb(null);
    expect(await hasAnyUser(db)).toBe(false);
    const actor = await createFirstAdmin(
      db,
      { username: ' Admin ', displayName: '王丽', password: 'xinfang2026' },
      NOW,
    );
    expect(actor).toMatchObject({ username: 'admin', displayName: '王丽', role: 'admin', confidentialAccess: true });
    expect(await hasAnyUser(db)).toBe(true);

    const [stored] = await db.users.toArray();
    expect(stored?.password).toMatchObject({ algorithm: 'PBKDF2-SHA256', iterations: PASSWORD_ITERATIONS });
    expect(JSON.stringify(stored)).not.toContain('xinfang2026');

    await expect(
      createFirstAdmin(db, { username: 'second', displayName: '李明', password: 'xinfang2027' }, NOW),
    ).rejects.toThrow('已有账号，不能再创建首个管理员');
    expect(await db.users.count()).toBe(1);

    const trail = await auditTrail(db);
    // The account was created by nobody (nobody was signed in), then its administrator signed in.
    expect(trail.map((r) => [r.action, r.entity, r.actorName])).toEqual([
      ['create', 'users', SYSTEM_ACTOR_NAME],
      ['signIn', 'session', '王丽'],
    ]);
    expect(trail[0]?.after).toMatchObject({ username: 'admin', role: 'admin', password: '（已隐去）' });
    expect(JSON.stringify(trail)).not.toContain(stored?.password.hash);
    expect(JSON.stringify(trail)).not.toContain('xinfang2026');
  });

  it('refuses bad fields with every problem in Chinese and creates nothing', async () => {
    db = freshDb(null);
    await expect(createFirstAdmin(db, { username: '管', displayName: ' ', password: 'short' }, NOW)).rejects.toThrow(
      '登录名为2至32个字母、数字、下划线、点或连字符，以字母或数字开头；请填写姓名；密码至少8个字符',
    );
    expect(await hasAnyUser(db)).toBe(false);
  });
});

describe('signing in', () => {
  /** The first administrator signed in, who has created a 接待员 张敏. */
  async function deskWithClerk(): Promise<DeskDatabase> {
    const database = freshDb(null);
    setActor(
      database,
      await createFirstAdmin(database, { username: 'admin', displayName: '王丽', password: 'xinfang2026' }, NOW),
    );
    await createUser(
      database,
      {
        username: 'zhangm',
        displayName: '张敏',
        password: 'jiedai2026',
        role: 'receptionist',
        confidentialAccess: false,
      },
      NOW,
    );
    return database;
  }

  it(
    'returns the actor for the right password and audits it; a wrong one is audited with no actor and never the password',
    SLOW,
    async () => {
      db = await deskWithClerk();
      const before = (await sessionTrail(db)).length;
      const actor = await signIn(db, 'ZhangM', 'jiedai2026', NOW);
      expect(actor).toMatchObject({
        username: 'zhangm',
        displayName: '张敏',
        role: 'receptionist',
        confidentialAccess: false,
      });
      await expect(signIn(db, 'zhangm', 'wrong-pass1', NOW)).rejects.toThrow(REFUSED);
      await expect(signIn(db, 'nobody', 'jiedai2026', NOW)).rejects.toThrow(REFUSED);

      const added = (await sessionTrail(db)).slice(before);
      expect(added.map((r) => [r.action, r.actorId, r.actorName])).toEqual([
        ['signIn', actor.userId, '张敏'],
        ['signInFailed', null, SYSTEM_ACTOR_NAME],
        ['signInFailed', null, SYSTEM_ACTOR_NAME],
      ]);
      expect(added[1]?.summary).toContain('zhangm');
      expect(added[2]?.summary).toContain('nobody');
      expect(JSON.stringify(added)).not.toContain('wrong-pass1');
      expect(JSON.stringify(added)).not.toContain('jiedai2026');
    },
  );

  it(
    'locks the account after 5 wrong passwords in a row for 15 minutes, refusing even the right one meanwhile',
    SLOW,
    async () => {
      db = await deskWithClerk();
      for (let i = 1; i <= 4; i++) await expect(signIn(db, 'zhangm', `wrong-pass${i}`, NOW)).rejects.toThrow(REFUSED);
      await expect(signIn(db, 'zhangm', 'wrong-pass5', NOW)).rejects.toThrow(REFUSED);
      expect(await db.users.where('username').equals('zhangm').first()).toMatchObject({
        failedAttempts: 0,
        lockedUntil: '2026-11-28T09:15:00.000',
      });
      await expect(signIn(db, 'zhangm', 'jiedai2026', minutesLater(14))).rejects.toThrow(REFUSED);

      const actor = await signIn(db, 'zhangm', 'jiedai2026', minutesLater(15.01));
      expect(actor.username).toBe('zhangm');
      const account = await db.users.where('username').equals('zhangm').first();
      expect(account).toMatchObject({ failedAttempts: 0, lockedUntil: null });

      const trail = await sessionTrail(db);
      expect(trail.slice(-7).map((r) => r.action)).toEqual([
        'signInFailed',
        'signInFailed',
        'signInFailed',
        'signInFailed',
        'signInFailed',
        'signInFailed',
        'signIn',
      ]);
      expect(trail.at(-3)?.summary).toContain('账号锁定至2026-11-28 09:15');
      expect(trail.at(-2)?.summary).toContain('已锁定');
    },
  );

  it('counts only wrong passwords in a row: a success resets the count', SLOW, async () => {
    db = await deskWithClerk();
    for (let i = 1; i <= 4; i++) await expect(signIn(db, 'zhangm', `wrong-pass${i}`, NOW)).rejects.toThrow();
    await signIn(db, 'zhangm', 'jiedai2026', NOW);
    for (let i = 1; i <= 4; i++) await expect(signIn(db, 'zhangm', `wrong-pass${i}`, NOW)).rejects.toThrow(REFUSED);
    expect((await db.users.where('username').equals('zhangm').first())?.failedAttempts).toBe(4);
  });

  it('refuses a disabled account even with its right password', SLOW, async () => {
    db = await deskWithClerk();
    const clerk = (await listUsers(db)).find((account) => account.username === 'zhangm');
    await updateUser(db, clerk?.id ?? '', { disabled: true }, NOW);
    await expect(signIn(db, 'zhangm', 'jiedai2026', NOW)).rejects.toThrow(REFUSED);
    expect((await auditTrail(db)).at(-1)).toMatchObject({
      action: 'signInFailed',
      entity: 'session',
      actorId: null,
      summary: '登录失败：登录名“zhangm”已停用',
    });
  });

  it(
    'answers an unknown 登录名, a wrong password, a disabled and a locked account alike, while the trail keeps why',
    SLOW,
    async () => {
      db = await deskWithClerk();
      await createUser(
        db,
        { username: 'liuq', displayName: '刘强', password: 'banli2026', role: 'handler', confidentialAccess: false },
        NOW,
      );
      const liu = (await listUsers(db)).find((account) => account.username === 'liuq');
      await updateUser(db, liu?.id ?? '', { disabled: true }, NOW);
      for (let i = 1; i <= 5; i++) await expect(signIn(db, 'zhangm', `wrong-pass${i}`, NOW)).rejects.toThrow();

      const refusals = await Promise.all(
        [
          signIn(db, 'nobody', 'jiedai2026', NOW),
          signIn(db, 'admin', 'wrong-pass1', NOW),
          signIn(db, 'liuq', 'banli2026', NOW),
          signIn(db, 'zhangm', 'jiedai2026', NOW),
        ].map((attempt) =>
          attempt.then(
            () => null,
            (refused: unknown) => refused,
          ),
        ),
      );
      expect(refusals.map((r) => [(r as Error).message, (r as { reason: string }).reason])).toEqual(
        Array(4).fill([(refusals[0] as Error).message, 'refused']),
      );
      expect((refusals[0] as Error).message).toMatch(REFUSED);
      // Only the existing account's counter moved: the lockout still counts per account.
      expect((await db.users.where('username').equals('admin').first())?.failedAttempts).toBe(1);
      const summaries = (await sessionTrail(db)).slice(-4).map((r) => r.summary);
      expect(summaries).toEqual(
        expect.arrayContaining([
          '登录失败：登录名“nobody”不存在',
          '登录失败：登录名“admin”密码错误（连续第1次）',
          '登录失败：登录名“liuq”已停用',
          '登录失败：登录名“zhangm”已锁定',
        ]),
      );
    },
  );

  it('records 锁定 and 退出登录 as the actor who was working', SLOW, async () => {
    db = await deskWithClerk();
    const clerk = await signIn(db, 'zhangm', 'jiedai2026', NOW);
    // As the session gate does: the lock is recorded, and the session cleared right after the call.
    const locked = recordLock(db, 'idle', NOW);
    setActor(db, null);
    await locked;
    await unlockSession(db, clerk, 'jiedai2026', NOW);
    const lockedAgain = recordLock(db, 'screen', NOW);
    setActor(db, null);
    await lockedAgain;
    setActor(db, clerk);
    await recordSignOut(db, NOW);
    const trail = (await sessionTrail(db)).slice(-4);
    expect(trail.map((r) => [r.action, r.actorName, r.actorRole])).toEqual([
      ['lock', '张敏', 'receptionist'],
      ['unlock', '张敏', 'receptionist'],
      ['lock', '张敏', 'receptionist'],
      ['signOut', '张敏', 'receptionist'],
    ]);
    expect(trail[0]?.summary).toBe('张敏的工作台已锁定（空闲超时）');
    expect(trail[2]?.summary).toBe('张敏的工作台已锁定（系统锁屏）');
  });

  it('re-hashes an account made with fewer rounds at its next successful sign-in', SLOW, async () => {
    db = await deskWithClerk();
    const clerk = await db.users.where('username').equals('zhangm').first();
    await db.users.update(clerk?.id ?? '', { password: await hashPassword('jiedai2026', 10_000) });
    await signIn(db, 'zhangm', 'jiedai2026', NOW);
    const after = await db.users.get(clerk?.id ?? '');
    expect(after?.password.iterations).toBe(PASSWORD_ITERATIONS);
    expect(await checkPassword('jiedai2026', after!.password)).toBe(true);
  });

  it('unlocks a locked desk only with the user’s own password, counting wrong ones like sign-ins', SLOW, async () => {
    db = await deskWithClerk();
    const clerk = await signIn(db, 'zhangm', 'jiedai2026', NOW);
    await expect(unlockSession(db, clerk, 'xinfang2026', NOW)).rejects.toMatchObject({ reason: 'wrongPassword' });
    expect(await unlockSession(db, clerk, 'jiedai2026', NOW)).toEqual(clerk);
    expect((await sessionTrail(db)).slice(-2).map((r) => r.action)).toEqual(['signInFailed', 'unlock']);
    const stored = (await db.users.get(clerk.userId))!.password;
    expect(await checkPassword('jiedai2026', stored)).toBe(true);
    expect(await checkPassword('jiedai2027', stored)).toBe(false);
  });
});

describe('account management', () => {
  const RECEPTIONIST: Actor = {
    userId: 'u-r',
    username: 'r',
    displayName: '接待员甲',
    role: 'receptionist',
    confidentialAccess: false,
  };

  it('is the administrator’s alone: a 接待员 and nobody at all are refused by the repository', async () => {
    db = freshDb(RECEPTIONIST);
    await expect(listUsers(db)).rejects.toThrow(AccessDeniedError);
    await expect(listUsers(db)).rejects.toThrow('当前账号（接待员）无权管理账号和角色');
    await expect(
      createUser(
        db,
        { username: 'x1', displayName: '甲', password: 'jiedai2026', role: 'admin', confidentialAccess: true },
        NOW,
      ),
    ).rejects.toThrow(AccessDeniedError);
    await expect(updateUser(db, 'u-r', { role: 'admin' }, NOW)).rejects.toThrow(AccessDeniedError);
    await expect(resetPassword(db, 'u-r', 'jiedai2027', NOW)).rejects.toThrow(AccessDeniedError);
    db.close();
    db = freshDb(null);
    await expect(listUsers(db)).rejects.toThrow('请先登录');
    expect(await db.users.count()).toBe(0);
  });

  it('lists accounts without their password hashes and refuses a taken 登录名', SLOW, async () => {
    db = freshDb();
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
    await expect(
      createUser(
        db,
        {
          username: 'ZhangM',
          displayName: '张敏二',
          password: 'jiedai2026',
          role: 'handler',
          confidentialAccess: false,
        },
        NOW,
      ),
    ).rejects.toThrow('登录名“zhangm”已被使用');
    const accounts = await listUsers(db);
    expect(accounts).toHaveLength(1);
    expect(accounts[0]).not.toHaveProperty('password');
    expect(accounts[0]).toMatchObject({ username: 'zhangm', role: 'receptionist', disabled: false });
    const trail = await auditTrail(db);
    expect(trail.map((r) => [r.action, r.entity, r.actorName])).toEqual([['create', 'users', '测试管理员']]);
    expect(JSON.stringify(trail)).not.toContain('PBKDF2');
  });

  it(
    'keeps one enabled administrator: the last one can be neither disabled nor demoted, and nobody disables themself',
    SLOW,
    async () => {
      db = freshDb(null);
      const admin = await createFirstAdmin(
        db,
        { username: 'admin', displayName: '王丽', password: 'xinfang2026' },
        NOW,
      );
      setActor(db, admin);
      await expect(updateUser(db, admin.userId, { role: 'handler' }, NOW)).rejects.toThrow(
        '至少要保留一个启用的管理员账号',
      );
      await expect(updateUser(db, admin.userId, { disabled: true }, NOW)).rejects.toThrow('不能停用当前登录的账号');

      const second = await createUser(
        db,
        { username: 'liming', displayName: '李明', password: 'guanli2026', role: 'admin', confidentialAccess: false },
        NOW,
      );
      await updateUser(db, second.id, { disabled: true }, NOW);
      await expect(updateUser(db, admin.userId, { role: 'leader' }, NOW)).rejects.toThrow(
        '至少要保留一个启用的管理员账号',
      );
      await updateUser(db, second.id, { disabled: false }, NOW);
      const demoted = await updateUser(
        db,
        admin.userId,
        { role: 'leader', displayName: ' 王丽丽 ', confidentialAccess: false },
        NOW,
      );
      expect(demoted).toMatchObject({ role: 'leader', displayName: '王丽丽', confidentialAccess: false });
      expect(demoted).not.toHaveProperty('password');
      const last = (await auditTrail(db)).at(-1);
      expect(last).toMatchObject({ action: 'update', before: { role: 'admin' }, after: { role: 'leader' } });
      expect(JSON.stringify(last)).not.toContain('PBKDF2');
    },
  );

  it('resets a password (lifting a lockout) and lets users change their own only with the old one', SLOW, async () => {
    db = freshDb();
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
    for (let i = 1; i <= 5; i++) await expect(signIn(db, 'zhangm', `wrong-pass${i}`, NOW)).rejects.toThrow();
    // A sign-in starts a new session: the administrator signs in again.
    setActor(db, TEST_ADMIN);
    await expect(resetPassword(db, clerk.id, 'short', NOW)).rejects.toThrow('密码至少8个字符');
    await resetPassword(db, clerk.id, 'chongzhi2026', NOW);
    await expect(signIn(db, 'zhangm', 'jiedai2026', NOW)).rejects.toThrow(REFUSED);
    const actor = await signIn(db, 'zhangm', 'chongzhi2026', NOW);

    setActor(db, actor);
    await expect(changeOwnPassword(db, 'jiedai2026', 'xinmima2026', NOW)).rejects.toThrow('原密码不正确');
    await expect(changeOwnPassword(db, 'chongzhi2026', 'chongzhi2026', NOW)).rejects.toThrow('新密码不能与原密码相同');
    await changeOwnPassword(db, 'chongzhi2026', 'xinmima2026', NOW);
    expect(await checkPassword('xinmima2026', (await db.users.get(actor.userId))!.password)).toBe(true);
    const passwordChanges = (await auditTrail(db)).filter((r) => r.summary.endsWith('（修改密码）'));
    expect(passwordChanges.map((r) => r.actorName)).toEqual(['测试管理员', '张敏']);
    expect(JSON.stringify(passwordChanges)).not.toContain('PBKDF2');
  });

  it(
    'counts a wrong old password in 修改密码 like a wrong sign-in: audited, and five lock the account',
    SLOW,
    async () => {
      db = freshDb();
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
      const clerk = await signIn(db, 'zhangm', 'jiedai2026', NOW);
      await expect(changeOwnPassword(db, 'guess-0001', 'xinmima2026', NOW)).rejects.toThrow(
        '原密码不正确，再输错4次账号将锁定15分钟',
      );
      for (let i = 2; i <= 4; i++)
        await expect(changeOwnPassword(db, `guess-000${i}`, 'xinmima2026', NOW)).rejects.toThrow('原密码不正确');
      await expect(changeOwnPassword(db, 'guess-0005', 'xinmima2026', NOW)).rejects.toThrow(
        '密码连续输错5次，账号已锁定15分钟',
      );
      // Locked: the right old password is refused too, and so is signing in elsewhere, until the lockout ends.
      await expect(changeOwnPassword(db, 'jiedai2026', 'xinmima2026', NOW)).rejects.toThrow('账号已锁定');
      await expect(signIn(db, 'zhangm', 'jiedai2026', minutesLater(1))).rejects.toThrow(REFUSED);
      const failures = (await sessionTrail(db)).filter((r) => r.action === 'signInFailed').map((r) => r.summary);
      expect(failures).toHaveLength(7);
      expect(failures[0]).toBe('修改密码时核对原密码失败：登录名“zhangm”密码错误（连续第1次）');
      // The failed sign-in started a new session; the clerk is back at the desk.
      setActor(db, clerk);
      await changeOwnPassword(db, 'jiedai2026', 'xinmima2026', minutesLater(16));
      expect(await signIn(db, 'zhangm', 'xinmima2026', minutesLater(16))).toMatchObject({ username: 'zhangm' });
    },
  );
});
