import type { AuditRecord } from './record';

/** A chain head: the seq of the newest record and its hash (seq 0 and the genesis hash for an empty trail). */
export interface ChainHead {
  seq: number;
  hash: string;
}

/**
 * What a 审计链告警 record says (its `after`): the trail did not reach the head the desk had kept outside the database.
 * - `truncated`: records missingFrom…missingTo are gone (the newest ones, or all of them); the alarm takes the seq after
 *   the kept head and links to its hash, so the gap stays in the chain for every later verification.
 * - `diverged`: the record at the kept head's seq is not the one the desk wrote (edited with the hashes recomputed, or
 *   the trail swapped for another chain).
 * - `anchorMissing`: the trail has records but the desk kept no head for it (the anchor store was cleared or deleted).
 * - `wiped`: the whole trail was emptied through the app (db.audit.clear()); like `truncated`.
 */
export type ChainAlarmKind = 'truncated' | 'diverged' | 'anchorMissing' | 'wiped';

export interface ChainAlarm {
  kind: ChainAlarmKind;
  /** The first and last missing seq (truncated, wiped). */
  missingFrom?: number;
  missingTo?: number;
  /** The head the desk had kept, when it had one. */
  anchor: ChainHead | null;
  /** The trail's own newest record when the alarm was raised. */
  trailHead: ChainHead;
}

const range = (from: number, to: number) => (from === to ? `第 ${from} 条` : `第 ${from} 至 ${to} 条`);

/**
 * Compares the trail's newest record with the head the desk kept. `hashAtAnchor` is the stored hash of the record at
 * the anchor's seq (undefined when there is none). Null when the trail reaches the kept head, or on a genuine first run
 * (no records, no head).
 */
export function chainAlarmFor(
  anchor: ChainHead | null,
  trailHead: ChainHead,
  hashAtAnchor: string | undefined,
): ChainAlarm | null {
  if (!anchor) return trailHead.seq > 0 ? { kind: 'anchorMissing', anchor: null, trailHead } : null;
  if (anchor.seq > trailHead.seq)
    return { kind: 'truncated', missingFrom: trailHead.seq + 1, missingTo: anchor.seq, anchor, trailHead };
  if (anchor.seq > 0 && hashAtAnchor !== anchor.hash) return { kind: 'diverged', anchor, trailHead };
  return null;
}

/** Where the alarm record links: after the kept head when records were cut off (the gap stays), else after the trail. */
export function alarmLinksTo(alarm: ChainAlarm): ChainHead {
  return (alarm.kind === 'truncated' || alarm.kind === 'wiped') &&
    alarm.anchor &&
    alarm.anchor.seq > alarm.trailHead.seq
    ? alarm.anchor
    : alarm.trailHead;
}

/** The auditor's sentence for an alarm. */
export function chainAlarmSummary(alarm: ChainAlarm): string {
  switch (alarm.kind) {
    case 'truncated':
      return `审计链告警：${range(alarm.missingFrom ?? 0, alarm.missingTo ?? 0)}审计记录缺失（本机记下的审计链末端为第 ${alarm.anchor?.seq ?? 0} 条，审计日志只到第 ${alarm.trailHead.seq} 条）`;
    case 'wiped':
      return `审计链告警：审计日志被清空，${range(alarm.missingFrom ?? 0, alarm.missingTo ?? 0)}审计记录缺失`;
    case 'diverged':
      return `审计链告警：第 ${alarm.anchor?.seq ?? 0} 条审计记录与本机记下的审计链末端不符（记录被改动后重算了哈希，或审计日志被整体替换）`;
    case 'anchorMissing':
      return `审计链告警：本机记下的审计链末端的记录缺失（审计日志已有 ${alarm.trailHead.seq} 条记录），无法确认此前末尾的记录未被删除`;
  }
}

/** The alarm an 审计链告警 record carries, or null for any other record. */
export function chainAlarmOf(record: AuditRecord): ChainAlarm | null {
  if (record.action !== 'chainAlarm') return null;
  const after = record.after as Partial<ChainAlarm> | null | undefined;
  return after !== null && typeof after === 'object' && typeof after.kind === 'string' && after.trailHead
    ? (after as ChainAlarm)
    : null;
}
