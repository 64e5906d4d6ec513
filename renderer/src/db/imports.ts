import { z } from 'zod';
import { isConfidential } from '../domain/access/confidential';
import { toTimestamp } from '../domain/dates';
import { duplicateKey, personFinder, rowDuplicateKey } from '../domain/import/importKeys';
import {
  HIDDEN_DUPLICATE,
  type DeskCheck,
  type ImportBatch,
  type ImportRequest,
  type ImportResult,
  type RepeatVisitor,
} from '../domain/import/importPlan';
import {
  handlingNote,
  importedAsConfidential,
  importedPetition,
  importedReceivedAt,
  numberImports,
} from '../domain/import/importRecords';
import type { ImportedRow } from '../domain/import/readRow';
import { importIssueMessage } from '../domain/import/requestIssues';
import { parseRegNo, regNoCounterKey } from '../domain/regNo';
import { readStoredLedger } from '../ledger/persistence';
import { buildSearchText } from '../domain/search';
import { categoryPath } from '../domain/treePath';
import type { CaseEvent, Petition, Petitioner, Reception } from '../domain/types';
import type { DeskDatabase } from './database';
import { RegistrationError } from './errors';
import { IMPORTED_TABLES } from './importedTables';
import { markBulkAudit } from './audit/bulkAudit';
import { peopleKnownBy, phonesFilled, saveImportPeople } from './importPeople';
import { rewritePetitionsOfChanged } from './petitions';
import { authorize, maySeeConfidential } from './session';
import { checkInStep } from './ledgerIndex';
import { getSettings } from './settings';

/**
 * Bringing old Excel ledgers in (issue 17): what the desk already holds of the previewed rows, and the write of a
 * whole import in one transaction with its batch record (its undo: importUndo.ts). 管理员 and 接待员 only
 * (records.register, as registration).
 */

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The write's input checked at the boundary: every candidate has its received day and its matter. */
const REQUEST_SCHEMA = z.object({
  fileName: z.string().trim().min(1, '缺少文件名').max(255),
  skipped: z.number().int().nonnegative(),
  candidates: z
    .array(
      z.looseObject({
        sheet: z.string(),
        rowNumber: z.number().int().positive(),
        categoryId: z.string().min(1).nullable(),
        unitId: z.string().min(1).nullable(),
        personIds: z.array(z.string().min(1).nullable()),
        flagged: z.boolean(),
        row: z.looseObject({
          receivedDate: z.string().regex(DAY, '日期无效'),
          matter: z.string().trim().min(1, '反映问题：未填写'),
          people: z.array(z.looseObject({ name: z.string() })),
          headcount: z.number().int().positive(),
        }),
      }),
    )
    .min(1, '没有可导入的行'),
});

/** Refuses a request with its first problem in Chinese, naming the sheet and row. */
function checkedRequest(request: ImportRequest): void {
  const parsed = REQUEST_SCHEMA.safeParse(request, { error: importIssueMessage });
  if (parsed.success) {
    const bad = request.candidates.find((c) => c.personIds.length !== c.row.people.length);
    if (!bad) return;
    throw new RegistrationError({ import: `${bad.sheet}第${bad.rowNumber}行：信访人与确认的人员不对应，请重新预览` });
  }
  const issue = parsed.error.issues[0];
  const index = issue?.path[0] === 'candidates' ? issue.path[1] : undefined;
  const where = typeof index === 'number' ? placeOfCandidate(request.candidates[index], index) : '';
  throw new RegistrationError({ import: `${where}${issue?.message ?? '导入内容无效'}` });
}

/** 「3月第7行：」, or the candidate's place in the request when its sheet or row is itself what is wrong. */
function placeOfCandidate(at: unknown, index: number): string {
  const { sheet, rowNumber } = (at ?? {}) as { sheet?: unknown; rowNumber?: unknown };
  const named = typeof sheet === 'string' && typeof rowNumber === 'number' && Number.isInteger(rowNumber);
  return named && rowNumber > 0 ? `${sheet}第${rowNumber}行：` : `第${index + 1}条导入行：`;
}

/**
 * Per row, in order: a petition already on the desk that is the same contact (same day, people and matter), and the
 * desk's people the row's people are recognised as (importKeys.ts recognisedAs: never two different valid ID numbers),
 * with their petitions' numbers. An account without the 保密 grant learns nothing of a person on a confidential
 * matter (as findRepeatCandidates): such a person is not offered; and of a confidential matter the row repeats only
 * that there is one (HIDDEN_DUPLICATE), so the row stays skipped instead of coming in again in the clear.
 */
