import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { withoutAudit } from '../../../renderer/src/db/audit/auditMiddleware';
import { recordAudit } from '../../../renderer/src/db/audit/recordAudit';
import type { DeskDatabase } from '../../../renderer/src/db/database';
import { registerPetition } from '../../../renderer/src/db/petitions';
import { saveDraft, saveSettings } from '../../../renderer/src/db/settings';
import type { UserAccount } from '../../../renderer/src/domain/access/account';
import { REDACTED } from '../../../renderer/src/domain/audit/entities';
import type { AuditRecord } from '../../../renderer/src/domain/audit/record';
import { verifyAuditRecords } from '../../../renderer/src/domain/audit/verify';
import type { Unit } from '../../../renderer/src/domain/types';
import { NOW, visit } from '../domain/fixtures';
import { freshDb, TEST_ADMIN } from './helpers';

let db: DeskDatabase;
beforeEach(() => {
  db = freshDb();
});
afterEach(() => db.close());

const trail = (): Promise<AuditRecord[]> => db.audit.orderBy('seq').toArray();
const unit = (id: string, name: string): Unit => ({ id, parentId: null, name, partyBranch: '', order: 99 });

function account(password: string): UserAccount {
  return {
    id: 'u-wang',
    username: 'wang',
    displayName: '王丽',
    role: 'receptionist',
    confidentialAccess: false,
    password: { algorithm: 'PBKDF2-SHA256', iterations: 600_000, salt: 'SALT-abc123', hash: password },
    failedAttempts: 0,
    lockedUntil: null,
    disabled: false,
    createdAt: '2026-05-25T09:00:00.000',
    updatedAt: '2026-05-25T09:00:00.000',
  };
}

