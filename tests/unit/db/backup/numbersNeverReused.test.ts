import { afterEach, describe, expect, it } from 'vitest';
import { exportBackup } from '../../../../renderer/src/db/backup/exportBackup';
import { readBackup } from '../../../../renderer/src/db/backup/readBackup';
import { recordsLostByRestore } from '../../../../renderer/src/db/backup/lostRecords';
import { restoreBackup } from '../../../../renderer/src/db/backup/restoreBackup';
import type { DeskDatabase } from '../../../../renderer/src/db/database';
import { issueDocument } from '../../../../renderer/src/db/documents';
import { registerPetition } from '../../../../renderer/src/db/petitions';
import { registerRiskMatter } from '../../../../renderer/src/db/riskLedger';
import { riskMatterInput } from '../../domain/risk/fixtures';
import { NOW, visit } from '../../domain/fixtures';
import { freshDb } from '../helpers';
import { testBackupKey, WITH_PASSWORD } from './backupKey';
import { legacyBackup, seedDesk } from './helpers';

let db: DeskDatabase;
afterEach(() => db?.close());

const printNumber = async (docNo: string | null) => new TextEncoder().encode(docNo ?? '');
const acceptanceNotice = (petitionId: string, now: Date) =>
  issueDocument(db, {
    petitionId,
    kind: 'acceptanceNotice',
    year: now.getFullYear(),
    prefix: '信受',
    build: printNumber,
    fileName: '受理告知书.docx',
    now,
  });

async function backupNow(): Promise<Blob> {
  return (await exportBackup(db, { appVersion: '0.1.0', createdAt: '2026-05-25T18:00:00', key: await testBackupKey() }))
    .blob;
}

describe('numbers are never reused after a restore', () => {
  it('the next 登记编号 and 文号 after restoring an older backup are above every number issued before the restore', async () => {
    db = freshDb();
    const { first } = await seedDesk(db);
    const file = await backupNow();
    const lost = await registerPetition(db, visit({ summary: '备份之后登记的事项。' }), NOW);
    const lostLetter = await acceptanceNotice(first.id, NOW);

    await restoreBackup(db, await readBackup(file, WITH_PASSWORD));

    const next = await registerPetition(db, visit({ summary: '恢复之后登记的事项。' }), NOW);
    expect(lost.regNo).toBe('2026-0003');
    expect(next.regNo).toBe('2026-0004');
    const nextLetter = await acceptanceNotice(first.id, NOW);
    expect(lostLetter.docNo).toBe('信受〔2026〕1号');
    expect(nextLetter.docNo).toBe('信受〔2026〕2号');
  });

  it('the next 排查 number after restoring an older backup is above every one 挂号 before the restore', async () => {
    db = freshDb();
    await seedDesk(db);
    await registerRiskMatter(db, riskMatterInput(), NOW);
    const file = await backupNow();
    const lost = await registerRiskMatter(db, riskMatterInput(), NOW);
    await restoreBackup(db, await readBackup(file, WITH_PASSWORD));
    const next = await registerRiskMatter(db, riskMatterInput(), NOW);
    expect(lost.riskNo).toBe('排〔2026〕2号');
    expect(next.riskNo).toBe('排〔2026〕3号');
  });

  it('keeps the mark through a second restore of the same backup, and from an older unencrypted backup', async () => {
    db = freshDb();
    await seedDesk(db);
    const legacy = await legacyBackup(db);
    await registerPetition(db, visit(), NOW);
    await registerPetition(db, visit(), NOW);
    await restoreBackup(db, await readBackup(legacy, { allowUnencrypted: true }));
    await restoreBackup(db, await readBackup(legacy, { allowUnencrypted: true }));
    expect((await registerPetition(db, visit(), NOW)).regNo).toBe('2026-0005');
  });

  it('across the year boundary: a 2027 number issued before the restore is not issued again; a year with none starts at 1', async () => {
    db = freshDb();
    await seedDesk(db);
    const file = await backupNow();
    const newYear = new Date(2027, 0, 4, 9, 0);
    const issued2027 = await registerPetition(db, visit({ receivedAt: '2027-01-04T08:30' }), newYear);
    expect(issued2027.regNo).toBe('2027-0001');

    await restoreBackup(db, await readBackup(file, WITH_PASSWORD));

    expect((await registerPetition(db, visit({ receivedAt: '2027-01-04T08:45' }), newYear)).regNo).toBe('2027-0002');
    expect((await registerPetition(db, visit(), NOW)).regNo).toBe('2026-0003');
    const later = new Date(2028, 0, 3, 9, 0);
    expect((await registerPetition(db, visit({ receivedAt: '2028-01-03T08:30' }), later)).regNo).toBe('2028-0001');
  });
});

describe('what a restore would lose, listed before it is confirmed', () => {
  it('names the petitions registered after the backup by number and counts the case events and letters since', async () => {
    db = freshDb();
    const { first } = await seedDesk(db);
    const file = await backupNow();
    const parsed = await readBackup(file, WITH_PASSWORD);
    expect(await recordsLostByRestore(db, parsed)).toEqual({ regNos: [], caseEvents: 0, documents: 0 });

    const third = await registerPetition(db, visit({ summary: '备份之后登记的第一件。' }), NOW);
    const fourth = await registerPetition(db, visit({ summary: '备份之后登记的第二件。' }), NOW);
    await acceptanceNotice(first.id, NOW);
    const eventsSince = (await db.caseEvents.count()) - (parsed.tables.get('caseEvents') ?? []).length;

    const lost = await recordsLostByRestore(db, parsed);
    expect(lost.regNos).toEqual([third.regNo, fourth.regNo]);
    expect(lost.regNos).toEqual(['2026-0003', '2026-0004']);
    expect(lost.documents).toBe(1);
    expect(lost.caseEvents).toBe(eventsSince);
    expect(lost.caseEvents).toBeGreaterThanOrEqual(3);
    // Nothing changed by asking.
    expect(await db.petitions.count()).toBe(4);
  });
});
