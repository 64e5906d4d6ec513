import type { UserAccount } from '../../domain/access/account';
import type { Role } from '../../domain/access/roles';
import type { DeskDatabase } from '../database';
import { authorize } from '../session';
import { backedUpTablesAt } from './format';
import type { ParsedBackup } from './readBackup';

/** An account as the confirmation lists it. */
export interface AccountLine {
  username: string;
  displayName: string;
  role: Role;
}

/** How the desk's accounts change if the backup is restored, shown before 确认恢复. */
export interface AccountChanges {
  /** In the backup, not on the desk: they can sign in after the restore. */
  added: AccountLine[];
  /** On the desk, not in the backup: they can no longer sign in. */
  removed: AccountLine[];
  /** The same account with another role, or disabled or enabled. */
  changed: (AccountLine & { from: Role; disabledBefore: boolean; disabledAfter: boolean })[];
}

const line = (user: UserAccount): AccountLine => ({
  username: user.username,
  displayName: user.displayName,
  role: user.role,
});

/**
 * The accounts the restore would add, remove or change (role, 停用), compared by id with the desk's. A backup from
 * before accounts existed changes none: the desk keeps its own. Needs 备份和恢复数据, like the restore.
 */
export async function accountChanges(db: DeskDatabase, backup: ParsedBackup): Promise<AccountChanges> {
  authorize(db, 'backup.manage');
  const none: AccountChanges = { added: [], removed: [], changed: [] };
  if (!backedUpTablesAt(backup.header.schemaVersion).includes(db.users.name)) return none;
  const incoming = new Map(((backup.tables.get(db.users.name) ?? []) as UserAccount[]).map((user) => [user.id, user]));
  const stored = await db.users.toArray();
  for (const user of stored) {
    const theirs = incoming.get(user.id);
    if (!theirs) none.removed.push(line(user));
    else if (theirs.role !== user.role || theirs.disabled !== user.disabled) {
      none.changed.push({
        ...line(theirs),
        from: user.role,
        disabledBefore: user.disabled,
        disabledAfter: theirs.disabled,
      });
    }
    incoming.delete(user.id);
  }
  none.added = [...incoming.values()].map(line);
  return none;
}
