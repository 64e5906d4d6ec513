import { auditHash, GENESIS_HASH } from './chain';
import type { AuditRecord } from './record';

/**
 * What is wrong at the first broken record: `edited` its content does not match its hash; `moved` its content is
 * another record's (swapped, or renumbered after a deletion); `missing` records before it are gone (a gap in seq);
 * `unlinked` its prevHash is not the hash of the record before it (that one was replaced or removed, and the hashes
 * recomputed); `inserted` a record that is not part of the numbering sits between two others.
 */
export type AuditProblem = 'edited' | 'moved' | 'missing' | 'unlinked' | 'inserted';

export interface AuditChainBreak {
  ok: false;
  /** Records verified before the break. */
  count: number;
  /** The seq where the chain breaks: the first missing one for `missing`. */
  seq: number;
  problem: AuditProblem;
  /** The auditor's sentence, in Chinese. */
  message: string;
}

export type AuditChainResult = { ok: true; count: number } | AuditChainBreak;

/** How far a walk over the trail has got: records checked, and the last one's seq and hash. */
export interface ChainPosition {
  count: number;
  seq: number;
  hash: string;
}

export const CHAIN_START: ChainPosition = { count: 0, seq: 0, hash: GENESIS_HASH };

/** How far from its place a moved record's original seq is looked for. */
const MOVED_SEARCH = 500;

/**
 * Checks the next records of the trail, in seq order, from where the walk has got. Returns the new position, or the
 * first break. The store's key is the seq, so records arrive sorted; gaps and foreign keys still show.
 */
export function checkAuditRecords(position: ChainPosition, records: readonly AuditRecord[]): ChainPosition | AuditChainBreak {
  let at = position;
  for (const record of records) {
    const problem = checkOne(at, record);
    if (problem) return problem;
    at = { count: at.count + 1, seq: record.seq, hash: record.hash };
  }
  return at;
}

/** The whole trail at once (tests, small trails); db/audit/verify.ts pages through the store instead. */
export function verifyAuditRecords(records: readonly AuditRecord[]): AuditChainResult {
  const result = checkAuditRecords(CHAIN_START, records);
  return 'ok' in result ? result : { ok: true, count: result.count };
}

export function isChainBreak(value: ChainPosition | AuditChainBreak): value is AuditChainBreak {
  return 'ok' in value;
}

function checkOne(previous: ChainPosition, record: AuditRecord): AuditChainBreak | null {
  const expected = previous.seq + 1;
  const broken = (seq: number, problem: AuditProblem, message: string): AuditChainBreak => ({ ok: false, count: previous.count, seq, problem, message });

  if (!Number.isInteger(record.seq) || record.seq < expected) {
    const after = previous.seq === 0 ? '审计链开头' : `第 ${previous.seq} 条之后`;
    return broken(previous.seq, 'inserted', `${after}插入了不属于审计链的记录（编号 ${String(record.seq)}）`);
  }
  if (record.seq > expected) {
    const range = record.seq - 1 > expected ? `第 ${expected} 至 ${record.seq - 1} 条` : `第 ${expected} 条`;
    return broken(expected, 'missing', `${range}审计记录缺失：已被删除`);
  }
  if (typeof record.hash !== 'string' || auditHash(record) !== record.hash) {
    const original = originalSeq(record);
    if (original !== null) {
      return broken(record.seq, 'moved', `第 ${record.seq} 条审计记录原是第 ${original} 条：记录的顺序被调换，或其前的记录被删除后重新编号`);
    }
    return broken(record.seq, 'edited', `第 ${record.seq} 条审计记录被改动：内容与其哈希值不符`);
  }
  if (record.prevHash !== previous.hash) {
    const message =
      record.seq === 1
        ? '第 1 条审计记录不是审计链的开头：原有的记录被删除或替换'
        : `第 ${record.seq} 条审计记录与第 ${previous.seq} 条衔接不上：其前的记录被删除、替换或调换了顺序`;
    return broken(record.seq, 'unlinked', message);
  }
  return null;
}

/** The seq under which this content was hashed, when it is near its current place; null when none matches. */
function originalSeq(record: AuditRecord): number | null {
  if (typeof record.hash !== 'string') return null;
  for (let distance = 1; distance <= MOVED_SEARCH; distance++) {
    for (const seq of [record.seq - distance, record.seq + distance]) {
      if (seq >= 1 && auditHash({ ...record, seq }) === record.hash) return seq;
    }
  }
  return null;
}
