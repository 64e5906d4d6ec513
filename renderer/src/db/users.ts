import { actorOf, type Actor, type UserAccount } from '../domain/access/account';
import {
  displayNameProblem,
  LOCK_MINUTES,
  MAX_FAILED_ATTEMPTS,
  normalizeUsername,
  usernameProblem,
} from '../domain/access/accountRules';
import {
  checkPassword,
  hashPassword,
  needsRehash,
  PASSWORD_ITERATIONS,
  passwordProblem,
} from '../domain/access/password';
import { isBranchBound, ROLES, type Role } from '../domain/access/roles';
import { formatDateTime, toTimestamp } from '../domain/dates';
import { cleanText } from '../domain/xmlSafeText';
import { recordAudit, type AuditEventInput } from './audit/recordAudit';
import type { DeskDatabase } from './database';
import { isStorageFull, MissingRecordError, StorageFullError } from './errors';
import { readPartyBranches, rememberPartyBranches } from './partyBranches';
import { reportStorageFull } from './storageHealth';
import { authorize, currentActor, requireSignedIn, setActor } from './session';

/*
 * Local accounts (账号). Every change to an account is recorded by the audit middleware (audit/auditMiddleware.ts, the
 * password hidden); the sign-in events (登录, 登录失败, 锁定, 解锁, 退出登录) are recorded here.
 */

/** An account as the UI may see it: never the password hash nor the kept sessions' token hashes. */
export type AccountView = Omit<UserAccount, 'password' | 'sessionTokens'>;

export interface FirstAdminInput {
  username: string;
  displayName: string;
  password: string;
}

export interface NewAccountInput extends FirstAdminInput {
  role: Role;
  confidentialAccess: boolean;
  /** 所属党支部, for a branch-bound role (党支部书记); ignored for the others. */
  partyBranchId?: string | null;
}

/** What 账号管理 may change on an account (the password has its own function). */
export type AccountPatch = Partial<Pick<UserAccount, 'displayName' | 'role' | 'disabled' | 'confidentialAccess'>> & {
  partyBranchId?: string | null;
};

export function accountView(account: UserAccount): AccountView {
  const { password: _hash, sessionTokens: _tokens, ...view } = account;
  return view;
}

export async function hasAnyUser(db: DeskDatabase): Promise<boolean> {
  return (await db.users.count()) > 0;
}

const FIRST_ADMIN_REFUSED = '已有账号，不能再创建首个管理员：请用管理员账号登录后在“设置 → 账号管理”中添加账号';

/**
 * 首次运行: creates the administrator when the desk has no account at all (refused otherwise), and signs them in. The
 * first administrator is granted the confidential identities: someone must be able to see them and grant them.
 */
export async function createFirstAdmin(db: DeskDatabase, input: FirstAdminInput, now: Date): Promise<Actor> {
  const username = checkNewAccount(input);
  if (await hasAnyUser(db)) throw new Error(FIRST_ADMIN_REFUSED);
  // Hashed before the transaction: IndexedDB commits a transaction that waits on anything but itself.
  const password = await hashPassword(input.password);
  return db.transaction('rw', db.users, db.audit, async () => {
    if (await hasAnyUser(db)) throw new Error(FIRST_ADMIN_REFUSED);
    const account = newAccount({ ...input, username, role: 'admin', confidentialAccess: true }, password, now);
    // The audit middleware records the new account (by the system: nobody was signed in); then its first sign-in.
    await db.users.add(account);
    const actor = actorOf(account);
    await recordSignedIn(
      db,
      actor,
      {
        action: 'signIn',
        entity: 'session',
        entityId: account.id,
        summary: `${account.displayName}（${account.username}）首次运行，创建管理员账号并登录`,
      },
      now,
    );
    return actor;
  });
}

/** Refused sign-in or unlock; the message is shown as is. */
export class SignInError extends Error {
  constructor(
    readonly reason: 'refused' | 'unknown' | 'wrongPassword' | 'locked' | 'disabled',
    message: string,
  ) {
    super(message);
    this.name = 'SignInError';
  }
}

const WRONG_CREDENTIALS = '登录名或密码不正确';

/**
 * The one answer to every refused sign-in: an unknown 登录名, a wrong password, a disabled or a locked account. Told
 * apart, they would say which 登录名 exist (finding 10 of issue 11); the audit trail still records which it was.
 */
