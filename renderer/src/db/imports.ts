import type { DeskCheck, ImportBatch, ImportMemory, ImportRequest, ImportResult } from '../domain/import/importPlan';
import type { ImportedRow } from '../domain/import/readRow';
import type { DeskDatabase } from './database';

/**
 * Bringing old Excel ledgers in (issue 17): what the desk already holds of the previewed rows, the write of a whole
 * import in one transaction, its batch record and its undo the same day. 管理员 and 接待员 only (records.register).
 * First commit: the signatures the dialog builds against.
 */

/** Per row, in order: an exact duplicate already on the desk, and the desk's people its people are recognised as. */
export async function previewAgainstDesk(db: DeskDatabase, rows: readonly ImportedRow[]): Promise<DeskCheck[]> {
  void db;
  void rows;
  throw new Error('not yet');
}

/** Stores every candidate as a petition, or none; records the batch. */
export async function importPetitions(db: DeskDatabase, request: ImportRequest, now: Date): Promise<ImportResult> {
  void db;
  void request;
  void now;
  throw new Error('not yet');
}

/** 撤销本次导入: removes the whole batch, the same day only, refused if any of its petitions was changed since. */
export async function undoImport(db: DeskDatabase, batchId: string, now: Date): Promise<void> {
  void db;
  void batchId;
  void now;
  throw new Error('not yet');
}

/** The import batches, newest first (for 「撤销本次导入」 after the dialog closed). */
export async function listImportBatches(db: DeskDatabase): Promise<ImportBatch[]> {
  void db;
  throw new Error('not yet');
}

/** What earlier imports taught: presets, category and unit words. */
export async function loadImportMemory(db: DeskDatabase): Promise<ImportMemory> {
  void db;
  throw new Error('not yet');
}

/** Keeps what this import taught (merged into what was kept: a later word wins). */
export async function saveImportMemory(db: DeskDatabase, memory: ImportMemory): Promise<void> {
  void db;
  void memory;
  throw new Error('not yet');
}