describe('every change to an audited table is audited below the repositories', () => {
  it('a registration writes a create record per record it adds, by the signed-in actor, in one intact chain', async () => {
    const petition = await registerPetition(db, visit(), NOW);
    const records = await trail();
    const created = records.filter((r) => r.action === 'create');
    expect(created.map((r) => r.entity).sort()).toEqual([
      'caseEvents',
      'petitioners',
      'petitions',
      'receptions',
      'settings',
    ]);
    expect(records.find((r) => r.entity === 'petitions')).toMatchObject({
      entityId: petition.id,
      summary: '新增 信访事项 2026-0001',
      actorId: TEST_ADMIN.userId,
      actorName: TEST_ADMIN.displayName,
      actorRole: 'admin',
      after: { regNo: '2026-0001', status: 'registered' },
    });
    expect(records.find((r) => r.entity === 'petitions')?.before).toBeUndefined();
    // The number counter moved from nothing to 1: created too.
    expect(records.find((r) => r.entity === 'settings')).toMatchObject({
      action: 'create',
      entityId: 'regNo:2026',
      summary: '新增 设置 登记编号计数：2026年',
    });
    expect(records.map((r) => r.seq)).toEqual(records.map((_, i) => i + 1));
    expect(verifyAuditRecords(records)).toEqual({ ok: true, count: records.length });
  });

  it('an update keeps the record before and after; a put that changes nothing writes no record', async () => {
    await db.units.add(unit('unit-x', '机电科'));
    await db.units.put(unit('unit-x', '机电运输科'));
    await db.units.put(unit('unit-x', '机电运输科'));
    const records = (await trail()).filter((r) => r.entityId === 'unit-x');
    expect(records.map((r) => [r.action, r.summary])).toEqual([
      ['create', '新增 单位 机电科'],
      ['update', '修改 单位 机电运输科'],
    ]);
    expect(records[1]).toMatchObject({ before: { name: '机电科' }, after: { name: '机电运输科' } });
  });

  it('update() and modify() are audited like a put', async () => {
    await db.units.add(unit('unit-x', '机电科'));
    await db.units.update('unit-x', { name: '通风科' });
    await db.units.where('id').equals('unit-x').modify({ order: 1 });
    const updates = (await trail()).filter((r) => r.action === 'update');
    expect(updates.map((r) => [r.before, r.after].map((v) => (v as Unit).name))).toEqual([
      ['机电科', '通风科'],
      ['通风科', '通风科'],
    ]);
    expect((updates[1]?.after as Unit).order).toBe(1);
  });

  it('a delete keeps the record before; deleting what is not there writes nothing', async () => {
    await db.units.add(unit('unit-x', '机电科'));
    await db.units.delete('unit-x');
    await db.units.delete('no-such-unit');
    const last = (await trail()).at(-1);
    expect(last).toMatchObject({
      action: 'delete',
      entity: 'units',
      entityId: 'unit-x',
      summary: '删除 单位 机电科',
      before: { name: '机电科' },
    });
    expect(last?.after).toBeUndefined();
  });

  it('bulk writes and clearing a table write one record per changed record', async () => {
    await db.units.add(unit('unit-a', '甲'));
    const before = (await trail()).length;
    await db.units.bulkPut([unit('unit-a', '甲一'), unit('unit-b', '乙'), unit('unit-c', '丙')]);
    await db.units.bulkDelete(['unit-b', 'unit-c']);
    const bulk = (await trail()).slice(before);
    expect(bulk.map((r) => `${r.action} ${r.entityId}`)).toEqual([
      'update unit-a',
      'create unit-b',
      'create unit-c',
      'delete unit-b',
      'delete unit-c',
    ]);

    const categories = await db.categories.count();
    const beforeClear = (await trail()).length;
    await db.categories.clear();
    const cleared = (await trail()).slice(beforeClear);
    expect(cleared).toHaveLength(categories);
    expect(cleared.every((r) => r.action === 'delete' && r.entity === 'categories' && r.before !== undefined)).toBe(
      true,
    );
    expect(verifyAuditRecords(await trail()).ok).toBe(true);
  });

  it('a filtered collection delete is audited per record', async () => {
    await db.units.bulkAdd([unit('unit-a', '甲'), unit('unit-b', '乙')]);
    await db.units.filter((u) => u.name === '乙').delete();
    expect((await trail()).at(-1)).toMatchObject({ action: 'delete', entityId: 'unit-b' });
  });

  it('only the records a bulk write really wrote are audited when the caller catches a failed one', async () => {
    await db.units.add(unit('unit-a', '甲'));
    await db.transaction('rw', db.units, async () => {
      await db.units
        .bulkAdd([unit('unit-b', '乙'), unit('unit-a', '重复'), unit('unit-c', '丙')])
        .catch((error: unknown) => {
          expect((error as Error).name).toBe('BulkError');
        });
    });
    const created = (await trail()).filter((r) => r.action === 'create' && r.entity === 'units').map((r) => r.entityId);
    expect(created).toEqual(['unit-a', 'unit-b', 'unit-c']);
  });

  it('a transaction that aborts leaves neither the change nor its audit record', async () => {
    const before = await db.audit.count();
    await expect(
      db.transaction('rw', db.units, async () => {
        await db.units.add(unit('unit-x', '机电科'));
        throw new Error('中途失败');
      }),
    ).rejects.toThrow('中途失败');
    expect(await db.units.get('unit-x')).toBeUndefined();
    expect(await db.audit.count()).toBe(before);
  });

  it('concurrent registrations each get their own seqs, in one intact chain', async () => {
    await Promise.all([1, 2, 3, 4].map(() => registerPetition(db, visit(), NOW)));
    const records = await trail();
    expect(records.filter((r) => r.entity === 'petitions')).toHaveLength(4);
    expect(verifyAuditRecords(records)).toEqual({ ok: true, count: records.length });
  });

  it('an explicit event and the middleware’s records share one chain inside one transaction', async () => {
    await db.transaction('rw', db.units, db.audit, async () => {
      await Promise.all([
        db.units.add(unit('unit-x', '机电科')),
        recordAudit(db, { action: 'unmask', entity: 'petitioners', entityId: 'p-1', summary: '查看完整身份证号' }, NOW),
      ]);
    });
    const records = await trail();
    expect(records.map((r) => r.action).sort()).toEqual(['create', 'unmask']);
    expect(verifyAuditRecords(records)).toEqual({ ok: true, count: 2 });
  });

  it('recordAudit returns the record as the chain stored it', async () => {
    await db.units.add(unit('unit-x', '机电科'));
    const record = await recordAudit(db, { action: 'export', entity: 'ledger', summary: '导出台账：3 件' }, NOW);
    expect(record).toMatchObject({
      seq: 2,
      actorId: TEST_ADMIN.userId,
      actorName: TEST_ADMIN.displayName,
      at: '2026-05-25T10:00:00.000',
      summary: '导出台账：3 件',
    });
    expect(record.prevHash).toBe((await db.audit.get(1))?.hash);
  });
});

