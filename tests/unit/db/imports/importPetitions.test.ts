import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DeskDatabase } from '../../../../renderer/src/db/database';
import { importPetitions, previewAgainstDesk } from '../../../../renderer/src/db/imports';
import { listImportBatches } from '../../../../renderer/src/db/importBatches';
import { loadLedgerRows, registerPetition } from '../../../../renderer/src/db/petitions';
import { rebuildLedgerIndex } from '../../../../renderer/src/db/ledgerIndex';
import { getSettings } from '../../../../renderer/src/db/settings';
import { caseEnvironment } from '../../../../renderer/src/domain/caseEnvironment';
import { DEFAULT_LEDGER_SORT, queryLedger } from '../../../../renderer/src/domain/ledgerQuery';
import {
  change,
  computeStatistics,
  statRecordsFromLedger,
  yearPeriod,
} from '../../../../renderer/src/domain/statistics';
import { readStoredLedger } from '../../../../renderer/src/ledger/persistence';
import { person, visit } from '../../domain/fixtures';
import { candidate, importedPerson, importedRow } from '../../domain/import/importFixtures';
import { actorAs, counts, freshDb, openSignedIn } from '../helpers';

const NOW = new Date(2026, 4, 25, 10, 0);
const ID = '410602199001011231';
let db: DeskDatabase;
beforeEach(() => {
  db = freshDb();
});
afterEach(() => db.close());

const request = (candidates: ReturnType<typeof candidate>[], skipped = 0) => ({
  fileName: '2025年信访台账.xlsx',
  candidates,
  skipped,
});

async function search(text: string) {
  const rows = await loadLedgerRows(db);
  return queryLedger(rows, { text, sort: DEFAULT_LEDGER_SORT, page: 1, pageSize: 50 }).rows;
}