export async function previewAgainstDesk(db: DeskDatabase, rows: readonly ImportedRow[]): Promise<DeskCheck[]> {
  authorize(db, 'records.register');
  const granted = maySeeConfidential(db);
  const tables = [db.petitions, db.petitioners, db.receptions, db.ledgerChunks];
  return db.transaction('r', tables, async () => {
    const people = await peopleKnownBy(
      db,
      rows.flatMap((row) => row.people),
    );
    const theirs =
      people.length > 0
        ? await db.petitions
            .where('petitionerIds')
            .anyOf(people.map((p) => p.id))
            .distinct()
            .toArray()
        : [];
    const hidden = new Set(granted ? [] : theirs.filter(isConfidential).flatMap((p) => p.petitionerIds));
    const regNosOf = new Map<string, Petition[]>();
    for (const petition of theirs)
      for (const id of petition.petitionerIds) regNosOf.set(id, [...(regNosOf.get(id) ?? []), petition]);
    const find = personFinder(people.filter((p) => !hidden.has(p.id)));
    const duplicates = await deskDuplicates(db, rows, granted);
    return rows.map((row, r) => {
      const same = duplicates[r];
      const visitors: RepeatVisitor[] = row.people.flatMap((person, i) =>
        find(person).map(({ known: p, matchedBy }) => ({
          person: i,
          personId: p.id,
          name: p.name,
          matchedBy,
          regNos: (regNosOf.get(p.id) ?? [])
            .sort((a, b) => b.receivedAt.localeCompare(a.receivedAt))
            .map((x) => x.regNo),
        })),
      );
      const duplicateOf =
        same === undefined
          ? null
          : !granted && isConfidential(same)
            ? HIDDEN_DUPLICATE
            : { petitionId: same.id, regNo: same.regNo };
      return { duplicateOf, repeatVisitors: visitors };
    });
  });
}

/**
 * Per row, the petition on the desk it repeats exactly, if any (voided ones are no longer on the desk). For an account
 * without the 保密 grant a confidential one wins over an ordinary one with the same key: the row must stay out.
 */
async function deskDuplicates(
  db: DeskDatabase,
  rows: readonly ImportedRow[],
  granted: boolean,
): Promise<(Petition | undefined)[]> {
  const sameDay = await sameDayAndPeople(db, rows);
  const namesOf = await petitionerNames(db, sameDay);
  const byKey = new Map<string, Petition>();
  for (const p of sameDay) {
    if (p.status === 'voided') continue;
    const key = duplicateKey({ day: p.receivedAt.slice(0, 10), names: namesOf(p), matter: p.summary });
    const kept = byKey.get(key);
    if (!kept || (!granted && isConfidential(p) && !isConfidential(kept))) byKey.set(key, p);
  }
  return rows.map((row) => {
    const key = rowDuplicateKey(row);
    return key === null ? undefined : byKey.get(key);
  });
}

/**
 * Refuses, for an account without the 保密 grant, a candidate that repeats a confidential matter (the preview keeps
 * such a row skipped; a request still carrying one was made before that matter came, or not by the preview). Read in
 * its own transaction just before the write's: the ledger's rows it reads cannot be read inside a transaction that
 * writes petitions without keeping them itself (ledger/middleware.ts).
 */
async function refuseHiddenDuplicates(db: DeskDatabase, request: ImportRequest): Promise<void> {
  if (maySeeConfidential(db)) return;
  const rows = request.candidates.map((c) => c.row);
  const tables = [db.petitions, db.petitioners, db.receptions, db.ledgerChunks];
  const duplicates = await db.transaction('r', tables, () => deskDuplicates(db, rows, false));
  const at = request.candidates.find((_, i) => {
    const same = duplicates[i];
    return same !== undefined && isConfidential(same);
  });
  if (at)
    throw new RegistrationError({
      import: `${at.sheet}第${at.rowNumber}行：与一件保密信访事项相同，不能导入，请重新预览`,
    });
}

/**
 * The petitions that may be exact duplicates of the rows: received on a row's day with a row's people. Found in the
 * ledger's persisted rows (no index on the day; the rows carry the day and the names), then read by id; one pass over
 * the petitions only when the rows are out of step with them (the ledger's next load rebuilds them).
 */
