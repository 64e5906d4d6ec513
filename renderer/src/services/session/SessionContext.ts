import { createContext, use } from 'react';
import type { Actor } from '../../domain/access/account';
import type { LockReason } from '../../db/users';

/** The signed-in user as the UI sees it, and what the user menu and the idle watch can do. */
export interface Session {
  /** Who is signed in; kept while the desk is locked, so the pages underneath stay as they were. */
  actor: Actor;
  locked: boolean;
  /** 锁定: hides the desk behind the lock view until the password is typed again. */
  lock(reason: LockReason): void;
  /** 退出登录: the page is reloaded, so nothing of this user's stays in memory. */
  signOut(): Promise<void>;
  /**
   * Reads the signed-in account again (after 账号管理 changed it, or a restore replaced the accounts): a new role or
   * grant reloads the pages; an account that is gone or disabled signs out, showing `goneNotice` at the sign-in.
   */
  refresh(goneNotice?: string): Promise<void>;
}

export const SessionContext = createContext<Session | null>(null);

/** The session; only inside the signed-in part of the app (below SessionGate). */
export function useSession(): Session {
  const session = use(SessionContext);
  if (!session) throw new Error('useSession must be used inside <SessionGate>');
  return session;
}
