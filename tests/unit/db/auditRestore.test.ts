import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { restoreBackupAudited } from '../../../renderer/src/db/audit/restoreAudited';
import { exportBackup } from '../../../renderer/src/db/backup/exportBackup';
import { backedUpTablesAt } from '../../../renderer/src/db/backup/format';
import { readBackup } from '../../../renderer/src/db/backup/readBackup';
import { upgradeRecords } from '../../../renderer/src/db/backup/upgradeRecords';
import type { DeskDatabase } from '../../../renderer/src/db/database';
import { registerPetition } from '../../../renderer/src/db/petitions';
import { CURRENT_SCHEMA_VERSION } from '../../../renderer/src/db/schema';
import type { AuditRecord } from '../../../renderer/src/domain/audit/record';
import { verifyAuditRecords } from '../../../renderer/src/domain/audit/verify';
import type { Petition, Reception } from '../../../renderer/src/domain/types';
import { addAdministrator, testBackupKey, WITH_PASSWORD } from './backup/backupKey';
import { NOW, visit } from '../domain/fixtures';
import { freshDb, TEST_ADMIN } from './helpers';

let db: DeskDatabase;
beforeEach(() => {
  db = freshDb();
});
afterEach(() => db.close());

const trail = (): Promise<AuditRecord[]> => db.audit.orderBy('seq').toArray();
const LATER = new Date(2026, 4, 26, 9, 30);

async function backupOfTwoPetitions() {
  await addAdministrator(db);
  await registerPetition(db, visit(), NOW);
  await registerPetition(db, visit({ summary: '第二件事项。' }), NOW);
  const trailInBackup = await trail();
  const { blob } = await exportBackup(db, {
    appVersion: '0.1.0',
    createdAt: '2026-05-25T18:00:00',
    key: await testBackupKey(),
  });
  return { parsed: await readBackup(blob, WITH_PASSWORD), trailInBackup };
}

describe('a restore is one audit record after the trail', () => {
  it('brings the backup’s data back, keeps the records made since, and appends 「恢复备份：…」, with no record per restored row', async () => {
    const { parsed, trailInBackup } = await backupOfTwoPetitions();
    await registerPetition(db, visit({ summary: '备份之后的事项，恢复后不再存在。' }), NOW);
    const trailBeforeRestore = await trail();

    await restoreBackupAudited(db, parsed, '信访工作台备份-20260525-1800.xfbak', () => LATER);

    const records = await trail();
    expect(records.slice(0, trailInBackup.length)).toEqual(trailInBackup);
    // The registration after the backup is undone, but its audit records are not.
    expect(records.slice(0, -1)).toEqual(trailBeforeRestore);
    expect(records.at(-1)).toMatchObject({
      seq: trailBeforeRestore.length + 1,
      action: 'restore',
      entity: 'backup',
      actorId: TEST_ADMIN.userId,
      at: '2026-05-26T09:30:00.000',
      summary: `恢复备份：信访工作台备份-20260525-1800.xfbak（备份时间 2026-05-25 18:00，数据版本 ${CURRENT_SCHEMA_VERSION}，信访事项 2 件，审计记录 ${trailInBackup.length} 条）`,
    });
    expect(verifyAuditRecords(records)).toEqual({ ok: true, count: records.length });
    expect(await db.petitions.count()).toBe(2);
  });

  it('a restore that fails midway changes nothing but is recorded as failed', async () => {
    const { parsed } = await backupOfTwoPetitions();
    const petitions = parsed.tables.get('petitions') as { id: string }[];
    petitions.push({ ...(petitions[0] as { id: string }), id: 'another-id-same-regNo' });
    const before = await trail();

    await expect(restoreBackupAudited(db, parsed, 'bad.xfbak', () => LATER)).rejects.toThrow(
      /^恢复失败，原有数据保持不变/,
    );

    const records = await trail();
    expect(records.slice(0, -1)).toEqual(before);
    expect(records.at(-1)?.summary).toMatch(/^恢复备份失败（原有数据未变）：bad\.xfbak：恢复失败/);
    expect(verifyAuditRecords(records).ok).toBe(true);
  });
});

describe('upgrading an older backup in a scratch database', () => {
  it('writes no audit records while the schema’s upgrades change its records', async () => {
    await registerPetition(db, visit(), NOW);
    const tables = new Map<string, unknown[]>();
    for (const name of backedUpTablesAt(1)) tables.set(name, await db.table(name).toArray());
    // As version 1 stored them: the version-2 upgrade rewrites these.
    tables.set(
      'petitions',
      (tables.get('petitions') as Petition[]).map(({ caseFacts: _, ...v1 }) => v1),
    );
    tables.set(
      'receptions',
      (tables.get('receptions') as Reception[]).map(({ flags: _f, source: _s, ...v1 }) => v1),
    );

    const upgraded = await upgradeRecords(1, tables);

    expect((upgraded.get('petitions') as Petition[])[0]?.caseFacts).toBeDefined();
    expect(upgraded.get('audit')).toEqual([]);
  });
});