async function sameDayAndPeople(db: DeskDatabase, rows: readonly ImportedRow[]): Promise<Petition[]> {
  const days = new Set(rows.flatMap((row) => (row.receivedDate ? [row.receivedDate] : [])));
  const ledger = checkInStep(await readStoredLedger(db));
  if (!('rows' in ledger)) return db.petitions.filter((p) => days.has(p.receivedAt.slice(0, 10))).toArray();
  const wanted = new Set(rows.flatMap((row) => (row.receivedDate ? [dayAndPeople(row.receivedDate, row.people)] : [])));
  const ids = ledger.rows.flatMap((row) => {
    const day = row.receivedAt.slice(0, 10);
    if (!days.has(day)) return [];
    return wanted.has(
      dayAndPeople(
        day,
        row.petitionerNames.map((name) => ({ name })),
      ),
    )
      ? [row.id]
      : [];
  });
  return (await db.petitions.bulkGet(ids)).filter((p): p is Petition => p !== undefined);
}

/** The day and names part of a duplicate key (duplicateKey with no matter). */
const dayAndPeople = (day: string, people: readonly { name: string }[]): string =>
  duplicateKey({ day, names: people.map((p) => p.name), matter: '' });

async function petitionerNames(db: DeskDatabase, petitions: readonly Petition[]): Promise<(p: Petition) => string[]> {
  const ids = [...new Set(petitions.flatMap((p) => p.petitionerIds))];
  const names = new Map<string, string>();
  (await db.petitioners.bulkGet(ids)).forEach((p) => {
    if (p) names.set(p.id, p.name);
  });
  return (p) => p.petitionerIds.map((id) => names.get(id) ?? '');
}

/** The last number issued in each year: the year's counter, or a higher number already on the desk. */
async function lastIssued(db: DeskDatabase, years: readonly number[]): Promise<Map<number, number>> {
  const last = new Map<number, number>();
  for (const year of years) {
    const counter = (await db.settings.get(regNoCounterKey(year)))?.value;
    let highest = typeof counter === 'number' ? counter : 0;
    for (const key of await db.petitions.where('regNo').startsWith(`${year}-`).keys())
      highest = Math.max(highest, parseRegNo(String(key))?.seq ?? 0);
    last.set(year, highest);
  }
  return last;
}

/**
 * 确认导入: every candidate becomes a petition with its first reception and its events, or nothing is written (one
 * transaction). Received dates are kept; desk numbers run in date order within each year after the numbers already
 * issued (numberImports) and the year counters move on past them; the old number stays as 原编号. Rows marked 办结
 * are closed cases (importedCaseFacts). The batch is recorded for 撤销本次导入.
 */
export async function importPetitions(db: DeskDatabase, request: ImportRequest, now: Date): Promise<ImportResult> {
  const actor = authorize(db, 'records.register');
  checkedRequest(request);
  await refuseHiddenDuplicates(db, request);
  const granted = maySeeConfidential(db);
  const stamp = toTimestamp(now);
  const { collectiveThreshold } = await getSettings(db);
  const batchId = crypto.randomUUID();
  const { candidates } = request;
  const years = [...new Set(candidates.map((c) => Number(c.row.receivedDate?.slice(0, 4))))];
  const tables = [db.petitions, db.receptions, db.petitioners, db.caseEvents, db.settings, db.importBatches];
  return db.transaction('rw', [...tables, db.categories, db.units], async () => {
    await refuseMissing(db, request);
    // The batch's new records audited in bulk, one record per table with their keys and digest (docs/security.md).
    markBulkAudit({ batchId, label: `导入 ${request.fileName.trim()}`, tables: IMPORTED_TABLES });
    const categories = await db.categories.toArray();
    const { numbers, lastOfYear } = numberImports(candidates, await lastIssued(db, years));
    const people = await saveImportPeople(db, candidates, stamp, granted);
    // A phone filled into a person on the desk is searchable on their earlier petitions too (before this batch's are
    // written, which carry it already).
    await rewritePetitionsOfChanged(db, phonesFilled(people.filled), '');
    const petitions: Petition[] = [];
    const receptions: Reception[] = [];
    const events: CaseEvent[] = [];
    candidates.forEach((candidate, i) => {
      const number = numbers[i];
      const petitionerIds = people.idsOf[i] ?? [];
      if (!number) return;
      const everyone = petitionerIds.map((id) => people.byId.get(id)).filter((p): p is Petitioner => !!p);
      const { row } = candidate;
      const searchText = buildSearchText({
        names: everyone.map((p) => p.name),
        phones: everyone.map((p) => p.phone),
        regNo: number.regNo,
        summary: row.matter,
        demands: row.demands,
      });
      const petition = importedPetition({
        candidate,
        confidential: importedAsConfidential(row, categoryPath(categories, candidate.categoryId)),
        number,
        petitionerIds,
        batchId,
        collectiveThreshold,
        searchText,
        stamp,
      });
      petitions.push(petition);
      const reception: Reception = {
        id: crypto.randomUUID(),
        petitionId: petition.id,
        channel: petition.channel,
        receivedAt: petition.receivedAt,
        headcount: petition.headcount,
        petitionerIds,
        receivingOfficer: '',
        isRepeat: false,
        flags: petition.flags,
        source: null,
        note: '',
        createdAt: stamp,
      };
      receptions.push(reception);
      events.push(...importEvents(petition, candidate, reception.id, request.fileName, actor.displayName, stamp));
    });
    // The contacts before their petitions: the ledger middleware then builds each petition's row once, when the
    // petition is written, instead of once for the petition and again for its contact.
    await db.receptions.bulkAdd(receptions);
    await db.petitions.bulkAdd(petitions);
    await db.caseEvents.bulkAdd(events);
    for (const [year, seq] of lastOfYear) await db.settings.put({ key: regNoCounterKey(year), value: seq });
    const flagged = candidates.filter((c) => c.flagged).length;
    const batch: ImportBatch = {
      id: batchId,
      fileName: request.fileName.trim(),
      importedAt: stamp,
      importedBy: actor.userId,
      importedByName: actor.displayName,
      rows: petitions.length,
      skipped: request.skipped,
      flagged,
      petitionIds: petitions.map((p) => p.id),
      createdPetitionerIds: people.createdIds,
      ...(people.filled.length > 0 ? { filledPeople: people.filled } : {}),
    };
    await db.importBatches.add(batch);
    return { batchId, imported: petitions.length, skipped: request.skipped, flagged };
  });
}

