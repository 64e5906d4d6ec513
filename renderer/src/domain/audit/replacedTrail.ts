import type { AuditRecord } from './record';

/**
 * What a 恢复备份 record keeps in `before` when the backup's trail did not continue the desk's (another desk's backup,
 * or trails that went apart): the desk's own records that the backup's trail lacks, whole (seq, hashes and all), so
 * the restore loses none of them and the chain's next hash covers them.
 */
export interface ReplacedTrail {
  replacedTrail: AuditRecord[];
}

/** The desk's records a restore carried in this record (本机原有审计记录), or null when it carries none. */
export function replacedTrailOf(record: AuditRecord): AuditRecord[] | null {
  if (record.action !== 'restore') return null;
  const before = record.before as Partial<ReplacedTrail> | null | undefined;
  return before !== null && typeof before === 'object' && Array.isArray(before.replacedTrail)
    ? before.replacedTrail
    : null;
}
