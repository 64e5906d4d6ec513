import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadAuditRecords } from '../../../../renderer/src/db/audit/listAudit';
import { restoreBackupAudited } from '../../../../renderer/src/db/audit/restoreAudited';
import { verifyAuditChain } from '../../../../renderer/src/db/audit/verify';
import type { DeskDatabase } from '../../../../renderer/src/db/database';
import { undoImport } from '../../../../renderer/src/db/importBatches';
import { importPetitions } from '../../../../renderer/src/db/imports';
import { setActor } from '../../../../renderer/src/db/session';
import { matchesBulk } from '../../../../renderer/src/domain/audit/bulk';
import type { AuditRecord } from '../../../../renderer/src/domain/audit/record';
import { backupOf } from '../backup/backupKey';
import { candidate, importedPerson, importedRow } from '../../domain/import/importFixtures';
import { actorAs, adminNamed, freshDb, TEST_ADMIN } from '../helpers';

const NOW = new Date(2026, 4, 25, 10, 0);
const LATER_THAT_DAY = new Date(2026, 4, 25, 16, 0);
const ID_NUMBER = '11010519491231002X';
const PHONE = '13800001111';
const IMPORTED = ['petitions', 'receptions', 'caseEvents', 'petitioners'];

let db: DeskDatabase;
beforeEach(() => {
  db = freshDb();
});
afterEach(() => db.close());

async function importThree(desk: DeskDatabase = db): Promise<string> {
  const { batchId } = await importPetitions(
    desk,
    {
      fileName: '2019年台账.xlsx',
      skipped: 0,
      candidates: [
        candidate(importedRow({ people: [importedPerson('张三', ID_NUMBER, PHONE)] })),
        candidate(importedRow({ matter: '反映房改', closed: true, people: [importedPerson('赵六')] }), 4),
        candidate(importedRow({ matter: '反映路灯不亮', people: [importedPerson('钱七')] }), 5),
      ],
    },
    NOW,
  );
  return batchId;
}

const trailOf = (desk: DeskDatabase): Promise<AuditRecord[]> => desk.audit.orderBy('seq').toArray();
const bulkRecords = async (desk: DeskDatabase) => (await trailOf(desk)).filter((r) => r.bulk !== undefined);

async function verifiedByAuditor(desk: DeskDatabase) {
  setActor(desk, actorAs('auditor'));
  try {
    return await verifyAuditChain(desk);
  } finally {
    setActor(desk, TEST_ADMIN);
  }
}

