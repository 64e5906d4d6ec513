import type { Role } from '../access/roles';
import type { AuditBulk } from './bulk';

/** What an audit record says happened (审计事件). */
export const AUDIT_ACTIONS = {
  signIn: '登录成功',
  signInFailed: '登录失败',
  signOut: '退出登录',
  lock: '锁定',
  unlock: '解锁',
  create: '新增',
  update: '修改',
  delete: '删除',
  unmask: '查看完整个人信息',
  export: '导出',
  backup: '备份',
  restore: '恢复',
  chainAlarm: '审计链告警',
} as const;
export type AuditAction = keyof typeof AUDIT_ACTIONS;

/** Who a record names when nobody is signed in: a failed sign-in, a backup of a locked desk, the first account. */
export const SYSTEM_ACTOR_NAME = '系统（未登录）';

/**
 * One audit record. `seq` runs 1, 2, 3, … without gaps; `hash` is SHA-256 over the record's other fields and
 * `prevHash` (the hash of record seq − 1, or 64 zeros for the first), so editing, deleting or reordering any earlier
 * record breaks every hash after it.
 */
export interface AuditRecord {
  seq: number;
  /** Local ISO time (app clock). */
  at: string;
  /** Who: null before anyone signed in (a failed sign-in names the username tried in `summary`). */
  actorId: string | null;
  actorName: string;
  actorRole: Role | null;
  action: AuditAction;
  /** The table (or 'session', 'backup', 'ledger', …) and record the action was on. */
  entity: string | null;
  entityId: string | null;
  /** What happened, in Chinese, for the auditor's list. */
  summary: string;
  /** For changes: the record before and after (large binary fields replaced by their size). */
  before?: unknown;
  after?: unknown;
  /**
   * A bulk record (an import batch's creates of one table, or its undo's deletes): the keys and a digest instead of
   * before/after copies (domain/audit/bulk.ts). Covered by `hash`.
   */
  bulk?: AuditBulk;
  prevHash: string;
  hash: string;
  /**
   * HMAC-SHA256 of `hash` under the desk's audit key, which main keeps encrypted by the operating system (Electron
   * only; domain/audit/seal.ts). Not covered by `hash`. Absent in the browser build and on records made before.
   */
  mac?: string;
}
