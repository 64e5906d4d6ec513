import { passwordProblem } from '../../domain/access/password';
import { recordAudit } from '../audit/recordAudit';
import type { DeskDatabase } from '../database';
import { authorize } from '../session';
import { createBackupKey, type RawBackupKey } from './backupCrypto';

/**
 * A new backup key for the 备份密码 the administrator set (设置 → 数据备份): checked like an account password, typed
 * twice, and recorded in the audit trail (the password itself never is). The caller keeps the key on this machine
 * (platform.saveBackupKey); backups made before keep opening with the password they were made under.
 */
export async function newBackupKey(
  db: DeskDatabase,
  password: string,
  confirmation: string,
  now: Date,
): Promise<RawBackupKey> {
  authorize(db, 'backup.manage');
  const problem = passwordProblem(password);
  if (problem) throw new Error(`备份${problem}`);
  if (password !== confirmation) throw new Error('两次输入的备份密码不一致');
  const key = await createBackupKey(password);
  await recordAudit(db, { action: 'update', entity: 'backup', summary: '设置备份密码（此后的备份用新密码加密）' }, now);
  return key;
}