describe('an import batch audited in bulk', () => {
  it('writes one record per imported table listing its keys and a digest, no copies; the batch record keeps who', async () => {
    const batchId = await importThree();
    const bulk = await bulkRecords(db);
    expect(bulk.map((r) => [r.entity, r.action, r.bulk?.count])).toEqual(
      expect.arrayContaining([
        ['receptions', 'create', 3],
        ['petitions', 'create', 3],
        ['caseEvents', 'create', 4],
        ['petitioners', 'create', 3],
      ]),
    );
    expect(bulk).toHaveLength(4);
    for (const record of bulk) {
      expect(record).toMatchObject({ entityId: null, actorName: TEST_ADMIN.displayName, bulk: { batchId } });
      expect(record.before).toBeUndefined();
      expect(record.after).toBeUndefined();
      expect(record.summary).toMatch(/^批量新增 .+ \d+ 条（导入 2019年台账\.xlsx）$/);
    }
    expect(await db.petitions.count()).toBe(3);
    // No per-row record of the imported tables: the bulk ones are all there is.
    const perRow = (await trailOf(db)).filter((r) => IMPORTED.includes(r.entity ?? '') && !r.bulk);
    expect(perRow).toEqual([]);
    // Who imported the batch, from which file: the batch record is still copied whole.
    const batch = (await trailOf(db)).find((r) => r.entity === 'importBatches');
    expect(batch?.after).toMatchObject({ id: batchId, fileName: '2019年台账.xlsx', importedByName: '测试管理员' });
    expect(await verifiedByAuditor(db)).toMatchObject({ ok: true });
  });

  it('the digest matches the records as imported, and no longer once one of them changed', async () => {
    await importThree();
    const petitions = (await bulkRecords(db)).find((r) => r.entity === 'petitions');
    const bulk = petitions?.bulk;
    if (!bulk) throw new Error('no bulk record of the petitions');
    expect(matchesBulk('petitions', bulk, await db.petitions.bulkGet(bulk.keys))).toBe(true);
    const [first = ''] = bulk.keys;
    await db.petitions.update(first, { summary: '导入后改过的内容' });
    expect(matchesBulk('petitions', bulk, await db.petitions.bulkGet(bulk.keys))).toBe(false);
    // A record gone is no match either.
    await db.petitions.delete(bulk.keys[1] ?? '');
    expect(matchesBulk('petitions', bulk, await db.petitions.bulkGet(bulk.keys))).toBe(false);
  });

  it('an import followed by its undo leaves a verifiable chain; the undo deletes in bulk the keys the import created', async () => {
    const batchId = await importThree();
    const created = await bulkRecords(db);
    const contents = Object.fromEntries(
      await Promise.all(
        IMPORTED.map(async (t) => [
          t,
          await db.table(t).bulkGet(created.find((r) => r.entity === t)?.bulk?.keys ?? []),
        ]),
      ),
    );
    await undoImport(db, batchId, LATER_THAT_DAY);
    const deletes = (await bulkRecords(db)).filter((r) => r.action === 'delete');
    expect(deletes.map((r) => r.entity).sort()).toEqual([...IMPORTED].sort());
    for (const record of deletes) {
      const table = record.entity ?? '';
      const bulk = record.bulk;
      if (!bulk) throw new Error('no bulk part');
      expect(record.summary).toContain('（撤销导入 2019年台账.xlsx）');
      expect(new Set(bulk.keys)).toEqual(new Set(created.find((r) => r.entity === table)?.bulk?.keys));
      // The deleted records' digest: what they held when removed (here: as imported, reordered like the keys).
      const byKey = new Map((contents[table] as { id: string }[]).map((r) => [r.id, r]));
      expect(
        matchesBulk(
          table,
          bulk,
          bulk.keys.map((k) => byKey.get(k)),
        ),
      ).toBe(true);
    }
    expect(await verifiedByAuditor(db)).toEqual({ ok: true, count: (await trailOf(db)).length });
  });

  it('the 审计员 reads the bulk records with their counts and keys and nothing of a person', async () => {
    await importThree();
    setActor(db, actorAs('auditor'));
    const read = (await loadAuditRecords(db, {})).filter((r) => r.bulk);
    setActor(db, TEST_ADMIN);
    expect(read).toHaveLength(4);
    const stored = await bulkRecords(db);
    expect(read.map((r) => r.bulk).sort((a, b) => (a?.digest ?? '').localeCompare(b?.digest ?? ''))).toEqual(
      stored.map((r) => r.bulk).sort((a, b) => (a?.digest ?? '').localeCompare(b?.digest ?? '')),
    );
    const text = JSON.stringify(read);
    for (const secret of [ID_NUMBER, PHONE, '张三', '赵六', '反映房改']) expect(text).not.toContain(secret);
  });

  it('a restore keeps the bulk records: another desk’s backup brings them in, and the trail verifies', async () => {
    const other = freshDb(adminNamed('王丽'));
    const officeTrail = await importThree(other).then(() => trailOf(other));
    const parsed = await backupOf(other);
    other.close();

    await restoreBackupAudited(db, parsed, '信访工作台备份-20260525-1800.xfbak', () => LATER_THAT_DAY);

    const after = await trailOf(db);
    expect(after.slice(0, officeTrail.length)).toEqual(officeTrail);
    expect(after.filter((r) => r.bulk)).toHaveLength(4);
    expect(await verifiedByAuditor(db)).toEqual({ ok: true, count: after.length });
  });
});
