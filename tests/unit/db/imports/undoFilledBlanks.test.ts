import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DeskDatabase } from '../../../../renderer/src/db/database';
import { listImportBatches, undoImport } from '../../../../renderer/src/db/importBatches';
import { importPetitions } from '../../../../renderer/src/db/imports';
import { loadLedgerRows, registerPetition } from '../../../../renderer/src/db/petitions';
import { fieldChanges } from '../../../../renderer/src/domain/audit/display';
import { UNKNOWN_FIELD_LABEL } from '../../../../renderer/src/domain/audit/fieldLabels';
import { DEFAULT_LEDGER_SORT, queryLedger } from '../../../../renderer/src/domain/ledgerQuery';
import type { Petition } from '../../../../renderer/src/domain/types';
import { person, visit } from '../../domain/fixtures';
import { candidate, importedPerson, importedRow } from '../../domain/import/importFixtures';
import { freshDb } from '../helpers';

/**
 * Review finding 3 of the import: what an import filled into blanks of a person already on the desk (their ID number,
 * their phone) is recorded in the batch and taken back by 撤销本次导入; a filled phone is searchable on the person's
 * other petitions, and no longer once it is taken back.
 */
const NOW = new Date(2026, 4, 25, 10, 0);
const LATER_THAT_DAY = new Date(2026, 4, 25, 16, 0);
const LI_ID = '410602199001011231';
const LI_PHONE = '13911112222';
const ZHAO_ID = '32010619850712004X';
const ZHAO_PHONE = '13700004444';

let db: DeskDatabase;
/** 李四, known by his ID number without a phone, and 赵六, known by name + phone without an ID number. */
let registered: Petition;
let li: string;
let zhao: string;
beforeEach(async () => {
  db = freshDb();
  registered = await registerPetition(
    db,
    visit({
      petitioners: [
        person({ name: '李四', idNumber: LI_ID, phone: '', address: '' }),
        person({ name: '赵六', idNumber: '', phone: ZHAO_PHONE, address: '' }),
      ],
      headcount: 2,
    }),
    NOW,
  );
  [li = '', zhao = ''] = registered.petitionerIds;
});
afterEach(() => db.close());

async function found(text: string): Promise<string[]> {
  const rows = await loadLedgerRows(db);
  return queryLedger(rows, { text, sort: DEFAULT_LEDGER_SORT, page: 1, pageSize: 50 }).rows.map((r) => r.regNo);
}

/** Imports one row of 李四 and 赵六 with their ID numbers and phones, linked to the desk's records of them. */
async function importBoth(): Promise<string> {
  const row = importedRow({
    people: [importedPerson('李四', LI_ID, '139-1111-2222'), importedPerson('赵六', ZHAO_ID, ZHAO_PHONE)],
    headcount: 2,
  });
  const result = await importPetitions(
    db,
    { fileName: '台账.xlsx', skipped: 0, candidates: [candidate(row, 3, { personIds: [li, zhao] })] },
    NOW,
  );
  return result.batchId;
}

describe('blanks an import filled into a person on the desk', () => {
  it('are recorded in the batch', async () => {
    await importBoth();
    expect(await db.petitioners.get(li)).toMatchObject({
      idNumber: LI_ID,
      phone: LI_PHONE,
      phoneAsTyped: '139-1111-2222',
    });
    expect(await db.petitioners.get(zhao)).toMatchObject({ idNumber: ZHAO_ID, phone: ZHAO_PHONE });
    const [listed] = await listImportBatches(db);
    // The list the desk shows holds no ID number or phone; the stored batch keeps them for the undo.
    expect(listed).not.toHaveProperty('filledPeople');
    const batch = await db.importBatches.get(listed?.id ?? '');
    expect(batch?.filledPeople).toEqual([
      { personId: li, phone: LI_PHONE, phoneAsTyped: '139-1111-2222', phoneAsTypedBefore: '' },
      { personId: zhao, idNumber: ZHAO_ID },
    ]);
  });

  it('are named in Chinese on the 审计日志', async () => {
    await importBoth();
    const [listed] = await listImportBatches(db);
    const batch = await db.importBatches.get(listed?.id ?? '');
    const fields = fieldChanges('importBatches', undefined, batch).map((c) => c.field);
    expect(fields).toContain('补全的信访人信息 · 第1项 · 原联系电话（登记原样）');
    expect(fields.filter((f) => f.includes(UNKNOWN_FIELD_LABEL))).toEqual([]);
  });

  it('make the person’s earlier petitions searchable by the filled phone', async () => {
    expect(await found(LI_PHONE)).toEqual([]);
    await importBoth();
    expect((await found(LI_PHONE)).sort()).toEqual(['2025-0001', registered.regNo].sort());
  });

  it('are taken back by 撤销本次导入, with the earlier petitions’ search text', async () => {
    const before = await db.petitioners.bulkGet([li, zhao]);
    const batchId = await importBoth();
    await undoImport(db, batchId, LATER_THAT_DAY);
    const after = await db.petitioners.bulkGet([li, zhao]);
    expect(after).toEqual(before.map((p) => ({ ...p, updatedAt: '2026-05-25T16:00:00.000' })));
    expect(await found(LI_PHONE)).toEqual([]);
    expect(await found('李四')).toEqual([registered.regNo]);
  });

  it('leave a record written before phones were kept as typed without one after the undo', async () => {
    const { phoneAsTyped: _typed, ...older } = (await db.petitioners.get(li))!;
    await db.petitioners.put(older);
    const batchId = await importBoth();
    await undoImport(db, batchId, LATER_THAT_DAY);
    const after = await db.petitioners.get(li);
    expect(after).toMatchObject({ phone: '', idNumber: LI_ID });
    expect(after && 'phoneAsTyped' in after).toBe(false);
  });

  it('do not count as a change of the person’s earlier petitions, so an earlier batch of the day can still be undone', async () => {
    // Batch A imports a visit of 李四 without a phone; batch B, later that day, fills his phone.
    const first = await importPetitions(
      db,
      {
        fileName: '一月.xlsx',
        skipped: 0,
        candidates: [candidate(importedRow({ people: [importedPerson('李四', LI_ID)] }), 3, { personIds: [li] })],
      },
      NOW,
    );
    await importPetitions(
      db,
      {
        fileName: '二月.xlsx',
        skipped: 0,
        candidates: [
          candidate(importedRow({ receivedDate: '2025-04-07', people: [importedPerson('李四', LI_ID, LI_PHONE)] }), 3, {
            personIds: [li],
          }),
        ],
      },
      LATER_THAT_DAY,
    );
    expect((await db.petitions.get(registered.id))?.updatedAt).toBe(registered.updatedAt);
    expect((await found(LI_PHONE)).length).toBe(3);
    await undoImport(db, first.batchId, LATER_THAT_DAY);
    expect((await found(LI_PHONE)).length).toBe(2);
  });

  it('are left as they are where someone changed them after the import', async () => {
    const batchId = await importBoth();
    const person = await db.petitioners.get(li);
    await db.petitioners.put({ ...person!, phone: '13700003333', phoneAsTyped: '13700003333' });
    await undoImport(db, batchId, LATER_THAT_DAY);
    expect(await db.petitioners.get(li)).toMatchObject({ idNumber: LI_ID, phone: '13700003333' });
    expect(await db.petitioners.get(zhao)).toMatchObject({ idNumber: '', phone: ZHAO_PHONE });
  });
});