describe('importing the accepted rows of an old ledger', () => {
  it('writes every row with its received day, numbered in date order per year after the numbers issued', async () => {
    await db.settings.put({ key: 'regNo:2025', value: 3 });
    const result = await importPetitions(
      db,
      request(
        [
          candidate(importedRow({ receivedDate: '2025-06-01', originalNo: 'XF-9' }), 3),
          candidate(importedRow({ receivedDate: '2024-11-02', matter: '反映养老保险' }), 4),
          candidate(importedRow({ receivedDate: '2025-01-15', matter: '反映房改' }), 5, { flagged: true }),
        ],
        2,
      ),
      NOW,
    );
    expect(result).toMatchObject({ imported: 3, skipped: 2, flagged: 1 });
    const petitions = (await db.petitions.toArray()).sort((a, b) => a.receivedAt.localeCompare(b.receivedAt));
    expect(petitions.map((p) => [p.regNo, p.receivedAt])).toEqual([
      ['2024-0001', '2024-11-02T00:00'],
      ['2025-0004', '2025-01-15T00:00'],
      ['2025-0005', '2025-06-01T00:00'],
    ]);
    expect((await db.settings.get('regNo:2025'))?.value).toBe(5);
    expect(await db.receptions.count()).toBe(3);
    // The one 张三 of three rows (same name and phone) is one person.
    expect(await db.petitioners.count()).toBe(1);
    const [batch] = await listImportBatches(db);
    expect(batch).toMatchObject({ fileName: '2025年信访台账.xlsx', rows: 3, skipped: 2, flagged: 1 });
    expect(batch?.petitionIds).toHaveLength(3);
  });

  it('never gives a number already on the desk, even past its year’s counter', async () => {
    const registered = await registerPetition(
      db,
      visit({ receivedAt: '2025-02-28T09:00' }),
      new Date(2025, 2, 1, 9, 0),
    );
    expect(registered.regNo).toBe('2025-0001');
    await db.settings.delete('regNo:2025');
    await importPetitions(db, request([candidate(importedRow())]), NOW);
    expect((await db.petitions.toArray()).map((p) => p.regNo).sort()).toEqual(['2025-0001', '2025-0002']);
  });

  it('finds the imported matter by its 原编号 and its person by pinyin in the ledger', async () => {
    await importPetitions(db, request([candidate(importedRow({ originalNo: 'JX2019-031' }))]), NOW);
    expect(await search('JX2019-031')).toHaveLength(1);
    expect(await search('zhangsan')).toHaveLength(1);
    const [row] = await loadLedgerRows(db);
    expect(row).toMatchObject({ regNo: '2025-0001', receivedAt: '2025-03-05T00:00', petitionerNames: ['张三'] });
    // The rows the import's own transaction stored (contacts written before their petitions) are a rebuild's.
    const stored = (await readStoredLedger(db)).decoded;
    expect('rows' in stored ? stored.rows : stored.problem).toEqual(await rebuildLedgerIndex(db));
    expect(row?.receptionCount).toBe(1);
  });

  it('links a person the clerk accepted to the desk’s record, filling only its blanks', async () => {
    const registered = await registerPetition(
      db,
      visit({ petitioners: [person({ name: '李四', idNumber: '', phone: '13911112222' })] }),
      NOW,
    );
    const [personId] = registered.petitionerIds;
    await importPetitions(
      db,
      request([
        candidate(importedRow({ people: [importedPerson('李四', ID, '13911112222')] }), 3, {
          personIds: [personId ?? null],
        }),
      ]),
      NOW,
    );
    expect(await db.petitioners.count()).toBe(1);
    expect((await db.petitioners.get(personId ?? ''))?.idNumber).toBe(ID);
    const imported = (await db.petitions.toArray()).find((p) => p.id !== registered.id);
    expect(imported?.petitionerIds).toEqual([personId]);
  });

  it('writes nothing when one row is invalid, naming its sheet and row', async () => {
    const before = await counts(db);
    const rows = [candidate(importedRow()), candidate(importedRow({ matter: ' ' }), 9)];
    await expect(importPetitions(db, request(rows), NOW)).rejects.toThrow('3月第9行：反映问题：未填写');
    await expect(
      importPetitions(db, request([candidate(importedRow(), 3, { categoryId: 'cat-gone' })]), NOW),
    ).rejects.toThrow('所选问题类别已被删除，请重新预览');
    await expect(
      importPetitions(db, request([candidate(importedRow(), 3, { unitId: 'unit-gone' })]), NOW),
    ).rejects.toThrow('所选单位已被删除，请重新预览');
    expect(await counts(db)).toEqual(before);
    expect(await db.importBatches.count()).toBe(0);
  });

  it('keeps a row about a 检举控告 confidential, by its own word or the category it maps to (docs/domain.md §3)', async () => {
    const categories = await db.categories.toArray();
    const accusations = categories.find((c) => c.name === '干部作风与检举控告');
    const wages = categories.find((c) => c.name === '工资福利');
    await importPetitions(
      db,
      request([
        candidate(importedRow({ matter: '反映队长克扣奖金', category: '干部作风' }), 3, {
          categoryId: accusations?.id ?? null,
        }),
        // The office's word says 举报 though the clerk mapped it elsewhere: still kept confidential.
        candidate(importedRow({ matter: '反映工资被挪用', category: '举报' }), 4, { categoryId: wages?.id ?? null }),
        candidate(importedRow({ matter: '反映拖欠工资', category: '工资' }), 5, { categoryId: wages?.id ?? null }),
      ]),
      NOW,
    );
    const bySummary = new Map((await db.petitions.toArray()).map((p) => [p.summary, p.confidential === true]));
    expect(Object.fromEntries(bySummary)).toEqual({
      反映队长克扣奖金: true,
      反映工资被挪用: true,
      反映拖欠工资: false,
    });
    const clerk = openSignedIn(db.name, actorAs('receptionist'));
    const names = (await loadLedgerRows(clerk)).map((row) => [row.summary, row.petitionerNames.join('、')]);
    clerk.close();
    expect(names.filter(([, shown]) => (shown ?? '').includes('张三')).map(([summary]) => summary)).toEqual([
      '反映拖欠工资',
    ]);
  });

  it('is for 管理员 and 接待员 only', async () => {
    const handler = freshDb(actorAs('handler'));
    await expect(importPetitions(handler, request([candidate(importedRow())]), NOW)).rejects.toThrow('无权');
    handler.close();
    const receptionist = freshDb(actorAs('receptionist'));
    await expect(importPetitions(receptionist, request([candidate(importedRow())]), NOW)).resolves.toMatchObject({
      imported: 1,
    });
    receptionist.close();
  });
});

