/**
 * The signed-in session kept across a reload of the same tab: the account's id, the token issued to this tab at
 * sign-in (db/keptSessions.ts: the account keeps only its hash) and the moment of the last keyboard or mouse input
 * (desk clock, ms). Nothing here is trusted on its own: on load the token must match the account's, the account is
 * read again, and a session idle for longer than the lock time is not resumed.
 */
export interface KeptSession {
  userId: string;
  token: string;
  lastActivityMs: number;
}

const STORAGE_KEY = 'desk-session';

export function readKeptSession(): KeptSession | null {
  const raw = sessionStorage.getItem(STORAGE_KEY);
  if (!raw) return null;
  try {
    const parsed = JSON.parse(raw) as Partial<KeptSession>;
    const { userId, token, lastActivityMs } = parsed;
    if (typeof userId === 'string' && typeof token === 'string' && typeof lastActivityMs === 'number')
      return { userId, token, lastActivityMs };
  } catch {
    // A value this code did not write: treated as no session, so the clerk signs in.
  }
  sessionStorage.removeItem(STORAGE_KEY);
  return null;
}

export function keepSession(session: KeptSession): void {
  sessionStorage.setItem(STORAGE_KEY, JSON.stringify(session));
}

/** Moves the kept session's last activity on; nothing once the session was forgotten (locked, signed out). */
export function touchKeptSession(lastActivityMs: number): void {
  const kept = readKeptSession();
  if (kept) keepSession({ ...kept, lastActivityMs });
}

export function forgetSession(): void {
  sessionStorage.removeItem(STORAGE_KEY);
}

/** Whether a session last used at `lastActivityMs` has been idle for the lock time by `nowMs`. */
export function idleExpired(lastActivityMs: number, nowMs: number, idleLockMinutes: number): boolean {
  return nowMs - lastActivityMs >= idleLockMinutes * 60_000;
}

const NOTICE_KEY = 'desk-sign-in-notice';

/** A message for the sign-in screen after this tab reloads (why the clerk must sign in again). */
export function leaveSignInNotice(notice: string): void {
  sessionStorage.setItem(NOTICE_KEY, notice);
}

/** The message left before the reload, once: reading it removes it. */
export function takeSignInNotice(): string | undefined {
  const notice = sessionStorage.getItem(NOTICE_KEY) ?? undefined;
  dropSignInNotice();
  return notice;
}

/** The reason left no longer holds (the clerk unlocked or signed in, or left without a reason to give). */
export function dropSignInNotice(): void {
  sessionStorage.removeItem(NOTICE_KEY);
}
