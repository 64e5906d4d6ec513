import { alarmLinksTo, chainAlarmFor, chainAlarmSummary, type ChainAlarm } from '../../domain/audit/alarm';
import { auditHash, GENESIS_HASH } from '../../domain/audit/chain';
import type { Actor } from '../../domain/access/account';
import type { AuditRecord } from '../../domain/audit/record';
import type { ReplacedTrail } from '../../domain/audit/replacedTrail';
import { formatDateTime, toTimestamp } from '../../domain/dates';
import type { BackupSummary } from '../backup/readBackup';
import { sameStoredValue, type TableChanges } from '../backup/restoreChanges';
import { forEachStoredPage } from '../backup/tablePages';
import type { DeskDatabase } from '../database';
import { readAuditAnchor, writeAuditAnchor, type AuditHead } from './auditAnchor';
import { auditNow } from './auditClock';
import { sealRecord } from './auditKey';

/** Audit records read per request while looking for the desk's records a backup's trail lacks. */
const READ_PAGE = 2_000;

/** What the 恢复备份 record says: which file (its name, or where it came from), and when. */
export interface RestoreEvent {
  source: string;
  at: Date;
}

/** The audit table's part of a restore: what to write, and the head of the chain once it is written. */
export interface TrailChanges extends TableChanges {
  head: AuditHead;
}

/**
 * What a restore writes to the audit trail, in the restore's own transaction: nothing in the trail is ever lost, and
 * the restore itself is the chain's next record (恢复备份).
 *
 * - The desk's trail continues the backup's (its record at the backup's last seq has the same hash: yesterday's backup
 *   of this desk, or a backup without a trail): the backup's records are already there, so the trail stays as it is
 *   and 恢复备份 is appended after the desk's newest record. Records made since the backup (unmasks, exports) stay.
 * - It does not (another desk's backup, a new machine, trails that went apart): the backup's trail comes in, and every
 *   record of the desk that it lacks is carried whole inside the 恢复备份 record appended after the backup's last one
 *   (`before.replacedTrail`), so the hash chain covers them and the 审计员 sees and exports them.
 *
 * Throws when the backup holds two records with one seq.
 */
export async function restoredTrailChanges(
  db: DeskDatabase,
  incoming: readonly unknown[],
  backup: BackupSummary,
  event: RestoreEvent | undefined,
  onRead: (records: number) => void,
  actor: Actor,
): Promise<TrailChanges> {
  const backupTrail = new Map<number, AuditRecord>();
  let backupHead: AuditHead = { seq: 0, hash: GENESIS_HASH };
  for (const record of incoming as readonly AuditRecord[]) {
    if (backupTrail.has(record.seq)) throw new Error(`备份中的审计日志有两条记录的编号相同（${record.seq}）`);
    backupTrail.set(record.seq, record);
    if (record.seq > backupHead.seq) backupHead = { seq: record.seq, hash: record.hash };
  }
  const audit = db.audit;
  const table = audit.name;
  const continued = backupHead.seq === 0 || (await audit.get(backupHead.seq))?.hash === backupHead.hash;

  const newest = await audit.orderBy(':id').last();
  const deskHead: AuditHead = newest ? { seq: newest.seq, hash: newest.hash } : { seq: 0, hash: GENESIS_HASH };
  // A restore resets the kept head, so it must not be the way to hide a trail already cut short: the alarm goes first.
  const alarm = await deskAlarm(db, deskHead);

  if (continued) {
    onRead(await audit.count());
    const alarmRecord = alarm ? alarmRecordOf(actor, alarm, alarmLinksTo(alarm), event) : null;
    const record = restoreRecord(actor, alarmRecord ?? (newest ? deskHead : backupHead), backup, event, []);
    const adds = alarmRecord ? [alarmRecord, record] : [record];
    return { table, deletes: [], puts: [], adds, head: { seq: record.seq, hash: record.hash } };
  }

  const carried: AuditRecord[] = [];
  const deletes: number[] = [];
  const puts: AuditRecord[] = [];
  const matched = new Set<number>();
  await forEachStoredPage(audit, READ_PAGE, (page) => {
    for (const stored of page as AuditRecord[]) {
      const theirs = backupTrail.get(stored.seq);
      if (theirs) matched.add(stored.seq);
      if (theirs && sameStoredValue(stored, theirs)) continue;
      carried.push(stored);
      if (theirs) puts.push(theirs);
      else deletes.push(stored.seq);
    }
    onRead(page.length);
  });
  // The desk's alarm follows the backup's trail here: the desk's records themselves are carried in the restore record.
  const alarmRecord = alarm ? alarmRecordOf(actor, alarm, backupHead, event) : null;
  const record = restoreRecord(actor, alarmRecord ?? backupHead, backup, event, carried);
  const adds = [...backupTrail.values()].filter((r) => !matched.has(r.seq)).sort((a, b) => a.seq - b.seq);
  // Deletes are written before adds, so the restore record may take the seq of a desk record on its way out.
  const ours = alarmRecord ? [alarmRecord, record] : [record];
  return { table, deletes, puts, adds: [...adds, ...ours], head: { seq: record.seq, hash: record.hash } };
}