/** Refuses categories and units no longer on the desk (inside the transaction, so nothing is kept). */
async function refuseMissing(db: DeskDatabase, request: ImportRequest): Promise<void> {
  const checks = [
    { table: db.categories, field: 'categoryId', message: '所选问题类别已被删除，请重新预览' },
    { table: db.units, field: 'unitId', message: '所选单位已被删除，请重新预览' },
  ] as const;
  for (const { table, field, message } of checks) {
    const wanted = [...new Set(request.candidates.flatMap((c) => (c[field] === null ? [] : [c[field]])))];
    const found: unknown[] = await table.bulkGet(wanted);
    if (found.some((record) => record === undefined)) throw new RegistrationError({ [field]: message });
  }
}

/** The imported case's events: registered (from which file and row), and for a closed row its 办结 on its day. */
function importEvents(
  petition: Petition,
  candidate: ImportRequest['candidates'][number],
  receptionId: string,
  fileName: string,
  actor: string,
  stamp: string,
): CaseEvent[] {
  const { row } = candidate;
  const origin = `由Excel台账导入（${fileName} ${candidate.sheet}第${candidate.rowNumber}行${row.originalNo ? `，原编号${row.originalNo}` : ''}）`;
  const registered: CaseEvent = {
    id: crypto.randomUUID(),
    petitionId: petition.id,
    // On the day it came, so the case's history reads in order; when it was imported is the batch's (and this text's).
    at: petition.receivedAt,
    actor,
    type: 'registered',
    text: `登记（${origin}）`,
    data: {
      regNo: petition.regNo,
      receptionId,
      importBatchId: petition.importBatchId,
      originalNo: row.originalNo,
      sheet: candidate.sheet,
      rowNumber: candidate.rowNumber,
      receivedAt: importedReceivedAt(row),
    },
  };
  const note = handlingNote(row);
  if (!row.closed) {
    return note === null
      ? [registered]
      : [
          registered,
          {
            id: crypto.randomUUID(),
            petitionId: petition.id,
            at: stamp,
            actor,
            type: 'addNote',
            text: note,
            data: { note },
          },
        ];
  }
  const closedAt = petition.caseFacts?.closedAt ?? '';
  const closed: CaseEvent = {
    id: crypto.randomUUID(),
    petitionId: petition.id,
    at: `${closedAt}T00:00`,
    actor,
    type: 'close',
    text: note === null ? '办结（导入）' : `办结（导入）：${note}`,
    data: { closedAt, satisfaction: row.satisfaction, note: note ?? '' },
  };
  return [registered, closed];
}