export const SIGN_IN_REFUSED = `登录名或密码不正确，或账号已停用或锁定（连续输错${MAX_FAILED_ATTEMPTS}次密码将锁定${LOCK_MINUTES}分钟）`;

/**
 * Checked for an unknown 登录名, so that its refusal costs one hash as a real account's does: made-up bytes, which no
 * known password hashes to.
 */
function decoyHash(): UserAccount['password'] {
  return {
    algorithm: 'PBKDF2-SHA256',
    iterations: PASSWORD_ITERATIONS,
    salt: 'ZGVjb3ktc2FsdC0xMTExMQ==',
    hash: 'bm8tcGFzc3dvcmQtaGFzaGVzLXRvLXRoaXMtdmFsdWU=',
  };
}

/**
 * 登录. Every attempt is an audit record, written in the same transaction as the account's counter: 5 wrong passwords
 * in a row lock the account for 15 minutes, during which even the right one is refused; success resets the count.
 * A failed attempt has no actor and names the 登录名 tried, never the password. Every refusal reads the same.
 */
export async function signIn(db: DeskDatabase, username: string, password: string, now: Date): Promise<Actor> {
  // A sign-in starts a new session (the sign-in screen shows only when nobody is signed in): until it succeeds, nobody
  // is, and a failed attempt is recorded by the system, not in the name of whoever was signed in before.
  setActor(db, null);
  const name = normalizeUsername(username).slice(0, 40);
  const account = name === '' ? undefined : await db.users.where('username').equals(name).first();
  if (!account) {
    await checkPassword(password, decoyHash());
    await recordAudit(
      db,
      { action: 'signInFailed', entity: 'session', summary: `登录失败：登录名“${name}”不存在` },
      now,
    );
    throw new SignInError('refused', SIGN_IN_REFUSED);
  }
  try {
    return await attempt(db, account, password, now, 'signIn');
  } catch (refused) {
    throw refused instanceof SignInError ? new SignInError('refused', SIGN_IN_REFUSED) : refused;
  }
}

/** 解锁: the locked desk's own user, with their password; counted and audited like a sign-in. */
export async function unlockSession(db: DeskDatabase, actor: Actor, password: string, now: Date): Promise<Actor> {
  const account = await db.users.get(actor.userId);
  if (!account) throw new SignInError('unknown', '该账号已不存在，请退出后用其他账号登录');
  return attempt(db, account, password, now, 'unlock');
}

export type LockReason = 'idle' | 'manual' | 'screen';
const LOCK_REASONS: Record<LockReason, string> = { idle: '空闲超时', manual: '手动锁定', screen: '系统锁屏' };

/**
 * 锁定: audited as the signed-in actor, read synchronously when it is called (an async function runs up to its first
 * await at once, and recordAudit reads the actor before its own), so the caller may clear the session's actor right
 * after the call without waiting for the record.
 */
export async function recordLock(db: DeskDatabase, reason: LockReason, now: Date): Promise<void> {
  const actor = requireSignedIn(db);
  await recordAudit(
    db,
    {
      action: 'lock',
      entity: 'session',
      entityId: actor.userId,
      summary: `${actor.displayName}的工作台已锁定（${LOCK_REASONS[reason]}）`,
    },
    now,
  );
}

/** 退出登录: audited as the signed-in actor leaving; the caller then clears the session. */
export async function recordSignOut(db: DeskDatabase, now: Date): Promise<void> {
  const actor = requireSignedIn(db);
  await recordAudit(
    db,
    {
      action: 'signOut',
      entity: 'session',
      entityId: actor.userId,
      summary: `${actor.displayName}（${actor.username}）退出登录`,
    },
    now,
  );
}

/**
 * 登录成功 and 解锁 are the account's own acts: the session becomes the account for the record (the audit actor is
 * always the session's), inside the caller's transaction; if the record is not written, the session is as it was.
 */
async function recordSignedIn(db: DeskDatabase, actor: Actor, event: AuditEventInput, now: Date): Promise<void> {
  const before = currentActor(db);
  setActor(db, actor);
  try {
    await recordAudit(db, event, now);
  } catch (error) {
    setActor(db, before);
    throw error;
  }
}

