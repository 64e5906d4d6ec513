import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyCaseAction } from '../../../../renderer/src/db/cases';
import type { DeskDatabase } from '../../../../renderer/src/db/database';
import { loadPetitionContacts } from '../../../../renderer/src/db/identity';
import { importPetitions } from '../../../../renderer/src/db/imports';
import { loadLedgerRows, registerPetition } from '../../../../renderer/src/db/petitions';
import { suggestCategory } from '../../../../renderer/src/domain/import/categoryMapping';
import { suggestMapping } from '../../../../renderer/src/domain/import/columnMapping';
import { findTable } from '../../../../renderer/src/domain/import/findTable';
import type { ImportCandidate } from '../../../../renderer/src/domain/import/importPlan';
import { readImportRow } from '../../../../renderer/src/domain/import/readRow';
import { matchUnit } from '../../../../renderer/src/domain/import/unitMatch';
import type { LedgerRow } from '../../../../renderer/src/domain/ledgerQuery';
import { createWorkCalendar } from '../../../../renderer/src/domain/workCalendar';
import { buildLedgerWorkbook } from '../../../../renderer/src/documents/excel/ledgerWorkbook';
import { readWorkbook } from '../../../../renderer/src/documents/import/readWorkbook';
import { person, visit } from '../../domain/fixtures';
import { freshDb } from '../helpers';

const NOW = new Date(2026, 4, 25, 10, 0);
let source: DeskDatabase;
let target: DeskDatabase;
beforeEach(() => {
  source = freshDb();
  target = freshDb();
});
afterEach(() => {
  source.close();
  target.close();
});

/** Two petitions: a group of two with IDs and phones, still open; one by letter, closed through the workflow. */
async function fillSource(): Promise<void> {
  await registerPetition(
    source,
    visit({
      receivedAt: '2026-03-02T09:30',
      headcount: 6,
      petitioners: [
        person(),
        person({ name: '李秀兰', idNumber: '410602199001011231', phone: '0391-2345678', unitId: null }),
      ],
      categoryId: 'cat-01-01',
    }),
    NOW,
  );
  const letter = await registerPetition(
    source,
    visit({ channel: '来信', receivedAt: '2026-04-10T14:00', unitId: 'unit-1-2', summary: '反映选煤厂供暖不足' }),
    NOW,
  );
  const step = (action: 'accept' | 'reply' | 'close', payload: object) =>
    applyCaseAction(source, letter.id, action, payload, { now: NOW, calendar: createWorkCalendar() });
  await step('accept', {});
  await step('reply', { claims: [{ claim: '供暖', outcome: '予以支持', opinion: '已整改' }], servedAt: '2026-05-25' });
  await step('close', {});
}

/** The export read back as the dialog reads a file: table found, columns suggested, rows read and matched. */
async function readBack(rows: readonly LedgerRow[]): Promise<ImportCandidate[]> {
  const contacts = await loadPetitionContacts(
    source,
    rows.map((r) => r.id),
  );
  const reference = { categories: await source.categories.toArray(), units: await source.units.toArray() };
  const workbook = await buildLedgerWorkbook(rows, reference, { includePersonalInfo: true, contacts });
  const reading = readWorkbook(new Uint8Array(await workbook.xlsx.writeBuffer()), '信访台账-2026-05-25.xlsx');
  if (!reading.ok) throw new Error(reading.message);
  const [sheet] = reading.sheets;
  const table = sheet ? findTable(sheet, '信访台账-2026-05-25.xlsx') : null;
  if (!table) throw new Error('no table found');
  const mapping = suggestMapping(table.headers);
  return table.rows.map((dataRow) => {
    const { row, errors } = readImportRow(dataRow.cells, mapping, { year: dataRow.year }, NOW);
    expect(errors).toEqual([]);
    const unit = matchUnit(row.unit, reference.units, {});
    return {
      sheet: table.sheetName,
      rowNumber: dataRow.rowNumber,
      row,
      categoryId: suggestCategory(row.category, reference.categories, {})?.categoryId ?? null,
      unitId: unit.kind === 'exact' ? unit.unitId : null,
      personIds: row.people.map(() => null),
      flagged: false,
    };
  });
}

describe('the desk’s own Excel ledger export imported back', () => {
  it('loses none of the fields the export carries', async () => {
    await fillSource();
    const exported = await loadLedgerRows(source);
    const candidates = await readBack(exported);
    await importPetitions(target, { fileName: '信访台账-2026-05-25.xlsx', skipped: 0, candidates }, NOW);
    const kept = (row: LedgerRow, regNo: string) => ({
      regNo,
      receivedAt: row.receivedAt,
      channel: row.channel,
      petitionerNames: row.petitionerNames,
      headcount: row.headcount,
      categoryId: row.categoryId,
      unitId: row.unitId,
      summary: row.summary,
      closed: row.status === 'closed',
    });
    const imported = await target.petitions.toArray();
    const originalNo = new Map(imported.map((p) => [p.id, p.originalNo ?? '']));
    const importedKept = (await loadLedgerRows(target)).map((r) => kept(r, originalNo.get(r.id) ?? ''));
    const exportedKept = exported.map((r) => kept(r, r.regNo));
    // Received at the start of the day: the export writes the moment, the import keeps the day.
    const day = (k: ReturnType<typeof kept>) => ({ ...k, receivedAt: k.receivedAt.slice(0, 10) });
    expect(importedKept.map(day).sort((a, b) => a.regNo.localeCompare(b.regNo))).toEqual(
      exportedKept.map(day).sort((a, b) => a.regNo.localeCompare(b.regNo)),
    );
    const people = await target.petitioners.toArray();
    expect(people.map((p) => [p.name, p.idNumber, p.phoneAsTyped ?? p.phone]).sort()).toEqual(
      [
        ['张三', '140102197805203317', '13800001111'],
        ['李秀兰', '410602199001011231', '0391-2345678'],
      ].sort(),
    );
  });
});
