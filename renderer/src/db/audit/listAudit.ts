import type { Role } from '../../domain/access/roles';
import type { AuditAction, AuditRecord } from '../../domain/audit/record';
import type { DeskDatabase } from '../database';
import { authorize } from '../session';
import { asAuditorReads } from './auditorReads';

/** What the 审计日志 filters on; every field optional, all given ones must hold. */
export interface AuditFilter {
  /** First and last day (local 'YYYY-MM-DD'), inclusive. */
  from?: string | null;
  to?: string | null;
  actorId?: string | null;
  action?: AuditAction | null;
  /** A table or explicit-event object ('petitions', 'backup', …). */
  entity?: string | null;
}

export interface AuditPage {
  /** Records matching the filter. */
  total: number;
  /** The requested page of them, newest first. */
  records: AuditRecord[];
}

/** Someone the trail may name, for the 操作人 filter. */
export interface AuditActorOption {
  id: string;
  displayName: string;
  username: string;
  role: Role;
}

/** Records read per request when loading many (an export). */
const CHUNK = 2_000;
/** Later than any time of day in a stored 'YYYY-MM-DDTHH:mm:ss.SSS'. */
const END_OF_DAY = 'T\uffff';

/**
 * One page of the audit trail, newest first. The unfiltered trail pages by seq ranges; a filter collects
 * the matching seqs from the indexes (at, actorId, action, entity: keys only, no records) and reads just the page's
 * records, so 100,000 records cost a few key lists, never a full read. The 审计员's alone, and read as the 审计员 may
 * (auditorReads.ts): ID numbers and phones masked, a confidential matter's people and texts （保密）.
 */
export async function listAudit(
  db: DeskDatabase,
  filter: AuditFilter,
  page: { offset: number; limit: number },
): Promise<AuditPage> {
  authorize(db, 'audit.view');
  const seqs = await matchingSeqs(db, filter);
  const found =
    seqs === null
      ? await wholeTrailPage(db, page)
      : { total: seqs.length, records: await recordsOf(db, seqs.slice(page.offset, page.offset + page.limit)) };
  return { total: found.total, records: await asAuditorReads(db, found.records) };
}

/**
 * A page of the unfiltered trail. An intact trail numbers 1…n without gaps, so a page is a range of seqs counted back
 * from the last (an offset walked by a cursor would read every record before it); a trail with gaps (the verification
 * names them) is paged through its list of keys instead.
 */
async function wholeTrailPage(db: DeskDatabase, page: { offset: number; limit: number }): Promise<AuditPage> {
  const [total, first, last] = await Promise.all([
    db.audit.count(),
    db.audit.orderBy('seq').first(),
    db.audit.orderBy('seq').last(),
  ]);
  if (!first || !last) return { total: 0, records: [] };
  if (last.seq - first.seq + 1 === total) {
    const upper = last.seq - page.offset;
    const records = await db.audit
      .where('seq')
      .between(upper - page.limit, upper, false, true)
      .reverse()
      .toArray();
    return { total, records };
  }
  const seqs = (await db.audit.toCollection().primaryKeys()).reverse();
  return { total, records: await recordsOf(db, seqs.slice(page.offset, page.offset + page.limit)) };
}

async function recordsOf(db: DeskDatabase, seqs: readonly number[]): Promise<AuditRecord[]> {
  return (await db.audit.bulkGet([...seqs])).filter((r): r is AuditRecord => r !== undefined);
}

/**
 * Every record matching the filter, newest first, read in chunks (onProgress after each), for the Excel export. The
 * 审计员's alone, read as listAudit reads them.
 */
export async function loadAuditRecords(
  db: DeskDatabase,
  filter: AuditFilter,
  onProgress?: (done: number, total: number) => void,
): Promise<AuditRecord[]> {
  authorize(db, 'audit.view');
  const seqs = (await matchingSeqs(db, filter)) ?? (await db.audit.toCollection().primaryKeys()).reverse();
  const records: AuditRecord[] = [];
  for (let start = 0; start < seqs.length; start += CHUNK) {
    records.push(...(await asAuditorReads(db, await recordsOf(db, seqs.slice(start, start + CHUNK)))));
    onProgress?.(Math.min(start + CHUNK, seqs.length), seqs.length);
  }
  return records;
}

/** The accounts, for the 操作人 filter: names and roles only, never a password hash. */
export async function listAuditActors(db: DeskDatabase): Promise<AuditActorOption[]> {
  authorize(db, 'audit.view');
  const users = await db.users.toArray();
  return users
    .map((u) => ({ id: u.id, displayName: u.displayName, username: u.username, role: u.role }))
    .sort((a, b) => a.username.localeCompare(b.username));
}

/** The seqs matching the filter, newest first; null when nothing is filtered. */
async function matchingSeqs(db: DeskDatabase, filter: AuditFilter): Promise<number[] | null> {
  const lists: Promise<number[]>[] = [];
  if (filter.from || filter.to) {
    const lower = filter.from ?? '';
    const upper = filter.to ? filter.to + END_OF_DAY : '\uffff';
    lists.push(db.audit.where('at').between(lower, upper, true, true).primaryKeys());
  }
  if (filter.actorId) lists.push(db.audit.where('actorId').equals(filter.actorId).primaryKeys());
  if (filter.action) lists.push(db.audit.where('action').equals(filter.action).primaryKeys());
  if (filter.entity) lists.push(db.audit.where('entity').equals(filter.entity).primaryKeys());
  if (lists.length === 0) return null;

  const [smallest, ...others] = (await Promise.all(lists)).sort((a, b) => a.length - b.length);
  const sets = others.map((list) => new Set(list));
  const matching = (smallest ?? []).filter((seq) => sets.every((set) => set.has(seq)));
  return matching.sort((a, b) => b - a);
}
