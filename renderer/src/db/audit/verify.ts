import { CHAIN_START, checkAuditRecords, isChainBreak, type AuditChainResult, type ChainPosition } from '../../domain/audit/verify';
import { readAuditAnchor } from './auditAnchor';
import type { DeskDatabase } from '../database';
import { authorize } from '../session';

/** Records read per transaction: a page small enough to keep memory flat on a trail of 100,000 records. */
const PAGE = 2_000;

/**
 * 核验审计链: walks the trail from seq 1 in pages, recomputing every hash and link (domain/audit/verify.ts), and
 * reports either how many records are intact or the first broken one and what is wrong with it. Records appended
 * while it runs are checked too.
 */
export async function verifyAuditChain(db: DeskDatabase, onProgress?: (checked: number, total: number) => void): Promise<AuditChainResult> {
  authorize(db, 'audit.view');
  const total = await db.audit.count();
  let position = CHAIN_START;
  for (;;) {
    const page = await db.audit.where('seq').above(position.seq).limit(PAGE).toArray();
    if (page.length === 0) return checkTail(db, position);
    const next = checkAuditRecords(position, page);
    if (isChainBreak(next)) return next;
    position = next;
    onProgress?.(position.count, Math.max(total, position.count));
  }
}

/**
 * The walk found an intact chain; it must also reach the head the desk last committed (auditAnchor.ts), or records
 * were cut off its end, or the whole trail was swapped for another chain.
 */
async function checkTail(db: DeskDatabase, end: ChainPosition): Promise<AuditChainResult> {
  const anchor = readAuditAnchor(db.name);
  if (anchor && anchor.seq > end.seq) {
    const range = anchor.seq > end.seq + 1 ? `第 ${end.seq + 1} 至 ${anchor.seq} 条` : `第 ${anchor.seq} 条`;
    return { ok: false, count: end.count, seq: end.seq + 1, problem: 'missing', message: `${range}审计记录缺失：审计链末尾的记录已被删除` };
  }
  if (anchor && anchor.seq > 0 && (await db.audit.get(anchor.seq))?.hash !== anchor.hash) {
    return { ok: false, count: end.count, seq: anchor.seq, problem: 'unlinked', message: `第 ${anchor.seq} 条审计记录与本机记下的审计链末端不符：审计日志被整体替换` };
  }
  return { ok: true, count: end.count };
}
