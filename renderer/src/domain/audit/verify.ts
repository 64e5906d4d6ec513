import { chainAlarmOf, chainAlarmSummary, type ChainAlarm } from './alarm';
import { auditHash, GENESIS_HASH } from './chain';
import type { AuditRecord } from './record';
import { macMatches } from './seal';

/**
 * What is wrong at the first broken record: `edited` its content does not match its hash; `moved` its content is
 * another record's (swapped, or renumbered after a deletion); `missing` records before it are gone (a gap in seq);
 * `unlinked` its prevHash is not the hash of the record before it (that one was replaced or removed, and the hashes
 * recomputed); `inserted` a record that is not part of the numbering sits between two others; `anchorMissing` the
 * desk kept no head for a trail that has records (the anchor store was cleared), so a cut-off end cannot be ruled out;
 * `forged` a record's MAC does not match under the desk's audit key (rewritten with its hashes recomputed).
 */
export type AuditProblem = 'edited' | 'moved' | 'missing' | 'unlinked' | 'inserted' | 'anchorMissing' | 'forged';

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
  /** A record sealed with the desk's audit key has been seen: every later one must be sealed too. */
  sealed?: boolean;
  /** What the trail's own 审计链告警 records report so far (the walk goes on past them). */
  alarms?: AuditChainBreak[];
}

export const CHAIN_START: ChainPosition = { count: 0, seq: 0, hash: GENESIS_HASH };

/** How far from its place a moved record's original seq is looked for. */
const MOVED_SEARCH = 500;

/**
 * Checks the next records of the trail, in seq order, from where the walk has got. Returns the new position, or the
 * first break. The store's key is the seq, so records arrive sorted; gaps and foreign keys still show.
 *
 * An 审计链告警 record is reported but does not stop the walk: a gap it names (records cut off the end, whose old head
 * it links to) is bridged, so whatever is wrong after it is found too. With the desk's audit key, records sealed with
 * it must match, and once one has, every later one must be sealed (a restored backup's records before it may carry
 * another desk's seals).
 */
export function checkAuditRecords(
  position: ChainPosition,
  records: readonly AuditRecord[],
  key: Uint8Array | null = null,
): ChainPosition | AuditChainBreak {
  let at = position;
  for (const record of records) {
    const alarm = chainAlarmOf(record);
    const bridged = alarm !== null && bridgesGap(at, record, alarm);
    const problem = bridged ? checkContent(at, record) : checkOne(at, record);
    if (problem) return withAlarms(at, problem);
    const seal = checkSeal(at, record, key);
    if (seal && 'ok' in seal) return withAlarms(at, seal);
    const alarms = alarm ? [...(at.alarms ?? []), alarmBreak(at, record, alarm)] : at.alarms;
    at = {
      count: at.count + 1,
      seq: record.seq,
      hash: record.hash,
      ...(seal?.sealed || at.sealed ? { sealed: true } : {}),
      ...(alarms ? { alarms } : {}),
    };
  }
  return at;
}

/** The walk's outcome at the end of the trail: the first problem the alarms reported, or intact. */
export function chainResult(end: ChainPosition): AuditChainResult {
  const [first, ...later] = end.alarms ?? [];
  if (!first) return { ok: true, count: end.count };
  return later.length === 0
    ? first
    : { ...first, message: `${first.message}；另：${later.map((b) => b.message).join('；')}` };
}

/** The whole trail at once (tests, small trails); db/audit/verify.ts pages through the store instead. */
export function verifyAuditRecords(records: readonly AuditRecord[], key: Uint8Array | null = null): AuditChainResult {
  const result = checkAuditRecords(CHAIN_START, records, key);
  return isChainBreak(result) ? result : chainResult(result);
}

export function isChainBreak(value: ChainPosition | AuditChainBreak): value is AuditChainBreak {
  return 'ok' in value;
}

/** A break found after the trail's own alarms: the earliest problem leads, the others follow in its message. */
export function withAlarms(at: ChainPosition, problem: AuditChainBreak): AuditChainBreak {
  const [first, ...later] = [...(at.alarms ?? []), problem];
  if (!first || first === problem) return problem;
  return { ...first, message: `${first.message}；另：${[...later].map((b) => b.message).join('；')}` };
}

