import { afterEach, describe, expect, it } from 'vitest';
import { exportBackup } from '../../../../renderer/src/db/backup/exportBackup';
import { backedUpTablesAt, RECORD_SCHEMAS, TABLE_LABELS } from '../../../../renderer/src/db/backup/format';
import { readBackup } from '../../../../renderer/src/db/backup/readBackup';
import { restoreBackup } from '../../../../renderer/src/db/backup/restoreBackup';
import type { DeskDatabase } from '../../../../renderer/src/db/database';
import { importPetitions } from '../../../../renderer/src/db/imports';
import { CURRENT_SCHEMA_VERSION } from '../../../../renderer/src/db/schema';
import { candidate, importedRow } from '../../domain/import/importFixtures';
import { freshDb } from '../helpers';
import { testBackupKey, WITH_PASSWORD } from './backupKey';
import { seedDesk } from './helpers';

let db: DeskDatabase;
afterEach(() => db?.close());

const NOW = new Date(2026, 5, 10, 10, 0);

describe('import batches in backups', () => {
  it('are backed up from schema 9 on, named 导入批次', () => {
    expect(backedUpTablesAt(CURRENT_SCHEMA_VERSION)).toContain('importBatches');
    expect(backedUpTablesAt(8)).not.toContain('importBatches');
    expect(TABLE_LABELS.importBatches).toBe('导入批次');
  });

  it('come back with their imported petitions and 原编号 exactly as they were', async () => {
    db = freshDb();
    await seedDesk(db);
    await importPetitions(
      db,
      { fileName: '台账.xlsx', skipped: 1, candidates: [candidate(importedRow({ originalNo: 'XF-7' }))] },
      NOW,
    );
    const before = { batches: await db.importBatches.toArray(), petitions: await db.petitions.toArray() };
    const exported = await exportBackup(db, {
      appVersion: '0.1.0',
      createdAt: '2026-06-10T18:00:00',
      key: await testBackupKey(),
    });
    expect(exported.counts.importBatches).toBe(1);
    await db.importBatches.clear();
    await restoreBackup(db, await readBackup(exported.blob, WITH_PASSWORD));
    expect({ batches: await db.importBatches.toArray(), petitions: await db.petitions.toArray() }).toEqual(before);
  });

  it('refuses a batch record no version of the desk writes', () => {
    const schema = RECORD_SCHEMAS.importBatches;
    const batch = {
      id: 'b1',
      fileName: 'a.xlsx',
      importedAt: '2026-06-10T10:00:00.000',
      importedBy: 'u1',
      importedByName: '王丽',
      rows: 2,
      skipped: 0,
      flagged: 0,
      petitionIds: ['p1', 'p2'],
      createdPetitionerIds: [],
    };
    expect(schema?.safeParse(batch).success).toBe(true);
    expect(schema?.safeParse({ ...batch, rows: -1 }).success).toBe(false);
    expect(schema?.safeParse({ ...batch, petitionIds: [1] }).success).toBe(false);
    const filled = { personId: 'x1', phone: '13911112222', phoneAsTyped: '139-1111-2222', phoneAsTypedBefore: '' };
    expect(schema?.safeParse({ ...batch, filledPeople: [filled, { personId: 'x2', idNumber: 'X' }] }).success).toBe(
      true,
    );
    expect(schema?.safeParse({ ...batch, filledPeople: [{ phone: '13911112222' }] }).success).toBe(false);
    expect(schema?.safeParse({ ...batch, filledPeople: [{ personId: 'x1', phone: 13911112222 }] }).success).toBe(false);
  });
});
