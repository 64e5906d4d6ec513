import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../../renderer/src/db/audit/verify';
import type { DeskDatabase } from '../../../renderer/src/db/database';
import { registerPetition } from '../../../renderer/src/db/petitions';
import { setActor } from '../../../renderer/src/db/session';
import type { Actor } from '../../../renderer/src/domain/access/account';
import type { AuditRecord } from '../../../renderer/src/domain/audit/record';
import type { Unit } from '../../../renderer/src/domain/types';
import { NOW, visit } from '../domain/fixtures';
import { freshDb, TEST_ADMIN } from './helpers';

const AUDITOR: Actor = {
  userId: 'u-audit',
  username: 'shenji',
  displayName: '审计员甲',
  role: 'auditor',
  confidentialAccess: false,
};

let db: DeskDatabase;
let raw: Dexie;
beforeEach(async () => {
  db = freshDb();
  for (const name of ['甲', '乙', '丙', '丁', '戊']) {
    await db.units.add({ id: `unit-${name}`, parentId: null, name, partyBranch: '', order: 9 } satisfies Unit);
  }
  setActor(db, AUDITOR);
  // Someone with the browser's developer tools: IndexedDB as it is, without the app's middleware.
  raw = new Dexie(db.name);
  await raw.open();
});
afterEach(() => {
  raw.close();
  db.close();
});

const rawAudit = () => raw.table<AuditRecord, number>('audit');

describe('verifyAuditChain: the 审计员 checks the trail in the app', () => {
  it('an untouched trail verifies, with its count', async () => {
    expect(await verifyAuditChain(db)).toEqual({ ok: true, count: 5 });
  });

  it('a record whose summary was edited in IndexedDB is found', async () => {
    await rawAudit().update(3, { summary: '什么也没发生' });
    expect(await verifyAuditChain(db)).toMatchObject({ ok: false, seq: 3, problem: 'edited', count: 2 });
  });

  it('a record deleted in IndexedDB is found', async () => {
    await rawAudit().delete(2);
    expect(await verifyAuditChain(db)).toMatchObject({
      ok: false,
      seq: 2,
      problem: 'missing',
      message: '第 2 条审计记录缺失：已被删除',
    });
  });

  it('the newest records deleted in IndexedDB are found: the trail no longer reaches the head the desk committed', async () => {
    await rawAudit().bulkDelete([4, 5]);
    expect(await verifyAuditChain(db)).toMatchObject({
      ok: false,
      seq: 4,
      problem: 'missing',
      message: '第 4 至 5 条审计记录缺失：审计链末尾的记录已被删除',
    });
  });

  it('the whole trail replaced by another valid chain is found', async () => {
    const other = freshDb();
    try {
      // A longer chain, valid in itself, made elsewhere.
      for (const n of [1, 2, 3, 4, 5, 6])
        await other.units.add({
          id: `unit-x${n}`,
          parentId: null,
          name: `另一条链${n}`,
          partyBranch: '',
          order: 9,
        } satisfies Unit);
      const foreign = await other.audit.toArray();
      await rawAudit().clear();
      await rawAudit().bulkAdd(foreign);
    } finally {
      other.close();
    }
    const result = await verifyAuditChain(db);
    expect(result).toMatchObject({ ok: false, seq: 5, problem: 'unlinked' });
    expect(!result.ok && result.message).toContain('整体替换');
  });

  it('two records swapped in IndexedDB are found', async () => {
    const [second, fourth] = [await rawAudit().get(2), await rawAudit().get(4)];
    await rawAudit().bulkPut([
      { ...fourth!, seq: 2 },
      { ...second!, seq: 4 },
    ]);
    const result = await verifyAuditChain(db);
    expect(result).toMatchObject({ ok: false, seq: 2, problem: 'moved' });
    expect(!result.ok && result.message).toContain('原是第 4 条');
  });

  it('walks a trail longer than one page', async () => {
    setActor(db, TEST_ADMIN);
    await db.units.bulkAdd(
      Array.from({ length: 2_100 }, (_, i) => ({
        id: `bulk-${i}`,
        parentId: null,
        name: `单位${i}`,
        partyBranch: '',
        order: i,
      })),
    );
    setActor(db, AUDITOR);
    const seen: number[] = [];
    expect(await verifyAuditChain(db, (checked) => seen.push(checked))).toEqual({ ok: true, count: 2_105 });
    expect(seen).toEqual([2_000, 2_105]);
    await rawAudit().update(2_050, { at: '2020-01-01T00:00:00.000' });
    expect(await verifyAuditChain(db)).toMatchObject({ ok: false, seq: 2_050, count: 2_049 });
  });

  it('is the 审计员’s alone', async () => {
    setActor(db, TEST_ADMIN);
    await expect(verifyAuditChain(db)).rejects.toThrow('无权查看、核验和导出审计日志');
  });

  it('a registration’s records verify as well', async () => {
    setActor(db, TEST_ADMIN);
    await registerPetition(db, visit(), NOW);
    setActor(db, AUDITOR);
    const result = await verifyAuditChain(db);
    expect(result.ok).toBe(true);
    expect(result.count).toBe(await db.audit.count());
  });
});