/** Whether this alarm record names exactly the gap before it and links to the head the desk had kept. */
function bridgesGap(at: ChainPosition, record: AuditRecord, alarm: ChainAlarm): boolean {
  return (
    record.seq > at.seq + 1 &&
    alarm.missingFrom === at.seq + 1 &&
    alarm.missingTo === record.seq - 1 &&
    alarm.anchor !== null &&
    alarm.anchor.seq === record.seq - 1 &&
    record.prevHash === alarm.anchor.hash
  );
}

/** What an 审计链告警 record reports, as the verification's problem. */
function alarmBreak(at: ChainPosition, record: AuditRecord, alarm: ChainAlarm): AuditChainBreak {
  const found = `（第 ${record.seq} 条审计链告警记录，${record.at.slice(0, 10)} ${record.at.slice(11, 19)} 发现）`;
  const base = { ok: false as const, count: at.count };
  switch (alarm.kind) {
    case 'truncated':
    case 'wiped':
      return {
        ...base,
        seq: alarm.missingFrom ?? record.seq,
        problem: 'missing',
        message: `${chainAlarmSummary(alarm).replace('审计链告警：', '')}${found}`,
      };
    case 'diverged':
      return {
        ...base,
        seq: alarm.anchor?.seq ?? record.seq,
        problem: 'unlinked',
        message: `${chainAlarmSummary(alarm).replace('审计链告警：', '')}${found}`,
      };
    case 'anchorMissing':
      return {
        ...base,
        seq: record.seq,
        problem: 'anchorMissing',
        message: `${chainAlarmSummary(alarm).replace('审计链告警：', '')}${found}`,
      };
  }
}

/** The record's MAC under the desk's key: null without a key or a seal, a break when it must match and does not. */
function checkSeal(
  at: ChainPosition,
  record: AuditRecord,
  key: Uint8Array | null,
): { sealed: true } | AuditChainBreak | null {
  if (!key) return null;
  if (macMatches(key, record.hash, record.mac)) return { sealed: true };
  if (!at.sealed) return null;
  const why = record.mac === undefined ? '没有本机审计密钥的校验码' : '校验码与本机审计密钥不符';
  return {
    ok: false,
    count: at.count,
    seq: record.seq,
    problem: 'forged',
    message: `第 ${record.seq} 条审计记录${why}：记录被改写后重新计算了哈希，或不是本机写入的`,
  };
}

function checkOne(previous: ChainPosition, record: AuditRecord): AuditChainBreak | null {
  const expected = previous.seq + 1;
  const broken = (seq: number, problem: AuditProblem, message: string): AuditChainBreak => ({
    ok: false,
    count: previous.count,
    seq,
    problem,
    message,
  });

  if (!Number.isInteger(record.seq) || record.seq < expected) {
    const after = previous.seq === 0 ? '审计链开头' : `第 ${previous.seq} 条之后`;
    return broken(previous.seq, 'inserted', `${after}插入了不属于审计链的记录（编号 ${String(record.seq)}）`);
  }
  if (record.seq > expected) {
    const range = record.seq - 1 > expected ? `第 ${expected} 至 ${record.seq - 1} 条` : `第 ${expected} 条`;
    return broken(expected, 'missing', `${range}审计记录缺失：已被删除`);
  }
  const content = checkContent(previous, record);
  if (content) return content;
  if (record.prevHash !== previous.hash) {
    const message =
      record.seq === 1
        ? '第 1 条审计记录不是审计链的开头：原有的记录被删除或替换'
        : `第 ${record.seq} 条审计记录与第 ${previous.seq} 条衔接不上：其前的记录被删除、替换或调换了顺序`;
    return broken(record.seq, 'unlinked', message);
  }
  return null;
}

/** Whether the record's content matches its hash (and if not, whether it is another record's, moved here). */
function checkContent(previous: ChainPosition, record: AuditRecord): AuditChainBreak | null {
  if (typeof record.hash === 'string' && auditHash(record) === record.hash) return null;
  const broken = (problem: AuditProblem, message: string): AuditChainBreak => ({
    ok: false,
    count: previous.count,
    seq: record.seq,
    problem,
    message,
  });
  const original = originalSeq(record);
  if (original !== null) {
    return broken(
      'moved',
      `第 ${record.seq} 条审计记录原是第 ${original} 条：记录的顺序被调换，或其前的记录被删除后重新编号`,
    );
  }
  return broken('edited', `第 ${record.seq} 条审计记录被改动：内容与其哈希值不符`);
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
