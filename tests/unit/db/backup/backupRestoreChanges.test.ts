import { afterEach, describe, expect, it } from 'vitest';
import { withoutAudit } from '../../../../renderer/src/db/audit/auditMiddleware';
import { exportBackup } from '../../../../renderer/src/db/backup/exportBackup';
import { readBackup, type ParsedBackup } from '../../../../renderer/src/db/backup/readBackup';
import { restoreBackup } from '../../../../renderer/src/db/backup/restoreBackup';
import type { DeskDatabase } from '../../../../renderer/src/db/database';
import { ledgerChunksOf } from '../../../../renderer/src/ledger/persistence';
import { registerPetition } from '../../../../renderer/src/db/petitions';
import { saveSettings } from '../../../../renderer/src/db/settings';
import type { UserAccount } from '../../../../renderer/src/domain/access/account';
import type { Petition } from '../../../../renderer/src/domain/types';
import { NOW, person, visit } from '../../domain/fixtures';
import { freshDb } from '../helpers';
import { storedAccount, testBackupKey, WITH_PASSWORD } from './backupKey';
import {
  countWrites,
  dumpDesk,
  LETTER_BYTES,
  seedDesk,
  splitTrail,
  withDeskNumberMarks,
  type WriteCounts,
} from './helpers';

const OPTIONS = { appVersion: '0.1.0', createdAt: '2026-05-25T18:00:00' };
const BINARY_TABLES = ['attachments', 'documents', 'reports'];
const sum = (counts: readonly number[]) => counts.reduce((a, b) => a + b, 0);

let db: DeskDatabase;
afterEach(() => db?.close());

function account(id: string, username: string): UserAccount {
  return storedAccount(id, username);
}

/** The seeded desk with two accounts, its backup parsed, and a dump of every table as the backup holds it. */
async function backedUpDesk(writes?: (db: DeskDatabase) => WriteCounts) {
  db = freshDb();
  const counter = writes?.(db);
  const seeded = await seedDesk(db);
  await db.users.bulkAdd([account('u-1', 'zhang'), account('u-2', 'li')]);
  const exported = await exportBackup(db, { ...OPTIONS, key: await testBackupKey() });
  const dump = await dumpDesk(db);
  const chunks = await db.ledgerChunks.toArray();
  return { ...seeded, parsed: await readBackup(exported.blob, WITH_PASSWORD), dump, chunks, writes: counter };
}

/** A day's work after the backup: records edited, deleted and added in many tables, through the audit trail. */
async function workSinceBackup(first: Petition, second: Petition) {
  await db.petitions.put({ ...second, summary: '备份之后改过的事由。', updatedAt: '2026-05-26T09:00:00' });
  await registerPetition(
    db,
    visit({
      receivedAt: '2026-05-25T09:45',
      summary: '备份之后登记的事项。',
      petitioners: [person({ name: '赵六', idNumber: '' })],
    }),
    NOW,
  );
  const someone = first.petitionerIds[0] as string;
  await db.petitioners.update(someone, { phone: '13700009999' });
  await db.caseEvents.delete('event-x');
  await db.caseEvents.add({
    id: 'event-y',
    petitionId: first.id,
    at: '2026-05-26T10:00:00',
    actor: '王丽',
    type: 'note',
    text: '备份之后的记录',
    data: null,
  });
  await saveSettings(db, { orgName: '另一个煤矿' });
  await db.settings.put({ key: 'extra', value: { added: true } });
  // Two accounts swap their unique 登录名: writing one before the other has moved away would collide.
  await db.users.update('u-1', { username: 'tmp' });
  await db.users.update('u-2', { username: 'zhang' });
  await db.users.update('u-1', { username: 'li' });
  await db.users.add(account('u-3', 'wang'));
  await db.units.add({ id: 'unit-new', parentId: null, name: '新单位', partyBranch: '', order: 99 });
  const [attachment] = await db.attachments.toArray();
  await db.attachments.delete(attachment?.id as string);
  await db.attachments.add({
    id: 'att-new',
    petitionId: first.id,
    receptionId: null,
    name: '新附件.png',
    mimeType: 'image/png',
    size: 3,
    data: new Blob([new Uint8Array([1, 2, 3])], { type: 'image/png' }),
    createdAt: '2026-05-26T10:00:00',
  });
  await db.documents.update('doc-2', { bytes: new Uint8Array([9, 9, 9]) });
  await db.documents.delete('doc-1');
}

async function restoredChunksMatchRecords() {
  const expected = ledgerChunksOf(
    await db.petitions.toArray(),
    await db.petitioners.toArray(),
    await db.receptions.toArray(),
  );
  expect(await db.ledgerChunks.toArray()).toEqual(expected);
}

