import { afterEach, describe, expect, it } from 'vitest';
import { exportBackup } from '../../../../renderer/src/db/backup/exportBackup';
import { readBackup } from '../../../../renderer/src/db/backup/readBackup';
import { restoreBackup } from '../../../../renderer/src/db/backup/restoreBackup';
import type { DeskDatabase } from '../../../../renderer/src/db/database';
import type { Attachment } from '../../../../renderer/src/domain/types';
import { freshDb } from '../helpers';
import { testBackupKey, WITH_PASSWORD } from './backupKey';
import { bytesOf, countWrites, PAYSLIP, seedDesk } from './helpers';

let db: DeskDatabase;
afterEach(() => db?.close());

/** The seeded desk (one attachment, the payslip), its writes counted from now on, and its backup read back. */
async function deskAndItsBackup() {
  db = freshDb();
  const writes = countWrites(db);
  await seedDesk(db);
  const exported = await exportBackup(db, {
    appVersion: '0.1.0',
    createdAt: '2026-05-25T18:00:00',
    key: await testBackupKey(),
  });
  const parsed = await readBackup(exported.blob, WITH_PASSWORD);
  const [attachment] = await db.attachments.toArray();
  writes.clear();
  return { parsed, writes, attachment: attachment as Attachment };
}

/** The same bytes' length and type, other bytes: what only a comparison of the bytes can tell apart. */
const sameSizeOtherBytes = () => new Blob([PAYSLIP.map((b) => 255 - b)], { type: 'image/jpeg' });

describe('a restore writes an attachment again only when its bytes differ (compared by SHA-256 before the transaction)', () => {
  it('leaves in place an attachment whose record and bytes the desk already holds', async () => {
    const { parsed, writes } = await deskAndItsBackup();

    await restoreBackup(db, parsed);

    expect(writes.get('attachments:put')).toBeUndefined();
    expect(await bytesOf((await db.attachments.toArray())[0]?.data as Blob)).toEqual(PAYSLIP);
  });

  it('writes the backup’s bytes over stored bytes that differ, though name, size and type are the same', async () => {
    const { parsed, writes, attachment } = await deskAndItsBackup();
    await db.attachments.put({ ...attachment, data: sameSizeOtherBytes() });
    writes.clear();

    await restoreBackup(db, parsed);

    expect(writes.get('attachments:put')).toBe(1);
    expect(await bytesOf((await db.attachments.get(attachment.id))?.data as Blob)).toEqual(PAYSLIP);
  });

  it('writes an attachment whose stored record changed after it was hashed, before the transaction began', async () => {
    const { parsed, writes, attachment } = await deskAndItsBackup();
    const changed = { ...attachment, data: new Blob([new Uint8Array([1, 2, 3])], { type: 'image/jpeg' }), size: 3 };
    let first = true;

    // The first progress report comes once the attachments are hashed, before the restore's transaction opens.
    await restoreBackup(db, parsed, () => {
      if (!first) return;
      first = false;
      void db.attachments.put(changed);
    });

    expect(first).toBe(false);
    expect(writes.get('attachments:put')).toBe(2);
    expect(await bytesOf((await db.attachments.get(attachment.id))?.data as Blob)).toEqual(PAYSLIP);
  });

  it('hashes nothing for an empty desk: every record is added', async () => {
    const { parsed } = await deskAndItsBackup();
    db.close();
    db = freshDb();
    const writes = countWrites(db);
    const steps: [number, number][] = [];

    await restoreBackup(db, parsed, (done, total) => steps.push([done, total]));

    expect(writes.get('attachments:add')).toBe(1);
    const records = [...parsed.tables.values()].reduce((sum, list) => sum + list.length, 0);
    // Read nothing: the total is the records added (the backup's, the ledger index's, the restore's audit record).
    expect(steps.at(-1)?.[1]).toBe(records + (await db.ledgerChunks.count()) + 1);
  });
});