/** What a password is typed for: each is counted towards the same lockout and audited when it fails. */
type PasswordCheck = 'signIn' | 'unlock' | 'changePassword';
const CHECK_VERBS: Record<PasswordCheck, string> = {
  signIn: '登录',
  unlock: '解锁',
  changePassword: '修改密码时核对原密码',
};

async function attempt(
  db: DeskDatabase,
  found: UserAccount,
  password: string,
  now: Date,
  mode: PasswordCheck,
): Promise<Actor> {
  const verb = CHECK_VERBS[mode];
  const wrong = mode === 'changePassword' ? '原密码不正确' : WRONG_CREDENTIALS;
  // Hashed even while locked, so the time taken does not tell a locked account; a right password is then refused all
  // the same, so guessing while locked learns nothing. Hashing is outside the transaction.
  const matches = await checkPassword(password, found.password);
  const correct = lockedUntil(found, now) === null && matches;
  const rehash = correct && needsRehash(found.password) ? await hashPassword(password) : null;
  const outcome = await db
    .transaction('rw', db.users, db.audit, async (): Promise<Actor | SignInError> => {
      const account = await db.users.get(found.id);
      const fail = async (error: SignInError, why: string) => {
        await recordAudit(
          db,
          {
            action: 'signInFailed',
            entity: 'session',
            entityId: found.id,
            summary: `${verb}失败：登录名“${found.username}”${why}`,
          },
          now,
        );
        return error;
      };
      if (!account) return fail(new SignInError('unknown', WRONG_CREDENTIALS), '已不存在');
      const until = lockedUntil(account, now);
      if (until) return fail(new SignInError('locked', `账号已锁定，请于${formatDateTime(until)}后再试`), '已锁定');
      if (!correct) {
        const failed = account.failedAttempts + 1;
        if (failed >= MAX_FAILED_ATTEMPTS) {
          const lockEnd = toTimestamp(new Date(now.getTime() + LOCK_MINUTES * 60_000));
          await db.users.update(account.id, { failedAttempts: 0, lockedUntil: lockEnd });
          const message = `密码连续输错${MAX_FAILED_ATTEMPTS}次，账号已锁定${LOCK_MINUTES}分钟，请于${formatDateTime(lockEnd)}后再试`;
          return fail(
            new SignInError('locked', message),
            `密码错误（连续第${failed}次），账号锁定至${formatDateTime(lockEnd)}`,
          );
        }
        await db.users.update(account.id, { failedAttempts: failed, lockedUntil: null });
        const left = MAX_FAILED_ATTEMPTS - failed;
        return fail(
          new SignInError('wrongPassword', `${wrong}，再输错${left}次账号将锁定${LOCK_MINUTES}分钟`),
          `密码错误（连续第${failed}次）`,
        );
      }
      if (account.disabled) return fail(new SignInError('disabled', '该账号已停用，请联系管理员'), '已停用');
      // Written only when something changes: the audit middleware records every change to an account.
      if (account.failedAttempts !== 0 || account.lockedUntil !== null || rehash) {
        await db.users.update(account.id, {
          failedAttempts: 0,
          lockedUntil: null,
          ...(rehash ? { password: rehash } : {}),
        });
      }
      const actor = actorOf(account);
      // A changed password is recorded by the change itself (the audit middleware), not as a session event.
      if (mode !== 'changePassword') {
        await recordSignedIn(
          db,
          actor,
          {
            action: mode,
            entity: 'session',
            entityId: account.id,
            summary: `${account.displayName}（${account.username}）${verb}`,
          },
          now,
        );
      }
      return actor;
    })
    .catch((error: unknown) => admitWithoutAudit(error, found, correct, mode, now));
  if (outcome instanceof SignInError) throw outcome;
  return outcome;
}

/**
 * The sign-in's transaction failed. When for want of space (docs/security.md, "Storage full"), an enabled,
 * unlocked administrator whose password was verified is let in without the record, so someone can still export a
 * backup and free space; the desk shows the full-storage banner. Anyone else gets the Chinese message.
 */
