import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recordAudit } from '../../../renderer/src/db/audit/recordAudit';
import { restoreBackupAudited } from '../../../renderer/src/db/audit/restoreAudited';
import { verifyAuditChain } from '../../../renderer/src/db/audit/verify';
import type { ParsedBackup } from '../../../renderer/src/db/backup/readBackup';
import type { DeskDatabase } from '../../../renderer/src/db/database';
import { registerPetition } from '../../../renderer/src/db/petitions';
import { setActor } from '../../../renderer/src/db/session';
import { recordLock } from '../../../renderer/src/db/users';
import type { Actor } from '../../../renderer/src/domain/access/account';
import type { AuditRecord } from '../../../renderer/src/domain/audit/record';
import { replacedTrailOf } from '../../../renderer/src/domain/audit/replacedTrail';
import { verifyAuditRecords } from '../../../renderer/src/domain/audit/verify';
import { backupOf } from './backup/backupKey';
import { NOW, visit } from '../domain/fixtures';
import { adminNamed, freshDb, TEST_ADMIN } from './helpers';

const AUDITOR: Actor = {
  userId: 'u-audit',
  username: 'shenji',
  displayName: '审计员甲',
  role: 'auditor',
  confidentialAccess: false,
};
const LATER = new Date(2026, 4, 26, 9, 30);
const SOURCE = '信访工作台备份-20260525-1800.xfbak';

let db: DeskDatabase;
let other: DeskDatabase | null = null;
beforeEach(() => {
  db = freshDb();
});
afterEach(() => {
  db.close();
  other?.close();
  other = null;
});

const trailOf = (desk: DeskDatabase): Promise<AuditRecord[]> => desk.audit.orderBy('seq').toArray();

/** What the 审计员 sees when checking the trail in the app, the chain head kept outside the database included. */
async function verifiedByAuditor(desk: DeskDatabase) {
  setActor(desk, AUDITOR);
  try {
    return await verifyAuditChain(desk);
  } finally {
    setActor(desk, TEST_ADMIN);
  }
}

/** An unmask and an export made after the backup: what an administrator would want gone. */
async function unmaskAndExport(desk: DeskDatabase) {
  await recordAudit(
    desk,
    { action: 'unmask', entity: 'petitioners', entityId: 'p-1', summary: '查看完整身份证号：张三' },
    LATER,
  );
  await recordAudit(desk, { action: 'export', entity: 'ledger', summary: '导出信访台账：2 件（台账.xlsx）' }, LATER);
}

describe('a restore cannot hide records cut off the trail before it', () => {
  it('the newest records deleted in IndexedDB, then yesterday’s backup restored: an 审计链告警 goes first and stays reported', async () => {
    await registerPetition(db, visit(), NOW);
    const parsed = await backupOf(db);
    await unmaskAndExport(db);
    const newest = (await trailOf(db)).slice(-2).map((r) => r.seq);
    const raw = new Dexie(db.name);
    await raw.open();
    await raw.table('audit').bulkDelete(newest);
    raw.close();

    await restoreBackupAudited(db, parsed, SOURCE, () => LATER);
    const trail = await trailOf(db);
    expect(trail.map((r) => r.action).slice(-2)).toEqual(['chainAlarm', 'restore']);
    const result = await verifiedByAuditor(db);
    expect(result).toMatchObject({ ok: false, seq: newest[0], problem: 'missing' });
    expect(!result.ok && result.message).toContain(`第 ${newest[0]} 至 ${newest[1]} 条审计记录缺失`);
  });
});

describe('restoring yesterday’s backup of this desk keeps every record made since', () => {
  it('leaves the unmask and export records in place and appends 「恢复备份」 after them; the trail verifies', async () => {
    await registerPetition(db, visit(), NOW);
    const parsed = await backupOf(db);
    await registerPetition(db, visit({ summary: '备份之后的事项。' }), NOW);
    await unmaskAndExport(db);
    const before = await trailOf(db);

    await restoreBackupAudited(db, parsed, SOURCE, () => LATER);

    const after = await trailOf(db);
    expect(after.slice(0, -1)).toEqual(before);
    expect(after.filter((r) => r.action === 'unmask' || r.action === 'export').map((r) => r.summary)).toEqual([
      '查看完整身份证号：张三',
      '导出信访台账：2 件（台账.xlsx）',
    ]);
    const restore = after.at(-1);
    expect(restore).toMatchObject({
      seq: before.length + 1,
      prevHash: before.at(-1)?.hash,
      action: 'restore',
      entity: 'backup',
      actorId: TEST_ADMIN.userId,
    });
    expect(restore?.summary).toMatch(/^恢复备份：信访工作台备份-20260525-1800\.xfbak（备份时间 2026-05-25 18:00，/);
    expect(restore?.before).toBeUndefined();
    expect(await verifiedByAuditor(db)).toEqual({ ok: true, count: after.length });
    // The data itself is the backup's.
    expect(await db.petitions.count()).toBe(1);
  });

  it('a backup whose trail is empty (made before the trail existed) keeps the desk’s whole trail', async () => {
    const parsed = await backupOf(db);
    parsed.tables.set('audit', []);
    await unmaskAndExport(db);
    const before = await trailOf(db);

    await restoreBackupAudited(db, parsed, SOURCE, () => LATER);

    const after = await trailOf(db);
    expect(after.slice(0, -1)).toEqual(before);
    expect(await verifiedByAuditor(db)).toEqual({ ok: true, count: after.length });
  });
});