describe('closed rows in the statistics', () => {
  it('counts imported 2025 rows in 2025, closed with their dates and rating, for the 同比 of 2026', async () => {
    await importPetitions(
      db,
      request([
        candidate(importedRow({ closed: true, closedDate: '2025-04-20', satisfaction: '满意' })),
        candidate(importedRow({ receivedDate: '2025-05-06', matter: '反映房改' })),
      ]),
      NOW,
    );
    await registerPetition(db, visit(), NOW);
    const base = {
      ...statRecordsFromLedger(await loadLedgerRows(db)),
      units: await db.units.toArray(),
      categories: await db.categories.toArray(),
      env: caseEnvironment(await getSettings(db)),
      scope: { kind: 'all' } as const,
      today: '2026-05-25',
    };
    const y2025 = computeStatistics({ ...base, period: yearPeriod(2025) });
    const y2026 = computeStatistics({ ...base, period: yearPeriod(2026) });
    expect(y2025.pieces).toBe(2);
    expect(y2025.handling.finished).toBe(1);
    expect(y2025.satisfaction).toMatchObject({ replied: 1, rated: 1, satisfied: 1 });
    expect(change(y2026.pieces, y2025.pieces)).toEqual({ delta: -1, ratio: -0.5 });
  });
});

describe('what the preview learns from the desk', () => {
  it('finds an exact duplicate on the desk and the repeat visitor by ID number or name + phone', async () => {
    await importPetitions(
      db,
      request([candidate(importedRow({ people: [importedPerson('张三', ID, '13800001111')] }))]),
      NOW,
    );
    const [first] = await db.petitions.toArray();
    const checks = await previewAgainstDesk(db, [
      importedRow({ people: [importedPerson('张 三', ID)] }),
      importedRow({ receivedDate: '2025-08-01', people: [importedPerson('张三', null, '138-0000-1111')] }),
      importedRow({ receivedDate: '2025-08-01', people: [importedPerson('张三')] }),
    ]);
    expect(checks[0]?.duplicateOf).toEqual({ petitionId: first?.id, regNo: '2025-0001' });
    expect(checks[0]?.repeatVisitors).toMatchObject([{ person: 0, matchedBy: 'idNumber', regNos: ['2025-0001'] }]);
    expect(checks[1]).toMatchObject({ duplicateOf: null, repeatVisitors: [{ matchedBy: 'namePhone' }] });
    // A name alone recognises nobody.
    expect(checks[2]).toEqual({ duplicateOf: null, repeatVisitors: [] });
  });

  it('finds an exact duplicate through the ledger’s rows, and without them when they are out of step', async () => {
    await importPetitions(
      db,
      request([
        candidate(importedRow({ matter: '工资拖欠', people: [importedPerson('张三')] })),
        candidate(importedRow({ matter: '工资拖欠', people: [importedPerson('李四')] })),
      ]),
      NOW,
    );
    const [zhang] = await db.petitions.where('regNo').equals('2025-0001').toArray();
    const rows = [
      importedRow({ matter: '工资 拖欠', people: [importedPerson('张三')] }),
      importedRow({ matter: '工资拖欠', people: [importedPerson('王五')] }),
      importedRow({ matter: '工资拖欠', receivedDate: '2025-03-06', people: [importedPerson('张三')] }),
    ];
    const expected = [{ petitionId: zhang?.id, regNo: '2025-0001' }, null, null];
    expect((await previewAgainstDesk(db, rows)).map((c) => c.duplicateOf)).toEqual(expected);
    // The rows lost: the petitions themselves are read.
    await db.transaction('rw', db.ledgerChunks, () => db.ledgerChunks.clear());
    expect((await previewAgainstDesk(db, rows)).map((c) => c.duplicateOf)).toEqual(expected);
  });

  it('tells an account without the 保密 grant nothing of a person on a confidential matter', async () => {
    const secret = await registerPetition(
      db,
      visit({ nature: '检举控告', petitioners: [person({ name: '王五', idNumber: ID })] }),
      NOW,
    );
    expect(secret.regNo).toBeTruthy();
    const rows = [importedRow({ people: [importedPerson('王五', ID)] })];
    const clerk = openSignedIn(db.name, actorAs('receptionist'));
    expect((await previewAgainstDesk(clerk, rows))[0]?.repeatVisitors).toEqual([]);
    clerk.close();
    expect((await previewAgainstDesk(db, rows))[0]?.repeatVisitors).toMatchObject([{ name: '王五' }]);
  });
});