function admitWithoutAudit(
  error: unknown,
  found: UserAccount,
  correct: boolean,
  mode: PasswordCheck,
  now: Date,
): Actor {
  if (!isStorageFull(error)) throw error;
  reportStorageFull();
  const admissible =
    correct &&
    mode !== 'changePassword' &&
    found.role === 'admin' &&
    !found.disabled &&
    lockedUntil(found, now) === null;
  if (!admissible) throw new StorageFullError(error);
  return actorOf(found);
}

/** The end of an account's lockout while it lasts, else null. */
function lockedUntil(account: UserAccount, now: Date): string | null {
  return account.lockedUntil !== null && account.lockedUntil > toTimestamp(now) ? account.lockedUntil : null;
}

/** 账号管理: every account, oldest first, without password hashes. */
export async function listUsers(db: DeskDatabase): Promise<AccountView[]> {
  authorize(db, 'users.manage');
  const accounts = await db.users.toArray();
  return accounts
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.username.localeCompare(b.username))
    .map(accountView);
}

export async function createUser(db: DeskDatabase, input: NewAccountInput, now: Date): Promise<AccountView> {
  authorize(db, 'users.manage');
  const username = checkNewAccount(input);
  if (!(ROLES as readonly string[]).includes(input.role)) throw new Error('请选择角色');
  await refuseTakenUsername(db, username);
  const password = await hashPassword(input.password);
  return db.transaction('rw', [db.users, db.audit, db.settings, db.units], async () => {
    await refuseTakenUsername(db, username);
    // The administrator chose this password: the account sets its own at its first sign-in.
    const created: UserAccount = { ...newAccount({ ...input, username }, password, now), mustChangePassword: true };
    const account = await withBranch(db, created, input.partyBranchId ?? null, null);
    await db.users.add(account);
    return accountView(account);
  });
}

/**
 * Changes 姓名, 角色, 停用 or 保密授权. The desk always keeps one enabled administrator (else nobody could manage
 * accounts again), and nobody disables the account they are signed in with.
 */
export async function updateUser(db: DeskDatabase, id: string, patch: AccountPatch, now: Date): Promise<AccountView> {
  const actor = authorize(db, 'users.manage');
  if (patch.displayName !== undefined) {
    const problem = displayNameProblem(patch.displayName);
    if (problem) throw new Error(problem);
  }
  if (patch.role !== undefined && !(ROLES as readonly string[]).includes(patch.role)) throw new Error('请选择角色');
  return db.transaction('rw', [db.users, db.audit, db.settings, db.units], async () => {
    const account = await getAccount(db, id);
    const changed: UserAccount = {
      ...account,
      ...(patch.displayName === undefined ? {} : { displayName: cleanText(patch.displayName) }),
      ...(patch.role === undefined ? {} : { role: patch.role }),
      ...(patch.disabled === undefined ? {} : { disabled: patch.disabled }),
      ...(patch.confidentialAccess === undefined ? {} : { confidentialAccess: patch.confidentialAccess }),
      updatedAt: toTimestamp(now),
    };
    const next = await withBranch(
      db,
      changed,
      patch.partyBranchId === undefined ? (account.partyBranchId ?? null) : patch.partyBranchId,
      account,
    );
    if (next.disabled && !account.disabled && id === actor.userId) throw new Error('不能停用当前登录的账号');
    const isEnabledAdmin = (a: UserAccount) => a.role === 'admin' && !a.disabled;
    if (isEnabledAdmin(account) && !isEnabledAdmin(next)) {
      const others = await db.users.filter((other) => other.id !== id && isEnabledAdmin(other)).count();
      if (others === 0) throw new Error('至少要保留一个启用的管理员账号：不能停用最后一个管理员，也不能改变其角色');
    }
    await db.users.put(next);
    return accountView(next);
  });
}

/**
 * 重置密码 by the administrator; also lifts a lockout, and the account must set its own password at its next sign-in.
 * The trail says it happened, never what either hash was.
 */
export async function resetPassword(db: DeskDatabase, id: string, newPassword: string, now: Date): Promise<void> {
  authorize(db, 'users.manage');
  const account = await getAccount(db, id);
  const problem = passwordProblem(newPassword, account.username);
  if (problem) throw new Error(problem);
  const password = await hashPassword(newPassword);
  await db.transaction('rw', db.users, db.audit, async () => {
    const current = await getAccount(db, id);
    await db.users.put({
      ...current,
      password,
      failedAttempts: 0,
      lockedUntil: null,
      mustChangePassword: true,
      updatedAt: toTimestamp(now),
    });
  });
}

