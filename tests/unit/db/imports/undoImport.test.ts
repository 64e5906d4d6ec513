import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyCaseAction } from '../../../../renderer/src/db/cases';
import type { DeskDatabase } from '../../../../renderer/src/db/database';
import {
  listImportBatches,
  loadImportMemory,
  saveImportMemory,
  undoImport,
} from '../../../../renderer/src/db/importBatches';
import { importPetitions } from '../../../../renderer/src/db/imports';
import { loadLedgerRows, registerPetition } from '../../../../renderer/src/db/petitions';
import { registerRiskMatter } from '../../../../renderer/src/db/riskLedger';
import { readStoredLedger } from '../../../../renderer/src/ledger/persistence';
import { createWorkCalendar } from '../../../../renderer/src/domain/workCalendar';
import { person, visit } from '../../domain/fixtures';
import { candidate, importedPerson, importedRow } from '../../domain/import/importFixtures';
import { riskMatterInput } from '../../domain/risk/fixtures';
import { actorAs, counts, freshDb } from '../helpers';

const NOW = new Date(2026, 4, 25, 10, 0);
const LATER_THAT_DAY = new Date(2026, 4, 25, 16, 0);
let db: DeskDatabase;
beforeEach(() => {
  db = freshDb();
});
afterEach(() => db.close());

async function importTwo(): Promise<string> {
  const result = await importPetitions(
    db,
    {
      fileName: '台账.xlsx',
      skipped: 0,
      candidates: [
        candidate(importedRow()),
        candidate(importedRow({ matter: '反映房改', closed: true, people: [importedPerson('赵六')] })),
      ],
    },
    NOW,
  );
  return result.batchId;
}

describe('撤销本次导入', () => {
  it('takes the whole batch back the same day, leaving the desk as before, the batch marked and audited', async () => {
    const kept = await registerPetition(db, visit(), NOW);
    const before = await counts(db);
    const batchId = await importTwo();
    await undoImport(db, batchId, LATER_THAT_DAY);
    const after = await counts(db);
    // The year counter moved on: numbers given to the batch are not given again.
    expect({ ...after, settings: before.settings }).toEqual(before);
    expect((await loadLedgerRows(db)).map((r) => r.id)).toEqual([kept.id]);
    // The stored rows themselves, not a rebuild: the undo took the batch's rows out of their chunks.
    const stored = (await readStoredLedger(db)).decoded;
    expect('rows' in stored ? stored.rows.map((r) => r.id) : stored.problem).toEqual([kept.id]);
    const [batch] = await listImportBatches(db);
    expect(batch).toMatchObject({ undoneAt: '2026-05-25T16:00:00.000', undoneBy: '测试管理员' });
    const trail = await db.audit.where('entity').equals('importBatches').count();
    expect(trail).toBeGreaterThanOrEqual(2);
    // The undo's deletes of the batch's petitions in one bulk record (docs/security.md, the audit trail).
    const deleted = await db.audit.filter((r) => r.entity === 'petitions' && r.action === 'delete').toArray();
    expect(deleted.map((r) => r.bulk?.count)).toEqual([2]);
    await expect(undoImport(db, batchId, LATER_THAT_DAY)).rejects.toThrow('该批导入已撤销');
  });

  it('keeps a person an imported row linked to who was on the desk before', async () => {
    const registered = await registerPetition(db, visit({ petitioners: [person({ name: '李四' })] }), NOW);
    const [personId = ''] = registered.petitionerIds;
    const { batchId } = await importPetitions(
      db,
      {
        fileName: '台账.xlsx',
        skipped: 0,
        candidates: [
          candidate(importedRow({ people: [importedPerson('李四', null, '13800001111')] }), 3, {
            personIds: [personId],
          }),
        ],
      },
      NOW,
    );
    await undoImport(db, batchId, NOW);
    expect(await db.petitioners.get(personId)).toBeDefined();
  });

  it('refuses another day, or once an imported petition was handled, saying why in Chinese', async () => {
    const batchId = await importTwo();
    await expect(undoImport(db, batchId, new Date(2026, 4, 26, 9, 0))).rejects.toThrow('只能在导入当天撤销本次导入');
    const open = (await db.petitions.toArray()).find((p) => p.status === 'registered');
    await applyCaseAction(db, open?.id ?? '', 'accept', {}, { now: LATER_THAT_DAY, calendar: createWorkCalendar() });
    const before = await counts(db);
    await expect(undoImport(db, batchId, LATER_THAT_DAY)).rejects.toThrow(
      '本次导入的信访事项中有1件在导入后已被修改或办理（如2025-0001），不能整批撤销',
    );
    expect(await counts(db)).toEqual(before);
  });

  it('is refused to a role that may not import', async () => {
    const batchId = await importTwo();
    const viewer = freshDb(actorAs('handler'));
    await expect(undoImport(viewer, batchId, NOW)).rejects.toThrow('无权');
    viewer.close();
  });
});

describe('what the import remembers', () => {
  it('merges presets by their headers and words, a later choice winning', async () => {
    expect(await loadImportMemory(db)).toEqual({ presets: [], categoryWords: {}, unitWords: {} });
    await saveImportMemory(db, {
      presets: [{ key: '日期|姓名', mapping: ['receivedDate', 'names'] }],
      categoryWords: { 工资: 'cat-01-01' },
      unitWords: {},
    });
    await saveImportMemory(db, {
      presets: [{ key: '日期|姓名', mapping: ['receivedDate', null] }],
      categoryWords: { 养老: 'cat-03-01' },
      unitWords: { 综采1队: 'unit-1-1-1' },
    });
    expect(await loadImportMemory(db)).toEqual({
      presets: [{ key: '日期|姓名', mapping: ['receivedDate', null] }],
      categoryWords: { 工资: 'cat-01-01', 养老: 'cat-03-01' },
      unitWords: { 综采1队: 'unit-1-1-1' },
    });
  });

  it('refuses while an imported petition is on the screening ledger, so no matter points at a removed petition', async () => {
    const batchId = await importTwo();
    const [first] = await db.petitions.toArray();
    const matter = await registerRiskMatter(
      db,
      riskMatterInput({ source: '信访事项', petitionIds: [first?.id ?? ''], registeredOn: '2026-05-25' }),
      NOW,
    );
    await expect(undoImport(db, batchId, LATER_THAT_DAY)).rejects.toThrow(
      `本次导入的信访事项已纳入排查台账（${matter.riskNo}），不能整批撤销`,
    );
    expect(await db.petitions.count()).toBe(2);
  });
});
