import type { UserAccount } from '../../domain/access/account';
import { needsRehash, PASSWORD_ITERATIONS } from '../../domain/access/password';
import type { AuditRecord } from '../../domain/audit/record';
import { CHAIN_START, checkAuditRecords, isChainBreak } from '../../domain/audit/verify';
import { fromBase64 } from './backupCrypto';
import { BACKUP_MESSAGES, backedUpTablesAt, BackupError } from './format';

const MIN_SALT_BYTES = 16;
const HASH_BYTES = 32;

/**
 * What a backup may not bring onto a desk, however intact its frames (a backup's maker knows its password): a desk
 * without an active administrator (the first run's 创建管理员 would be open to anyone), an account whose password hash
 * is below the desk's policy (a planted administrator with a hash anyone can brute-force), and an audit trail whose
 * hash chain does not verify from its first record (an edited trail would become the desk's). Throws the refusal.
 */
export function checkRestorable(schemaVersion: number, tables: ReadonlyMap<string, unknown[]>): void {
  const tableNames = backedUpTablesAt(schemaVersion);
  // A backup from before accounts existed holds none: the desk keeps its own (restoreBackup.ts).
  if (tableNames.includes('users')) checkAccounts((tables.get('users') ?? []) as UserAccount[]);
  if (tableNames.includes('audit')) checkTrail((tables.get('audit') ?? []) as AuditRecord[]);
}

function checkAccounts(users: readonly UserAccount[]): void {
  if (!users.some((user) => user.role === 'admin' && !user.disabled))
    throw new BackupError('noAdministrator', BACKUP_MESSAGES.noAdministrator);
  for (const user of users) {
    if (!isPolicyHash(user.password)) {
      throw new BackupError(
        'weakPasswordHash',
        BACKUP_MESSAGES.weakPasswordHash(user.username, user.password.iterations, PASSWORD_ITERATIONS),
      );
    }
  }
}

/** A PBKDF2-SHA256 hash with today's rounds, a salt of at least 16 bytes and a 32-byte hash. */
function isPolicyHash(password: UserAccount['password']): boolean {
  if (password.algorithm !== 'PBKDF2-SHA256' || needsRehash(password)) return false;
  try {
    return fromBase64(password.salt).length >= MIN_SALT_BYTES && fromBase64(password.hash).length === HASH_BYTES;
  } catch {
    // Not base64: no hash the desk made.
    return false;
  }
}

function checkTrail(records: readonly AuditRecord[]): void {
  const sorted = [...records].sort((a, b) => a.seq - b.seq);
  const result = checkAuditRecords(CHAIN_START, sorted);
  if (isChainBreak(result)) throw new BackupError('brokenTrail', BACKUP_MESSAGES.brokenTrail(result.message));
}
