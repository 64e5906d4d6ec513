import {
  createBackupKey,
  importBackupKey,
  type BackupKey,
  type RawBackupKey,
} from '../../../../renderer/src/db/backup/backupCrypto';
import { BACKUP_KEY_MIN_ITERATIONS } from '../../../../renderer/src/db/backup/backupCrypto';
import { withoutAudit } from '../../../../renderer/src/db/audit/auditMiddleware';
import { exportBackup } from '../../../../renderer/src/db/backup/exportBackup';
import { readBackup, type ParsedBackup } from '../../../../renderer/src/db/backup/readBackup';
import type { DeskDatabase } from '../../../../renderer/src/db/database';
import { PASSWORD_ITERATIONS } from '../../../../renderer/src/domain/access/password';
import type { UserAccount } from '../../../../renderer/src/domain/access/account';

/** The 备份密码 the tests' backups are made under. */
export const TEST_BACKUP_PASSWORD = 'beifen-2026';

let made: Promise<RawBackupKey> | null = null;

/** One backup key for the whole test file, at the fewest rounds a file may ask for (the full count takes 0.3 s). */
export function testRawBackupKey(): Promise<RawBackupKey> {
  made ??= createBackupKey(TEST_BACKUP_PASSWORD, BACKUP_KEY_MIN_ITERATIONS);
  return made;
}

export async function testBackupKey(): Promise<BackupKey> {
  return importBackupKey(await testRawBackupKey());
}

/** What tests pass to readBackup for a file made with testBackupKey. */
export const WITH_PASSWORD = { password: TEST_BACKUP_PASSWORD } as const;

const b64 = (length: number, fill: number) => btoa(String.fromCharCode(...new Uint8Array(length).fill(fill)));

/** An account as the desk stores it, its hash at the desk's policy (nothing checks it against a password here). */
export function storedAccount(id: string, username: string, role: UserAccount['role'] = 'receptionist'): UserAccount {
  return {
    id,
    username,
    displayName: `用户${id}`,
    role,
    confidentialAccess: false,
    password: { algorithm: 'PBKDF2-SHA256', iterations: PASSWORD_ITERATIONS, salt: b64(16, 7), hash: b64(32, 9) },
    failedAttempts: 0,
    lockedUntil: null,
    disabled: false,
    createdAt: '2026-05-25T08:00:00',
    updatedAt: '2026-05-25T08:00:00',
  };
}

/**
 * The desk's administrator account: a backup without one is refused (restorePolicy.ts). Stored past the audit
 * middleware, so a test's trail is as it was.
 */
export async function addAdministrator(db: DeskDatabase): Promise<UserAccount> {
  const admin = storedAccount('u-admin', 'admin', 'admin');
  await withoutAudit(db, () => db.users.put(admin));
  return admin;
}

/** The desk's backup (taken 2026-05-25 18:00, its administrator added if missing), read back as a restore reads it. */
export async function backupOf(desk: DeskDatabase): Promise<ParsedBackup> {
  if (!(await desk.users.get('u-admin'))) await addAdministrator(desk);
  const { blob } = await exportBackup(desk, {
    appVersion: '0.1.0',
    createdAt: '2026-05-25T18:00:00',
    key: await testBackupKey(),
  });
  return readBackup(blob, WITH_PASSWORD);
}
