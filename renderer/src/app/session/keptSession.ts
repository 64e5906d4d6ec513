/**
 * The signed-in session kept across a reload of the same tab: only the account's id and the moment of the last
 * keyboard or mouse input (desk clock, ms). Nothing here is trusted on its own: on load the account is read again
 * from the users table, and a session idle for longer than the lock time is not resumed.
 */
export interface KeptSession {
  userId: string;
  lastActivityMs: number;
}

const STORAGE_KEY = 'desk-session';

export function readKeptSession(): KeptSession | null {
  const raw = sessionStorage.getItem(STORAGE_KEY);
  if (!raw) return null;
  try {
    const parsed = JSON.parse(raw) as Partial<KeptSession>;
    if (typeof parsed.userId === 'string' && typeof parsed.lastActivityMs === 'number') return { userId: parsed.userId, lastActivityMs: parsed.lastActivityMs };
  } catch {
    // A value this code did not write: treated as no session, so the clerk signs in.
  }
  sessionStorage.removeItem(STORAGE_KEY);
  return null;
}

export function keepSession(session: KeptSession): void {
  sessionStorage.setItem(STORAGE_KEY, JSON.stringify(session));
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