describe('restoring another desk’s backup brings its trail and carries the desk’s own records inside the restore record', () => {
  it('a new machine gets the office’s history, and its own first records are kept in 「恢复备份」, hash-chained', async () => {
    other = freshDb(adminNamed('王丽'));
    await registerPetition(other, visit(), NOW);
    await registerPetition(other, visit({ summary: '第二件事项。' }), NOW);
    const officeTrail = await trailOf(other);
    const parsed = await backupOf(other);
    // The new desk: its first administrator, an unmask and an export.
    await db.units.add({ id: 'unit-new', parentId: null, name: '新机器的单位', partyBranch: '', order: 1 });
    await unmaskAndExport(db);
    const own = await trailOf(db);

    await restoreBackupAudited(db, parsed, SOURCE, () => LATER);

    const after = await trailOf(db);
    expect(after.slice(0, -1)).toEqual(officeTrail);
    const restore = after.at(-1) as AuditRecord;
    expect(restore).toMatchObject({
      seq: officeTrail.length + 1,
      prevHash: officeTrail.at(-1)?.hash,
      action: 'restore',
      entity: 'backup',
    });
    expect(restore.summary).toContain(
      `本机原有审计记录 ${own.length} 条（第 1 至 ${own.length} 条）不在备份的审计链中，已并入本记录`,
    );
    expect(replacedTrailOf(restore)).toEqual(own);
    expect(verifyAuditRecords(replacedTrailOf(restore) ?? [])).toEqual({ ok: true, count: own.length });
    expect(await verifiedByAuditor(db)).toEqual({ ok: true, count: after.length });
  });

  it('trails that diverged: only the desk’s records the backup lacks are carried', async () => {
    await registerPetition(db, visit(), NOW);
    const shared = await trailOf(db);
    // A copy of this desk taken now, which goes on elsewhere and is backed up there.
    const copy = await backupOf(db);
    other = freshDb();
    await restoreBackupAudited(other, copy, 'copy.xfbak', () => LATER);
    await registerPetition(other, visit({ summary: '另一台机器上登记的事项。' }), NOW);
    const parsed = await backupOf(other);
    const theirs = await trailOf(other);
    // Meanwhile this desk went on too.
    await unmaskAndExport(db);
    const mine = (await trailOf(db)).slice(shared.length);

    await restoreBackupAudited(db, parsed, SOURCE, () => LATER);

    const after = await trailOf(db);
    expect(after.slice(0, -1)).toEqual(theirs);
    const restore = after.at(-1) as AuditRecord;
    expect(replacedTrailOf(restore)).toEqual(mine);
    expect(restore.summary).toContain(`本机原有审计记录 ${mine.length} 条`);
    expect(await verifiedByAuditor(db)).toEqual({ ok: true, count: after.length });
  });
});

describe('the chain head kept outside the database follows a restore', () => {
  for (const kind of ['this desk’s', 'another desk’s'] as const) {
    it(`after restoring ${kind} backup, deleting the newest records in IndexedDB is still found`, async () => {
      let parsed: ParsedBackup;
      if (kind === 'this desk’s') {
        parsed = await backupOf(db);
      } else {
        other = freshDb();
        await registerPetition(other, visit(), NOW);
        parsed = await backupOf(other);
      }
      await unmaskAndExport(db);
      await restoreBackupAudited(db, parsed, SOURCE, () => LATER);
      const last = (await db.audit.orderBy('seq').last())?.seq as number;

      const raw = new Dexie(db.name);
      await raw.open();
      try {
        await raw.table('audit').delete(last);
      } finally {
        raw.close();
      }

      expect(await verifiedByAuditor(db)).toMatchObject({ ok: false, seq: last, problem: 'missing' });
    });
  }
});

describe('a failed restore changes nothing, the trail included', () => {
  it('keeps the desk’s trail, appends 「恢复备份失败」, and carries nothing', async () => {
    other = freshDb();
    await registerPetition(other, visit(), NOW);
    const parsed = await backupOf(other);
    const petitions = parsed.tables.get('petitions') as { id: string }[];
    petitions.push({ ...(petitions[0] as { id: string }), id: 'another-id-same-regNo' });
    await unmaskAndExport(db);
    const before = await trailOf(db);

    await expect(restoreBackupAudited(db, parsed, 'bad.xfbak', () => LATER)).rejects.toThrow(
      /^恢复失败，原有数据保持不变/,
    );

    const after = await trailOf(db);
    expect(after.slice(0, -1)).toEqual(before);
    expect(after.at(-1)?.summary).toMatch(/^恢复备份失败（原有数据未变）：bad\.xfbak/);
    expect(await verifiedByAuditor(db)).toEqual({ ok: true, count: after.length });
  });
});

describe('the desk locks while a restore runs', () => {
  it('the lock is chained like any record, and 「恢复备份」 still names who started the restore', async () => {
    await registerPetition(db, visit(), NOW);
    const parsed = await backupOf(db);

    const restoring = restoreBackupAudited(db, parsed, SOURCE, () => LATER);
    // Win+L while it runs: the lock clears the actor and is audited.
    const locked = recordLock(db, 'screen', LATER);
    setActor(db, null);
    await locked;
    await restoring;

    const trail = await trailOf(db);
    expect(trail.filter((r) => r.action === 'restore').map((r) => r.actorId)).toEqual([TEST_ADMIN.userId]);
    const lock = trail.find((r) => r.action === 'lock');
    expect(lock?.seq).toBeGreaterThan(0);
    expect(trail.map((r) => r.seq)).toEqual(trail.map((_, i) => i + 1));
    expect(await verifiedByAuditor(db)).toEqual({ ok: true, count: trail.length });
  });
});