/**
 * 修改密码 by the signed-in user, who must know the current one. A wrong one counts towards the lockout and is audited
 * like a wrong sign-in, so an unlocked desk is no place to guess a password. The only thing a session that must
 * change its initial password may do: it lifts that, and the session goes on as the changed account (returned).
 */
export async function changeOwnPassword(
  db: DeskDatabase,
  oldPassword: string,
  newPassword: string,
  now: Date,
): Promise<Actor> {
  const actor = requireSignedIn(db);
  if (oldPassword === newPassword) throw new Error('新密码不能与原密码相同');
  const problem = passwordProblem(newPassword, actor.username);
  if (problem) throw new Error(problem);
  const account = await db.users.get(actor.userId);
  if (!account) throw new SignInError('unknown', '该账号已不存在，请退出后用其他账号登录');
  await attempt(db, account, oldPassword, now, 'changePassword');
  const password = await hashPassword(newPassword);
  const changed = await db.transaction('rw', db.users, db.audit, async () => {
    const account = await getAccount(db, actor.userId);
    const next: UserAccount = { ...account, password, mustChangePassword: false, updatedAt: toTimestamp(now) };
    await db.users.put(next);
    return actorOf(next);
  });
  // Unless the desk was locked meanwhile: a lock's cleared session stays cleared.
  if (currentActor(db)?.userId === changed.userId) setActor(db, changed);
  return changed;
}

/** The signed-in account read again (after 账号管理 or a restore changed it): null once it is gone or disabled. */
export async function rereadSignedIn(db: DeskDatabase): Promise<Actor | null> {
  const account = await db.users.get(requireSignedIn(db).userId);
  return account && !account.disabled ? actorOf(account) : null;
}

/**
 * The account with its 所属党支部 as its role needs it: a branch-bound role (党支部书记) must name a branch, not a
 * retired one unless it already had it, and never holds the confidential grant (it sees no person); any other role
 * names none. Reads settings and units in the caller's transaction.
 */
async function withBranch(
  db: DeskDatabase,
  account: UserAccount,
  branchId: string | null,
  before: UserAccount | null,
): Promise<UserAccount> {
  const { partyBranchId: _dropped, ...rest } = account;
  if (!isBranchBound(account.role)) return rest;
  if (!branchId) throw new Error('请选择该党支部书记所属的党支部');
  const branches = await readPartyBranches(db);
  const branch = branches.find((b) => b.id === branchId);
  if (!branch) throw new MissingRecordError('所选党支部不存在，请刷新后重试');
  if (branch.retired && before?.partyBranchId !== branchId)
    throw new Error(`党支部“${branch.name}”已撤销，不能再指定给账号`);
  await rememberPartyBranches(db, branches);
  return { ...rest, partyBranchId: branchId, confidentialAccess: false };
}

/** Validates a new account's fields; returns the normalised 登录名 or throws every problem in Chinese. */
function checkNewAccount(input: FirstAdminInput): string {
  const username = normalizeUsername(input.username);
  const problems = [
    usernameProblem(username),
    displayNameProblem(input.displayName),
    passwordProblem(input.password, username),
  ].filter((p): p is string => p !== null);
  if (problems.length > 0) throw new Error(problems.join('；'));
  return username;
}

async function refuseTakenUsername(db: DeskDatabase, username: string): Promise<void> {
  if (await db.users.where('username').equals(username).count()) throw new Error(`登录名“${username}”已被使用`);
}

async function getAccount(db: DeskDatabase, id: string): Promise<UserAccount> {
  const account = await db.users.get(id);
  if (!account) throw new MissingRecordError('该账号不存在');
  return account;
}

function newAccount(input: NewAccountInput, password: UserAccount['password'], now: Date): UserAccount {
  const at = toTimestamp(now);
  return {
    id: crypto.randomUUID(),
    username: input.username,
    displayName: cleanText(input.displayName),
    role: input.role,
    confidentialAccess: input.confidentialAccess,
    password,
    failedAttempts: 0,
    lockedUntil: null,
    disabled: false,
    createdAt: at,
    updatedAt: at,
  };
}