describe('a restore writes only what differs', () => {
  it('brings every table back to the backup after a day of edits, deletions and additions', async () => {
    const { first, second, parsed, dump, chunks } = await backedUpDesk();
    await workSinceBackup(first, second);
    expect(await dumpDesk(db)).not.toEqual(dump);
    const trailSinceBackup = await db.audit.orderBy('seq').toArray();
    const expected = await withDeskNumberMarks(db, splitTrail(dump).tables);

    const steps: [number, number][] = [];
    await restoreBackup(db, parsed, (done, total) => steps.push([done, total]));

    const restored = splitTrail(await dumpDesk(db));
    expect(restored.tables).toEqual(expected);
    // The day's audit records stay; the restore's own record follows them.
    expect(restored.trail.slice(0, -1)).toEqual(trailSinceBackup);
    expect(restored.trail.at(-1)?.action).toBe('restore');
    expect(await db.ledgerChunks.toArray()).toEqual(chunks);
    await restoredChunksMatchRecords();
    expect((await db.documents.get('doc-2'))?.bytes).toEqual(LETTER_BYTES);
    // The total shrinks from the most that could need writing to what did: the bar only moves forward, to the end.
    const shares = steps.map(([done, total]) => done / total);
    expect(shares.every((share, i) => i === 0 || share >= (shares[i - 1] as number))).toBe(true);
    expect(steps.at(-1)?.[0]).toBe(steps.at(-1)?.[1]);
  });

  it('writes nothing but its own audit record when the backup is the desk as it is', async () => {
    const { parsed, dump, writes } = await backedUpDesk(countWrites);
    writes?.clear();

    const steps: [number, number][] = [];
    await restoreBackup(db, parsed, (done, total) => steps.push([done, total]));

    const touched = [...(writes ?? [])].filter(([key]) => !BINARY_TABLES.includes(key.split(':')[0] as string));
    // Only the restore's own audit record.
    expect(touched).toEqual([['audit:add', 1]]);
    // Binaries too: a byte array is compared inside the transaction, a Blob (the attachment, the letter stored as
    // one) by its SHA-256 before it (restoreUnchangedAttachments.test.ts).
    expect(Object.fromEntries(writes ?? [])).toEqual({ 'audit:add': 1 });
    const restored = splitTrail(await dumpDesk(db));
    expect(restored.tables).toEqual(splitTrail(dump).tables);
    expect(restored.trail.slice(0, -1)).toEqual(splitTrail(dump).trail);
    expect(steps.at(-1)?.[0]).toBe(steps.at(-1)?.[1]);
    expect(steps.length).toBeGreaterThan(1);
  });

  it('adds every record to an empty database', async () => {
    const { parsed, dump } = await backedUpDesk();
    db.close();
    db = freshDb();
    const writes = countWrites(db);
    // Emptied with auditing suspended: a wipe of the trail would otherwise leave a record saying so.
    await withoutAudit(db, async () => {
      for (const table of db.tables) await table.clear();
    });
    expect(sum(await Promise.all(db.tables.map((table) => table.count())))).toBe(0);
    writes.clear();

    await restoreBackup(db, parsed);

    const restored = splitTrail(await dumpDesk(db));
    expect(restored.tables).toEqual(splitTrail(dump).tables);
    expect(restored.trail.slice(0, -1)).toEqual(splitTrail(dump).trail);
    await restoredChunksMatchRecords();
    // Every backup record, the ledger index, and the restore's own audit record.
    const records = sum([...parsed.tables.values()].map((list) => list.length)) + (await db.ledgerChunks.count()) + 1;
    expect(sum([...writes.values()])).toBe(records);
    expect([...writes.keys()].every((key) => key.endsWith(':add'))).toBe(true);
  });
});

describe('a restore that writes only what differs is still all or nothing', () => {
  /** 12,000 new accounts, the one at 7,000 (in the second write batch) taking the 登录名 of one the first wrote. */
  function withCollidingAccounts(parsed: ParsedBackup) {
    const users = parsed.tables.get('users') as UserAccount[];
    for (let i = 0; i < 12_000; i++) users.push(account(`bulk-${String(i).padStart(5, '0')}`, `bulk${i}`));
    (users[7_000] as UserAccount).username = 'bulk1';
  }

  it('a write that fails in a later batch leaves the old data, the edits since the backup included', async () => {
    const { first, second, parsed } = await backedUpDesk();
    await workSinceBackup(first, second);
    withCollidingAccounts(parsed);
    const before = await dumpDesk(db);
    const ledgerBefore = await db.ledgerChunks.toArray();

    await expect(restoreBackup(db, parsed)).rejects.toThrow(/^恢复失败，原有数据保持不变：ConstraintError/);

    expect(await dumpDesk(db)).toEqual(before);
    expect(await db.ledgerChunks.toArray()).toEqual(ledgerBefore);
  });

  it('the tables before the failing one were written in the same transaction: none of it stays', async () => {
    const { first, second, parsed, writes } = await backedUpDesk(countWrites);
    await workSinceBackup(first, second);
    withCollidingAccounts(parsed);
    writes?.clear();
    const before = await dumpDesk(db);

    await expect(restoreBackup(db, parsed)).rejects.toThrow(/^恢复失败/);

    // Proof that the failure came after real writes: petitions, settings and the first batch of accounts.
    expect(writes?.get('petitions:put')).toBeGreaterThan(0);
    expect(writes?.get('settings:delete')).toBe(1);
    expect(writes?.get('users:add')).toBeGreaterThanOrEqual(5_000);
    expect(await dumpDesk(db)).toEqual(before);
  });
});
