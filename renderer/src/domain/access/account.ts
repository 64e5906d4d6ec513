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
  password: PasswordHash;
  /** Wrong passwords since the last successful sign-in. */
  failedAttempts: number;
  /** Local ISO time until which sign-in is refused, after 5 wrong passwords. */
  lockedUntil: string | null;
  /** 停用: may not sign in; kept so audit records still name them. */
  disabled: boolean;
  createdAt: string;
  updatedAt: string;
}

/** The signed-in user as the repositories see it. */
export interface Actor {
  userId: string;
  username: string;
  displayName: string;
  role: Role;
  confidentialAccess: boolean;
}

export function actorOf(account: UserAccount): Actor {
  return {
    userId: account.id,
    username: account.username,
    displayName: account.displayName,
    role: account.role,
    confidentialAccess: account.confidentialAccess,
  };
}
