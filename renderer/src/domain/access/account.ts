import type { Role } from './roles';

/** A stored PBKDF2 password hash (WebCrypto, SHA-256), base64 fields. */
export interface PasswordHash {
  algorithm: 'PBKDF2-SHA256';
  iterations: number;
  salt: string;
  hash: string;
}

/** A local account (账号). */
export interface UserAccount {
  id: string;
  /** 登录名: unique, compared case-insensitively (stored lower-case). */
  username: string;
  /** 姓名, recorded as the actor of case actions and audit records. */
  displayName: string;
  role: Role;
  /** 可查看保密信访人身份: the grant that shows a confidential petition's petitioner. */
  confidentialAccess: boolean;
  /** 所属党支部: the branch (PartyBranch.id) a branch-bound role (党支部书记) works for; absent for other roles. */
  partyBranchId?: string;
  password: PasswordHash;
  /** Wrong passwords since the last successful sign-in. */
  failedAttempts: number;
  /** Local ISO time until which sign-in is refused, after 5 wrong passwords. */
  lockedUntil: string | null;
  /** 停用: may not sign in; kept so audit records still name them. */
  disabled: boolean;
  /**
   * 须修改初始密码: the password is one the administrator chose (a new account, or after 重置密码); set by createUser
   * and resetPassword, cleared by changeOwnPassword. While set, the session may do nothing but change its password.
   * Absent on accounts stored before issue 11 and on the first administrator, who chose their own.
   */
  mustChangePassword?: boolean;
  /** The kept sessions' tokens (db/keptSessions.ts), as their SHA-256 hashes only; never in the trail or the UI. */
  sessionTokens?: KeptSessionToken[];
  createdAt: string;
  updatedAt: string;
}

/** One kept session (a signed-in tab that may reload) of an account. */
export interface KeptSessionToken {
  /** SHA-256 of the token, hex; the token itself lives only in that tab's sessionStorage. */
  hash: string;
  issuedAt: string;
}

/** The signed-in user as the repositories see it. */
export interface Actor {
  userId: string;
  username: string;
  displayName: string;
  role: Role;
  confidentialAccess: boolean;
  /** The 党支部 a branch-bound role works for (UserAccount.partyBranchId). */
  partyBranchId?: string;
  /** The account must change its initial password first: the repositories refuse everything else (db/session.ts). */
  mustChangePassword?: true;
}

export function actorOf(account: UserAccount): Actor {
  return {
    userId: account.id,
    username: account.username,
    displayName: account.displayName,
    role: account.role,
    confidentialAccess: account.confidentialAccess,
    ...(account.partyBranchId ? { partyBranchId: account.partyBranchId } : {}),
    ...(account.mustChangePassword ? { mustChangePassword: true } : {}),
  };
}