/**
 * Once the restore has committed, its record is the head the desk keeps outside the database (auditAnchor.ts): the
 * trail was legitimately replaced, and a later deletion of its newest records must still be found.
 */
export function anchorRestoredTrail(db: DeskDatabase, head: AuditHead): void {
  try {
    writeAuditAnchor(db.name, head, true);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`数据已恢复，但未能在本机记下审计链的末端（核验审计链时会报告审计日志被整体替换）：${reason}`, {
      cause: error,
    });
  }
}

/** The desk's trail compared with the head it kept, before the restore resets that head. */
async function deskAlarm(db: DeskDatabase, deskHead: AuditHead): Promise<ChainAlarm | null> {
  const anchor = readAuditAnchor(db.name);
  const atAnchor =
    anchor && anchor.seq > 0 && anchor.seq <= deskHead.seq ? (await db.audit.get(anchor.seq))?.hash : undefined;
  return chainAlarmFor(anchor, deskHead, atAnchor);
}

/** The 审计链告警 record a restore writes first, linked after `previous`, by the account that started the restore. */
function alarmRecordOf(
  actor: Actor,
  alarm: ChainAlarm,
  previous: AuditHead,
  event: RestoreEvent | undefined,
): AuditRecord {
  return restoreTrailRecord(actor, previous, event, {
    action: 'chainAlarm',
    entity: 'audit',
    summary: chainAlarmSummary(alarm),
    after: alarm,
  });
}

/**
 * 恢复备份, by the account that started the restore, linked after `previous`, hashed and sealed (the middleware leaves
 * a whole-database transaction to the restore).
 */
function restoreRecord(
  actor: Actor,
  previous: AuditHead,
  backup: BackupSummary,
  event: RestoreEvent | undefined,
  carried: AuditRecord[],
): AuditRecord {
  return restoreTrailRecord(actor, previous, event, {
    action: 'restore',
    entity: 'backup',
    summary: restoredSummary(backup, event?.source ?? '备份文件', carried),
    ...(carried.length === 0 ? {} : { before: { replacedTrail: carried } satisfies ReplacedTrail }),
  });
}

/** A record the restore writes itself: by `actor`, at the restore's time, linked after `previous`, hashed and sealed. */
function restoreTrailRecord(
  actor: Actor,
  previous: AuditHead,
  event: RestoreEvent | undefined,
  what: Pick<AuditRecord, 'action' | 'entity' | 'summary' | 'before' | 'after'>,
): AuditRecord {
  const linked: Omit<AuditRecord, 'hash'> = {
    seq: previous.seq + 1,
    at: toTimestamp(event?.at ?? auditNow()),
    actorId: actor.userId,
    actorName: actor.displayName,
    actorRole: actor.role,
    entityId: null,
    ...what,
    prevHash: previous.hash,
  };
  return sealRecord({ ...linked, hash: auditHash(linked) });
}

function restoredSummary(backup: BackupSummary, source: string, carried: readonly AuditRecord[]): string {
  const counts = backup.counts;
  const restored = `恢复备份：${source}（备份时间 ${formatDateTime(backup.createdAt)}，数据版本 ${backup.schemaVersion}，信访事项 ${counts.petitions ?? 0} 件，审计记录 ${counts.audit ?? 0} 条）`;
  if (carried.length === 0) return restored;
  const first = carried[0]?.seq;
  const last = carried[carried.length - 1]?.seq;
  const range = first === last ? `第 ${first} 条` : `第 ${first} 至 ${last} 条`;
  return `${restored}；本机原有审计记录 ${carried.length} 条（${range}）不在备份的审计链中，已并入本记录`;
}
