import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';
import { auditedJson, entityLabel } from './entities';

/**
 * The bulk form of the audit trail (docs/security.md, the audit trail): a whole import batch's creates of one table
 * (and its undo's deletes) as one audit record that lists the records' keys and a digest over what they held, instead
 * of one record per row with its full copy. The record's own hash covers the keys and the digest, so the chain vouches
 * for them as it vouches for a copy.
 */
export interface AuditBulk {
  /** The import batch (importBatches) the records were written or removed by. */
  batchId: string;
  count: number;
  /** The records' primary keys, in the order the digest takes them. */
  keys: string[];
  /** SHA-256 (hex) over the records as the trail would have copied them (bulkDigest). */
  digest: string;
}

/** What a transaction writing in bulk says about itself (db/audit/bulkAudit.ts): its batch, file and tables. */
export interface BulkAuditMark {
  batchId: string;
  /** A few words for the summary: 「导入 台账2019.xlsx」, 「撤销导入 台账2019.xlsx」. */
  label: string;
  tables: readonly string[];
}

/**
 * A bulk record as the 审计日志's export and details print it, one fact a line: the batch and count, the digest and the
 * keys (a printed trail keeps what the record's hash covers).
 */
export function bulkLines(bulk: AuditBulk): string[] {
  return [
    `批量记录：导入批次 ${bulk.batchId}，共 ${bulk.count} 条`,
    `内容摘要哈希（SHA-256）：${bulk.digest}`,
    `记录键：${bulk.keys.join('、')}`,
  ];
}

/** Characters handed to the hash at a time. */
const FEED = 1 << 16;

/**
 * SHA-256 over the records, each as a per-record audit record would have copied it (auditSnapshot, then auditedValue:
 * no binaries, no secrets, no derived text), in canonical JSON (auditedJson), one per line in the given order. Fed record by record,
 * so no string of the whole batch is built.
 */
export function bulkDigest(table: string, records: readonly unknown[]): string {
  const hash = sha256.create();
  let pending = '';
  records.forEach((record, i) => {
    pending += `${i === 0 ? '' : '\n'}${auditedJson(table, record)}`;
    if (pending.length < FEED) return;
    hash.update(utf8ToBytes(pending));
    pending = '';
  });
  hash.update(utf8ToBytes(pending));
  return bytesToHex(hash.digest());
}

/** 「批量新增 接待记录 1200 条（导入 台账2019.xlsx）」. */
export function bulkSummary(action: 'create' | 'delete', table: string, count: number, label: string): string {
  return `批量${action === 'create' ? '新增' : '删除'} ${entityLabel(table)} ${count} 条（${label}）`;
}

/**
 * Whether `records` (read back by the bulk record's keys, in its order; undefined for one that is gone) are exactly
 * what the bulk record says was written or removed: same count, every record present, same digest.
 */
export function matchesBulk(table: string, bulk: AuditBulk, records: readonly unknown[]): boolean {
  if (records.length !== bulk.count || records.some((r) => r === undefined)) return false;
  return bulkDigest(table, records) === bulk.digest;
}

/** The bulk part of an audit record, when it is one (checked, since stored records come back as unknown). */
export function bulkOf(record: { bulk?: unknown }): AuditBulk | null {
  const bulk = record.bulk as Partial<AuditBulk> | undefined;
  if (!bulk || typeof bulk !== 'object') return null;
  if (typeof bulk.batchId !== 'string' || typeof bulk.digest !== 'string' || !Array.isArray(bulk.keys)) return null;
  return bulk as AuditBulk;
}
