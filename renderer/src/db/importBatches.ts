import { toTimestamp, today } from '../domain/dates';
import type { FilledBlanks, ImportBatch, ImportMemory } from '../domain/import/importPlan';
import { EMPTY_IMPORT_MEMORY } from '../domain/import/importPlan';
import { markBulkAudit } from './audit/bulkAudit';
import type { DeskDatabase } from './database';
import { IMPORTED_TABLES } from './importedTables';
import { MissingRecordError } from './errors';
import { phonesFilled } from './importPeople';
import { rewritePetitionsOfChanged } from './petitions';
import { authorize } from './session';

/**
 * 撤销本次导入 and what the import remembers (issue 17). Undoing takes a batch back as a whole, the same day it was
 * made, and only while nothing was done with its petitions since: a case action, a further visit, a correction or a
 * letter would be lost with them. Every removed record is audited by the audit middleware, in bulk (one record per table listing the keys); the batch stays, marked
 * undone. Numbers issued to the batch are not given again (the year counters stay where they are).
 */

/** 撤销本次导入 was refused; the message says why in Chinese and is shown as it is. */
export class ImportUndoRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportUndoRefusedError';
  }
}

/** A batch as 导入记录 lists it: without what it filled into people (ID numbers and phones, kept for the undo only). */
export type ListedImportBatch = Omit<ImportBatch, 'filledPeople'>;

/** The import batches, newest first. 管理员 and 接待员 (records.register). */
export async function listImportBatches(db: DeskDatabase): Promise<ListedImportBatch[]> {
  authorize(db, 'records.register');
  const batches = await db.importBatches.toArray();
  return batches
    .sort((a, b) => b.importedAt.localeCompare(a.importedAt))
    .map(({ filledPeople: _filled, ...listed }) => listed);
}

/** Why a batch cannot be undone now, in Chinese; null when it can. */
async function undoRefusal(db: DeskDatabase, batch: ImportBatch, now: Date): Promise<string | null> {
  if (batch.undoneAt) return '该批导入已撤销';
  if (batch.importedAt.slice(0, 10) !== today(now)) return '只能在导入当天撤销本次导入';
  const petitions = await db.petitions.bulkGet(batch.petitionIds);
  const changed = petitions.filter((p) => p === undefined || p.updatedAt !== batch.importedAt);
  if (changed.length > 0) {
    const first = changed.find((p) => p !== undefined);
    const which = first ? `（如${first.regNo}）` : '';
    return `本次导入的信访事项中有${changed.length}件在导入后已被修改或办理${which}，不能整批撤销`;
  }
  const letters = await db.documents.where('petitionId').anyOf(batch.petitionIds).count();
  if (letters > 0) return '本次导入的信访事项已出具文书，不能整批撤销';
  // A matter 挂号 from imported petitions (研判预警 reads them) links them without changing them.
  const matters = await db.riskMatters.where('petitionIds').anyOf(batch.petitionIds).distinct().toArray();
  if (matters.length > 0)
    return `本次导入的信访事项已纳入排查台账（${matters.map((m) => m.riskNo).join('、')}），不能整批撤销`;
  return null;
}

/**
 * Takes back what the import filled into people on the desk: each field that still holds what the import wrote is
 * blank again (one someone changed since is theirs and stays); the people's other petitions' search text follows.
 */
async function unfillBlanks(db: DeskDatabase, filled: readonly FilledBlanks[], stamp: string): Promise<void> {
  const people = await db.petitioners.bulkGet(filled.map((f) => f.personId));
  const restored = filled.flatMap((f, i) => {
    const person = people[i];
    if (!person) return [];
    const idNumber = f.idNumber !== undefined && person.idNumber === f.idNumber;
    const phone = f.phone !== undefined && person.phone === f.phone;
    if (!idNumber && !phone) return [];
    const { phoneAsTyped, ...rest } = person;
    const typed = phone ? f.phoneAsTypedBefore : phoneAsTyped;
    return [
      {
        ...rest,
        ...(idNumber ? { idNumber: '' } : {}),
        ...(phone ? { phone: '' } : {}),
        ...(typed === undefined ? {} : { phoneAsTyped: typed }),
        updatedAt: stamp,
      },
    ];
  });
  if (restored.length === 0) return;
  await db.petitioners.bulkPut(restored);
  await rewritePetitionsOfChanged(db, phonesFilled(filled), '');
}

/**
 * 撤销本次导入: removes the batch's petitions, their receptions and events, and the people it created no other petition
 * names, and takes back what it filled into people already on the desk.
 */
export async function undoImport(db: DeskDatabase, batchId: string, now: Date): Promise<void> {
  const actor = authorize(db, 'records.register');
  const stamp = toTimestamp(now);
  const tables = [
    db.importBatches,
    db.petitions,
    db.receptions,
    db.caseEvents,
    db.petitioners,
    db.documents,
    db.riskMatters,
  ];
  await db.transaction('rw', tables, async () => {
    const batch = await db.importBatches.get(batchId);
    if (!batch) throw new MissingRecordError('该批导入记录不存在');
    const refusal = await undoRefusal(db, batch, now);
    if (refusal) throw new ImportUndoRefusedError(refusal);
    markBulkAudit({ batchId, label: `撤销导入 ${batch.fileName}`, tables: IMPORTED_TABLES });
    const ids = batch.petitionIds;
    // The petitions first: the ledger middleware takes their rows out once, and has no row left to rebuild when their
    // contacts go (contacts first would rebuild every row without its contact, then remove it).
    // Each table in one delete of its keys: Collection.delete() would send them 200 at a time, every chunk audited and
    // (for the contacts) its rows looked at on its own.
    await db.petitions.bulkDelete(ids);
    await db.receptions.bulkDelete(await db.receptions.where('petitionId').anyOf(ids).primaryKeys());
    await db.caseEvents.bulkDelete(await db.caseEvents.where('petitionId').anyOf(ids).primaryKeys());
    const created = batch.createdPetitionerIds;
    const stillNamed = new Set(
      (await db.petitions.where('petitionerIds').anyOf(created).toArray()).flatMap((p) => p.petitionerIds),
    );
    await db.petitioners.bulkDelete(created.filter((id) => !stillNamed.has(id)));
    await unfillBlanks(db, batch.filledPeople ?? [], stamp);
    await db.importBatches.put({ ...batch, undoneAt: stamp, undoneBy: actor.displayName });
  });
}

const MEMORY_KEY = 'import:memory';

/** What earlier imports taught: mapping presets by headers, category and unit words. */
export async function loadImportMemory(db: DeskDatabase): Promise<ImportMemory> {
  authorize(db, 'records.register');
  const stored = (await db.settings.get(MEMORY_KEY))?.value as Partial<ImportMemory> | undefined;
  return { ...EMPTY_IMPORT_MEMORY, ...stored };
}

/**
 * Keeps what this import taught, merged into what was kept: a preset replaces the one for the same headers, a word's
 * category or unit the one it had.
 */
export async function saveImportMemory(db: DeskDatabase, memory: ImportMemory): Promise<void> {
  authorize(db, 'records.register');
  await db.transaction('rw', db.settings, async () => {
    const kept = await loadImportMemory(db);
    const keys = new Set(memory.presets.map((p) => p.key));
    const merged: ImportMemory = {
      presets: [...kept.presets.filter((p) => !keys.has(p.key)), ...memory.presets],
      categoryWords: { ...kept.categoryWords, ...memory.categoryWords },
      unitWords: { ...kept.unitWords, ...memory.unitWords },
    };
    await db.settings.put({ key: MEMORY_KEY, value: merged });
  });
}
