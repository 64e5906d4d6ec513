import {
  chainResult,
  CHAIN_START,
  checkAuditRecords,
  isChainBreak,
  withAlarms,
  type AuditChainResult,
  type ChainPosition,
} from '../../domain/audit/verify';
import type { DeskDatabase } from '../database';
import { authorize } from '../session';
import { auditAnchorLoss, readAuditAnchor } from './auditAnchor';
import { auditKey } from './auditKey';

/** Records read per transaction: a page small enough to keep memory flat on a trail of 100,000 records. */
const PAGE = 2_000;

/**
 * 核验审计链: walks the trail from seq 1 in pages, recomputing every hash and link (and, in Electron, every seal under
 * the desk's audit key; domain/audit/verify.ts), and reports either how many records are intact or the first problem
 * and what is wrong, with the trail's own 审计链告警 records among the problems. Records appended while it runs are
 * checked too.
 */
export async function verifyAuditChain(
  db: DeskDatabase,
  onProgress?: (checked: number, total: number) => void,
): Promise<AuditChainResult> {
  authorize(db, 'audit.view');
  const key = auditKey();
  const total = await db.audit.count();
  let position = CHAIN_START;
  for (;;) {
    const page = await db.audit.where('seq').above(position.seq).limit(PAGE).toArray();
    if (page.length === 0) return checkTail(db, position);
    const next = checkAuditRecords(position, page, key);
    if (isChainBreak(next)) return next;
    position = next;
    onProgress?.(position.count, Math.max(total, position.count));
  }
}

/**
 * The walk found an intact chain; it must also reach the head the desk last committed (auditAnchor.ts), or records
 * were cut off its end, or the whole trail was swapped for another chain; and a trail with records needs a kept head
 * at all (a genuine first run has neither).
 */
async function checkTail(db: DeskDatabase, end: ChainPosition): Promise<AuditChainResult> {
  const anchor = readAuditAnchor(db.name);
  const broken = (seq: number, problem: 'missing' | 'unlinked' | 'anchorMissing', message: string): AuditChainResult =>
    withAlarms(end, { ok: false, count: end.count, seq, problem, message });
  if (!anchor && end.seq > 0) {
    const why = auditAnchorLoss();
    return broken(
      end.seq,
      'anchorMissing',
      `本机记下的审计链末端的记录缺失${why ? `（${why}）` : ''}（审计日志现有 ${end.count} 条记录）：无法确认末尾的记录未被删除`,
    );
  }
  if (anchor && anchor.seq > end.seq) {
    const range = anchor.seq > end.seq + 1 ? `第 ${end.seq + 1} 至 ${anchor.seq} 条` : `第 ${anchor.seq} 条`;
    return broken(end.seq + 1, 'missing', `${range}审计记录缺失：审计链末尾的记录已被删除`);
  }
  if (anchor && anchor.seq > 0 && (await db.audit.get(anchor.seq))?.hash !== anchor.hash) {
    return broken(anchor.seq, 'unlinked', `第 ${anchor.seq} 条审计记录与本机记下的审计链末端不符：审计日志被整体替换`);
  }
  return chainResult(end);
}
