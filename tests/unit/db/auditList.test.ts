import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setAuditClock } from '../../../renderer/src/db/audit/auditClock';
import { withoutAudit } from '../../../renderer/src/db/audit/auditMiddleware';
import { listAudit, listAuditActors, loadAuditRecords } from '../../../renderer/src/db/audit/listAudit';
import { recordAudit } from '../../../renderer/src/db/audit/recordAudit';
import type { DeskDatabase } from '../../../renderer/src/db/database';
import { setActor } from '../../../renderer/src/db/session';
import type { Actor, UserAccount } from '../../../renderer/src/domain/access/account';
import type { Unit } from '../../../renderer/src/domain/types';
import { freshDb, TEST_ADMIN } from './helpers';

const AUDITOR: Actor = {
  userId: 'u-audit',
  username: 'shenji',
  displayName: '审计员甲',
  role: 'auditor',
  confidentialAccess: false,
};
const CLERK: Actor = {
  userId: 'u-wang',
  username: 'wang',
  displayName: '王丽',
  role: 'receptionist',
  confidentialAccess: false,
};

let db: DeskDatabase;
beforeEach(async () => {
  db = freshDb();
  const unit = (id: string): Unit => ({ id, parentId: null, name: id, partyBranch: '', order: 9 });
  // seq 1–3 by the administrator on the 24th, 4–5 by the clerk on the 25th, 6 an export on the 26th.
  setAuditClock(() => new Date(2026, 4, 24, 10, 0));
  await db.units.bulkAdd([unit('a'), unit('b'), unit('c')]);
  setAuditClock(() => new Date());
  setActor(db, CLERK);
  await recordAudit(
    db,
    { action: 'unmask', entity: 'petitioners', entityId: 'p-1', summary: '查看完整身份证号' },
    new Date(2026, 4, 25, 9, 0),
  );
  await recordAudit(
    db,
    { action: 'unmask', entity: 'petitioners', entityId: 'p-2', summary: '查看完整电话' },
    new Date(2026, 4, 25, 17, 59, 59),
  );
  setActor(db, TEST_ADMIN);
  await recordAudit(db, { action: 'export', entity: 'ledger', summary: '导出台账：2 件' }, new Date(2026, 4, 26, 8, 0));
  setActor(db, AUDITOR);
});
afterEach(() => db.close());

