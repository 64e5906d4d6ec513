import type { CaseEvent, IssuedDocument, Petition } from '../../domain/types';
import type { DeskDatabase } from '../database';
import { authorize } from '../session';
import type { ParsedBackup } from './readBackup';

/** What the desk holds that the backup does not: lost by the restore, shown before 确认恢复. */
export interface LostRecords {
  /** 登记编号 of the petitions registered after the backup, in number order. */
  regNos: string[];
  /** Case events (受理, 交办, 延期, …) recorded after the backup. */
  caseEvents: number;
  /** Letters issued after the backup (each version counts). */
  documents: number;
}

/**
 * The petitions, case events and letters on the desk that the backup lacks, compared by id. Their numbers stay
 * taken after the restore (numberMarks.ts), but the records themselves are gone. Needs 备份和恢复数据, like the restore.
 */
export async function recordsLostByRestore(db: DeskDatabase, backup: ParsedBackup): Promise<LostRecords> {
  authorize(db, 'backup.manage');
  const idsIn = (table: string) =>
    new Set(((backup.tables.get(table) ?? []) as { id: string }[]).map((record) => record.id));
  const petitionIds = idsIn(db.petitions.name);
  const eventIds = idsIn(db.caseEvents.name);
  const documentIds = idsIn(db.documents.name);
  const regNos: string[] = [];
  await db.petitions.each((petition: Petition) => {
    if (!petitionIds.has(petition.id)) regNos.push(petition.regNo);
  });
  let caseEvents = 0;
  await db.caseEvents.each((event: CaseEvent) => {
    if (!eventIds.has(event.id)) caseEvents += 1;
  });
  // Only the keys: a letter's bytes are not read.
  const storedDocumentIds = (await db.documents.toCollection().primaryKeys()) as IssuedDocument['id'][];
  const documents = storedDocumentIds.filter((id) => !documentIds.has(id)).length;
  return { regNos: regNos.sort(byNumber), caseEvents, documents };
}

/** '2026-0009' before '2026-0010' before '2026-10000': by year, then by sequence. */
function byNumber(a: string, b: string): number {
  const [ya = '', sa = ''] = a.split('-');
  const [yb = '', sb = ''] = b.split('-');
  return ya === yb ? Number(sa) - Number(sb) || a.localeCompare(b) : ya.localeCompare(yb);
}
