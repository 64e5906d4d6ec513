import { actorOf, type Actor, type KeptSessionToken } from '../domain/access/account';
import { hashSessionToken, newSessionToken } from '../domain/access/sessionToken';
import { toTimestamp } from '../domain/dates';
import type { DeskDatabase } from './database';
import { requireSignedIn } from './session';

/**
 * Kept sessions: a signed-in tab reloads without asking for the password again (app/session/keptSession.ts keeps
 * the account id and a token in the tab's sessionStorage). The token is random and issued to the signed-in account
 * only; the account record keeps its hash, so a kept session resumes only the account it was issued to, and writing
 * another account's id beside one's own token resumes nobody. Closed at 退出登录 and 锁定.
 *
 * What the browser build cannot promise: whoever can run code in the desk's page can write the users table itself.
 */

/** An account's kept sessions: one per tab that signed in, the newest kept when a sixth is opened. */
const MAX_KEPT_SESSIONS = 5;

/** Issues a token for the signed-in account's tab (after sign-in or unlock); returns the token, stores its hash. */
export async function openKeptSession(db: DeskDatabase, now: Date): Promise<string> {
  const actor = requireSignedIn(db);
  const token = newSessionToken();
  const kept: KeptSessionToken = { hash: await hashSessionToken(token), issuedAt: toTimestamp(now) };
  await db.transaction('rw', db.users, db.audit, async () => {
    const account = await db.users.get(actor.userId);
    if (!account) throw new Error('该账号已不存在，请退出后用其他账号登录');
    const sessionTokens = [kept, ...(account.sessionTokens ?? [])].slice(0, MAX_KEPT_SESSIONS);
    await db.users.update(account.id, { sessionTokens });
  });
  return token;
}

/** The actor a kept session resumes as: null unless `token` was issued to this account, is still open, and the account enabled. */
export async function resumeKeptSession(db: DeskDatabase, userId: string, token: string): Promise<Actor | null> {
  const account = await db.users.get(userId);
  if (!account || account.disabled) return null;
  const hash = await hashSessionToken(token);
  return (account.sessionTokens ?? []).some((kept) => kept.hash === hash) ? actorOf(account) : null;
}

/** 退出登录 or 锁定: the tab's token resumes nothing any more. Only the token's holder can name it, so no sign-in is asked. */
export async function closeKeptSession(db: DeskDatabase, userId: string, token: string): Promise<void> {
  const hash = await hashSessionToken(token);
  await db.transaction('rw', db.users, db.audit, async () => {
    const account = await db.users.get(userId);
    const kept = account?.sessionTokens ?? [];
    if (!account || !kept.some((k) => k.hash === hash)) return;
    await db.users.update(account.id, { sessionTokens: kept.filter((k) => k.hash !== hash) });
  });
}
