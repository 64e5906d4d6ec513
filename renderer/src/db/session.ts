import type { Actor } from '../domain/access/account';
import { can, PERMISSIONS, ROLE_LABELS, type Permission, type Role } from '../domain/access/roles';
import type { DeskDatabase } from './database';

/** Refused by the role table (domain/access/roles.ts); its message is shown to the clerk as is. */
export class AccessDeniedError extends Error {
  constructor(
    readonly permission: Permission | 'signedIn' | 'initialPassword',
    message: string,
  ) {
    super(message);
    this.name = 'AccessDeniedError';
  }
}

const actors = new WeakMap<DeskDatabase, Actor>();

/** Who works on this database from now on (sign-in), or nobody (sign-out, lock). */
export function setActor(db: DeskDatabase, actor: Actor | null): void {
  if (actor) actors.set(db, actor);
  else actors.delete(db);
}

export function currentActor(db: DeskDatabase): Actor | null {
  return actors.get(db) ?? null;
}

/**
 * The signed-in actor even while it must change its initial password: for changing it, and for the session itself
 * (its kept-session token). Everything else asks requireActor.
 */
export function requireSignedIn(db: DeskDatabase): Actor {
  const actor = actors.get(db);
  if (!actor) throw new AccessDeniedError('signedIn', '请先登录');
  return actor;
}

/** The signed-in actor; a refusal when nobody is signed in, or while the account must change its initial password. */
export function requireActor(db: DeskDatabase): Actor {
  const actor = requireSignedIn(db);
  if (actor.mustChangePassword) throw new AccessDeniedError('initialPassword', '请先修改初始密码，再使用工作台');
  return actor;
}

/** Why the role table refuses this role this permission, as the clerk reads it. */
export function refusalMessage(role: Role, permission: Permission): string {
  return `当前账号（${ROLE_LABELS[role]}）无权${PERMISSIONS[permission]}`;
}

/** The signed-in actor when the role table lets them do this; otherwise a refusal naming role and permission. */
export function authorize(db: DeskDatabase, permission: Permission): Actor {
  const actor = requireActor(db);
  if (!can(actor.role, permission)) throw new AccessDeniedError(permission, refusalMessage(actor.role, permission));
  return actor;
}

/** Whether the signed-in actor may see confidential petitioners' identities (保密, 检举控告). */
export function maySeeConfidential(db: DeskDatabase): boolean {
  const actor = actors.get(db);
  return actor !== undefined && !actor.mustChangePassword && actor.confidentialAccess;
}
