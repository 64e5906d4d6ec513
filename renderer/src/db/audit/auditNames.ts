import { DOC_KINDS } from '../../domain/docNo';
import { eventLabel } from '../../domain/caseEventLabels';
import type { AuditNames } from '../../domain/audit/display';
import type { AuditRecord } from '../../domain/audit/record';
import { replacedTrailOf } from '../../domain/audit/replacedTrail';
import type { DeskDatabase } from '../database';
import { authorize } from '../session';

/** A field holding another record's id, as domain/audit/display.ts reads them. */
const isReference = (key: string) => /^id$|Ids?$/.test(key) || key === 'supersedes';

function collectIds(value: unknown, key: string, into: Set<string>): void {
  if (typeof value === 'string') {
    if (value && isReference(key)) into.add(value);
    if (key === 'scopeKey' && value.startsWith('unit:')) into.add(value.slice(5));
  } else if (Array.isArray(value)) {
    for (const v of value) collectIds(v, key, into);
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) collectIds(v, k, into);
  }
}

/**
 * What the ids these records hold are called, so the 审计日志 names a record as the office knows it, never by its id
 * (issue 12, item 8): a petition by its 登记编号, a unit or category by its name, an account by its name, a letter by its
 * 文号, a reception by its time, an event by its kind. A petitioner is 信访人 and an attachment 附件 only: the 审计员
 * reads no person's name (auditorView.ts), and a file's name may be one. An id whose record is gone is left out.
 */
export async function auditNames(db: DeskDatabase, records: readonly AuditRecord[]): Promise<AuditNames> {
  authorize(db, 'audit.view');
  const ids = new Set<string>();
  const visit = (record: AuditRecord) => {
    const carried = replacedTrailOf(record);
    if (carried) return carried.forEach(visit);
    if (record.entityId) ids.add(record.entityId);
    if (record.actorId) ids.add(record.actorId);
    collectIds(record.before, '', ids);
    collectIds(record.after, '', ids);
  };
  records.forEach(visit);
  const keys = [...ids];
  const [petitions, units, categories, users, documents, receptions, events, petitioners, attachments] =
    await Promise.all([
      db.petitions.bulkGet(keys),
      db.units.bulkGet(keys),
      db.categories.bulkGet(keys),
      db.users.bulkGet(keys),
      db.documents.bulkGet(keys),
      db.receptions.bulkGet(keys),
      db.caseEvents.bulkGet(keys),
      db.petitioners.bulkGet(keys),
      db.attachments.bulkGet(keys),
    ]);
  const names = new Map<string, string>();
  keys.forEach((id, i) => {
    const [document, reception, event] = [documents[i], receptions[i], events[i]];
    const name =
      petitions[i]?.regNo ??
      units[i]?.name ??
      categories[i]?.name ??
      users[i]?.displayName ??
      (document ? document.docNo || DOC_KINDS[document.kind].label : undefined) ??
      (reception ? `接待记录 ${reception.receivedAt.replace('T', ' ').slice(0, 16)}` : undefined) ??
      (event ? `办理记录（${eventLabel(event.type)}）` : undefined) ??
      (petitioners[i] ? '信访人' : undefined) ??
      (attachments[i] ? '附件' : undefined);
    if (name) names.set(id, name);
  });
  return names;
}