describe('listAudit: the 审计日志, newest first', () => {
  it('pages through the whole trail newest first', async () => {
    const first = await listAudit(db, {}, { offset: 0, limit: 4 });
    expect(first.total).toBe(6);
    expect(first.records.map((r) => r.seq)).toEqual([6, 5, 4, 3]);
    expect((await listAudit(db, {}, { offset: 4, limit: 4 })).records.map((r) => r.seq)).toEqual([2, 1]);
  });

  it('pages a trail with a gap (a deleted record) through its keys', async () => {
    await withoutAudit(db, () => db.audit.delete(3));
    const first = await listAudit(db, {}, { offset: 0, limit: 3 });
    expect(first.total).toBe(5);
    expect(first.records.map((r) => r.seq)).toEqual([6, 5, 4]);
    expect((await listAudit(db, {}, { offset: 3, limit: 3 })).records.map((r) => r.seq)).toEqual([2, 1]);
  });

  it('filters by 操作人, 操作 and 对象, each and together', async () => {
    expect(
      (await listAudit(db, { actorId: CLERK.userId }, { offset: 0, limit: 10 })).records.map((r) => r.seq),
    ).toEqual([5, 4]);
    expect((await listAudit(db, { action: 'create' }, { offset: 0, limit: 10 })).total).toBe(3);
    expect((await listAudit(db, { entity: 'ledger' }, { offset: 0, limit: 10 })).records.map((r) => r.seq)).toEqual([
      6,
    ]);
    expect(
      (await listAudit(db, { actorId: TEST_ADMIN.userId, action: 'export' }, { offset: 0, limit: 10 })).records.map(
        (r) => r.seq,
      ),
    ).toEqual([6]);
    expect((await listAudit(db, { actorId: CLERK.userId, action: 'export' }, { offset: 0, limit: 10 })).total).toBe(0);
  });

  it('filters by a range of days, both days included', async () => {
    const page = await listAudit(db, { from: '2026-05-25', to: '2026-05-25' }, { offset: 0, limit: 10 });
    expect(page.records.map((r) => r.seq)).toEqual([5, 4]);
    expect((await listAudit(db, { from: '2026-05-25' }, { offset: 0, limit: 10 })).total).toBe(3);
    expect((await listAudit(db, { to: '2026-05-24' }, { offset: 0, limit: 10 })).records.map((r) => r.seq)).toEqual([
      3, 2, 1,
    ]);
    expect((await listAudit(db, { to: '2026-05-23' }, { offset: 0, limit: 10 })).total).toBe(0);
  });

  it('pages a filtered list', async () => {
    const page = await listAudit(db, { from: '2026-05-25' }, { offset: 1, limit: 1 });
    expect(page).toMatchObject({ total: 3 });
    expect(page.records.map((r) => r.seq)).toEqual([5]);
  });

  it('loads every matching record for the export', async () => {
    const progress: number[] = [];
    const records = await loadAuditRecords(db, { action: 'unmask' }, (done) => progress.push(done));
    expect(records.map((r) => r.seq)).toEqual([5, 4]);
    expect(progress).toEqual([2]);
    expect((await loadAuditRecords(db, {})).map((r) => r.seq)).toEqual([6, 5, 4, 3, 2, 1]);
  });

  it('lists the accounts for the 操作人 filter without their password hashes', async () => {
    await db.users.add({
      id: 'u-wang',
      username: 'wang',
      displayName: '王丽',
      role: 'receptionist',
      confidentialAccess: false,
      password: { algorithm: 'PBKDF2-SHA256', iterations: 1, salt: 's', hash: 'h' },
      failedAttempts: 0,
      lockedUntil: null,
      disabled: false,
      createdAt: '2026-05-25T09:00:00.000',
      updatedAt: '2026-05-25T09:00:00.000',
    } satisfies UserAccount);
    expect(await listAuditActors(db)).toEqual([
      { id: 'u-wang', displayName: '王丽', username: 'wang', role: 'receptionist' },
    ]);
  });

  it('is refused to anyone but the 审计员', async () => {
    setActor(db, TEST_ADMIN);
    await expect(listAudit(db, {}, { offset: 0, limit: 10 })).rejects.toThrow(
      '当前账号（管理员）无权查看、核验和导出审计日志',
    );
    await expect(loadAuditRecords(db, {})).rejects.toThrow('无权');
  });
});

describe('an 审计员 reads no confidential identity', () => {
  it('sees a petitioner’s name and address, and a 检举控告’s summary, as （保密）, with the grant too', async () => {
    setActor(db, TEST_ADMIN);
    const { registerPetition } = await import('../../../renderer/src/db/petitions');
    const { visit, NOW } = await import('../domain/fixtures');
    await registerPetition(db, visit({ nature: '检举控告', summary: '举报某区队长克扣工资' }), NOW);

    setActor(db, AUDITOR);
    const hidden = (await loadAuditRecords(db, {})).filter(
      (r) => r.entity === 'petitioners' || r.entity === 'petitions',
    );
    expect(hidden.length).toBeGreaterThanOrEqual(2);
    const text = JSON.stringify(hidden);
    expect(text).not.toContain('张三');
    expect(text).not.toContain('矿区街');
    expect(text).not.toContain('克扣工资');
    expect(text).toContain('（保密）');
    expect(
      JSON.stringify((await listAudit(db, { entity: 'petitioners' }, { offset: 0, limit: 10 })).records),
    ).not.toContain('张三');

    // The 审计员 audits actions, not people: the grant, meant for case work, shows no more here.
    setActor(db, { ...AUDITOR, confidentialAccess: true });
    expect(JSON.stringify(await loadAuditRecords(db, {}))).not.toContain('张三');
  });
});