describe('what is not audited', () => {
  it('autosaved form drafts and the ledger’s persisted index leave no record', async () => {
    await saveDraft(db, 'registration', { summary: '正在填写' });
    expect(await db.audit.count()).toBe(0);
    await registerPetition(db, visit(), NOW);
    const entities = new Set((await trail()).map((r) => r.entity));
    expect(entities.has('ledgerChunks')).toBe(false);
    expect((await trail()).some((r) => String(r.entityId).startsWith('draft:'))).toBe(false);
    expect(await db.ledgerChunks.count()).toBeGreaterThan(0);
  });

  it('saving settings is audited, with the settings before and after', async () => {
    await saveSettings(db, { orgName: '曹家滩煤矿' });
    expect((await trail()).at(-1)).toMatchObject({
      entity: 'settings',
      entityId: 'app',
      summary: '新增 设置 系统设置',
      after: { value: { orgName: '曹家滩煤矿' } },
    });
  });

  it('withoutAudit suspends auditing for a whole replacement', async () => {
    await withoutAudit(db, async () => {
      await db.units.add(unit('unit-x', '机电科'));
    });
    expect(await db.audit.count()).toBe(0);
    await db.units.delete('unit-x');
    expect(await db.audit.count()).toBe(1);
  });
});

describe('the trail keeps no secrets and cannot be rewritten through the app', () => {
  it('a user’s password hash and salt never appear in the trail; a changed password is still recorded', async () => {
    await db.users.add(account('HASH-OLD-0123456789'));
    await db.users.put({ ...account('HASH-NEW-9876543210'), updatedAt: '2026-05-26T09:00:00.000' });
    const text = JSON.stringify(await trail());
    expect(text).not.toContain('HASH-OLD');
    expect(text).not.toContain('HASH-NEW');
    expect(text).not.toContain('SALT-abc123');
    const records = await trail();
    expect(records.map((r) => r.summary)).toEqual(['新增 账号 王丽（wang）', '修改 账号 王丽（wang）（修改密码）']);
    expect(records[1]).toMatchObject({ before: { password: REDACTED }, after: { password: REDACTED } });
  });

  it('a put or delete of an audit record is refused', async () => {
    await db.units.add(unit('unit-x', '机电科'));
    const first = await db.audit.get(1);
    await expect(db.audit.put({ ...first!, summary: '改过的' })).rejects.toThrow('审计记录只能追加，不能修改或删除');
    await expect(db.audit.delete(1)).rejects.toThrow('审计记录只能追加');
    expect(await db.audit.get(1)).toEqual(first);
  });

  it('an add cannot choose its place in the chain', async () => {
    await db.units.add(unit('unit-x', '机电科'));
    const forged = { ...(await db.audit.get(1))!, seq: 7, hash: 'f'.repeat(64), summary: '伪造' };
    await db.audit.add(forged);
    const records = await trail();
    expect(records.map((r) => r.seq)).toEqual([1, 2]);
    expect(verifyAuditRecords(records)).toEqual({ ok: true, count: 2 });
  });

  it('wiping the whole trail keeps its numbering: an 审计链告警 record after the old head says what was emptied', async () => {
    await db.units.bulkAdd([unit('unit-a', '甲'), unit('unit-b', '乙')]);
    const [, second] = await trail();
    await db.audit.clear();
    const records = await trail();
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({
      seq: 3,
      prevHash: second?.hash,
      action: 'chainAlarm',
      entity: 'audit',
      actorId: TEST_ADMIN.userId,
    });
    expect(records[0]?.summary).toBe('审计链告警：审计日志被清空，第 1 至 2 条审计记录缺失');
    expect(verifyAuditRecords(records)).toMatchObject({ ok: false, seq: 1, problem: 'missing' });
  });
});
