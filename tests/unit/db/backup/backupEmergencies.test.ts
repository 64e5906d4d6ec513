import { afterEach, describe, expect, it } from 'vitest';
import { exportBackup } from '../../../../renderer/src/db/backup/exportBackup';
import { backedUpTablesAt, RECORD_SCHEMAS, TABLE_LABELS } from '../../../../renderer/src/db/backup/format';
import { readBackup } from '../../../../renderer/src/db/backup/readBackup';
import { restoreBackup } from '../../../../renderer/src/db/backup/restoreBackup';
import type { DeskDatabase } from '../../../../renderer/src/db/database';
import {
  addAftercare,
  addEmergencyStep,
  recordArrival,
  registerEmergency,
} from '../../../../renderer/src/db/emergencies';
import { CURRENT_SCHEMA_VERSION } from '../../../../renderer/src/db/schema';
import { emergency, emergencyInput } from '../../domain/emergency/fixtures';
import { freshDb } from '../helpers';
import { testBackupKey, WITH_PASSWORD } from './backupKey';
import { seedDesk } from './helpers';

let db: DeskDatabase;
afterEach(() => db?.close());

const at = (time: string) => new Date(`2026-06-01T${time}`);

describe('突发信访事件 in backups', () => {
  it('is one of the tables a backup holds, named 突发信访事件', () => {
    expect(backedUpTablesAt(CURRENT_SCHEMA_VERSION)).toContain('emergencies');
    expect(backedUpTablesAt(6)).not.toContain('emergencies');
    expect(TABLE_LABELS.emergencies).toBe('突发信访事件');
  });

  it('comes back from a backup exactly as it was, steps and 善后 included', async () => {
    db = freshDb();
    await seedDesk(db);
    const { id } = await registerEmergency(db, emergencyInput(), at('09:00'));
    await recordArrival(db, id, { leaders: '张书记', arrivedAt: '2026-06-01T15:40' }, at('16:00'));
    await addEmergencyStep(db, id, { at: '2026-06-01T16:10', kind: '劝返', text: '劝返返回' }, at('17:00'));
    await addAftercare(db, id, { text: '补发补贴', deadline: '2026-07-31' }, at('17:00'));
    const before = await db.emergencies.toArray();
    const exported = await exportBackup(db, {
      appVersion: '0.1.0',
      createdAt: '2026-06-01T18:00:00',
      key: await testBackupKey(),
    });
    expect(exported.counts.emergencies).toBe(1);
    await db.emergencies.clear();
    await restoreBackup(db, await readBackup(exported.blob, WITH_PASSWORD));
    expect(await db.emergencies.toArray()).toEqual(before);
  });

  it('refuses a record whose location, limit or status no version of the desk writes', () => {
    const schema = RECORD_SCHEMAS.emergencies;
    if (!schema) throw new Error('no schema for emergencies');
    expect(schema.safeParse(emergency()).success).toBe(true);
    expect(schema.safeParse(emergency({ location: '国外' as never })).success).toBe(false);
    expect(schema.safeParse(emergency({ arrivalLimitHours: 0 })).success).toBe(false);
    expect(schema.safeParse(emergency({ status: '已撤销' as never })).success).toBe(false);
    expect(schema.safeParse(emergency({ reserveFundYuan: -1 })).success).toBe(false);
  });
});
