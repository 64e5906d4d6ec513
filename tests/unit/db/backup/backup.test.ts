import { afterEach, describe, expect, it, vi } from 'vitest';
import { exportBackup } from '../../../../renderer/src/db/backup/exportBackup';
import { BACKUP_MESSAGES, backedUpTablesAt, BackupError, FRAME_KINDS } from '../../../../renderer/src/db/backup/format';
import { assembleBackup, encodeJson } from '../../../../renderer/src/db/backup/frames';
import { readBackup } from '../../../../renderer/src/db/backup/readBackup';
import { restoreBackup } from '../../../../renderer/src/db/backup/restoreBackup';
import type { DeskDatabase } from '../../../../renderer/src/db/database';
import { rebuildLedgerIndex } from '../../../../renderer/src/db/ledgerIndex';
import { loadLedgerRows, registerPetition } from '../../../../renderer/src/db/petitions';
import { CURRENT_SCHEMA_VERSION } from '../../../../renderer/src/db/schema';
import type { AuditRecord } from '../../../../renderer/src/domain/audit/record';
import { replacedTrailOf } from '../../../../renderer/src/domain/audit/replacedTrail';
import { defaultCategories, defaultUnits } from '../../../../renderer/src/domain/defaults';
import { NOW, visit } from '../../domain/fixtures';
import { freshDb } from '../helpers';
import { testBackupKey, WITH_PASSWORD } from './backupKey';
import { bytesOf, dumpDesk, LETTER_BYTES, PAYSLIP, seedDesk, splitTrail } from './helpers';

const OPTIONS = { appVersion: '0.1.0', createdAt: '2026-05-25T18:00:00' };
const options = async () => ({ ...OPTIONS, key: await testBackupKey() });

let db: DeskDatabase;
afterEach(() => db?.close());

async function seededBackup() {
  db = freshDb();
  const seeded = await seedDesk(db);
  const exported = await exportBackup(db, await options());
  return { ...seeded, file: exported.blob, counts: exported.counts };
}

/** Reads and restores the file, expecting it refused with exactly this message and the desk as it was. */
async function expectRefused(file: Blob, message: string) {
  const before = await dumpDesk(db);
  const refusal = await readBackup(file, WITH_PASSWORD).then(
    async (parsed) => {
      await restoreBackup(db, parsed);
      return null;
    },
    (error: unknown) => error,
  );
  expect(refusal).toBeInstanceOf(BackupError);
  expect((refusal as BackupError).message).toBe(message);
  expect(await dumpDesk(db)).toEqual(before);
}

describe('a backup round trip', () => {
  it('restores every table equal, with attachment and letter bytes identical, after the desk was wiped and changed', async () => {
    const { file, first, second } = await seededBackup();
    const before = splitTrail(await dumpDesk(db));
    for (const table of db.tables) await table.clear();
    // A registration names a category and a unit that must exist: the wiped desk gets the defaults back first.
    await db.categories.bulkAdd(defaultCategories());
    await db.units.bulkAdd(defaultUnits());
    await registerPetition(db, visit({ summary: '备份之后登记的另一件事项。' }), NOW);
    // The wipe started a new chain: the backup's trail does not continue it.
    const ownTrail = await db.audit.orderBy('seq').toArray();

    await restoreBackup(db, await readBackup(file, WITH_PASSWORD));

    const after = splitTrail(await dumpDesk(db));
    expect(after.tables).toEqual(before.tables);
    expect(after.trail.slice(0, -1)).toEqual(before.trail);
    expect(replacedTrailOf(after.trail.at(-1) as AuditRecord)).toEqual(ownTrail);
    const attachment = await db.attachments.toArray();
    expect(await bytesOf(attachment[0]?.data as Blob)).toEqual(PAYSLIP);
    expect(attachment[0]?.data.type).toBe('image/jpeg');
    const blobLetter = await db.documents.get('doc-1');
    const byteLetter = await db.documents.get('doc-2');
    expect(blobLetter?.bytes).toBeInstanceOf(Blob);
    expect(await bytesOf(blobLetter?.bytes as Blob)).toEqual(LETTER_BYTES);
    expect(byteLetter?.bytes).toBeInstanceOf(Uint8Array);
    expect(byteLetter?.bytes).toEqual(LETTER_BYTES);
    // Its own buffer, not a view into the bytes the file was read in.
    expect((byteLetter?.bytes as Uint8Array).buffer.byteLength).toBe(LETTER_BYTES.length);
    // The ledger's persisted index was emptied with the restore and is rebuilt from the restored petitions.
    expect((await loadLedgerRows(db)).map((r) => r.regNo).sort()).toEqual([first.regNo, second.regNo].sort());
  });

  it('summarises what the file holds before anything changes: versions, creation time, counts and the date range', async () => {
    const { file, counts } = await seededBackup();
    const parsed = await readBackup(file, WITH_PASSWORD);
    expect(parsed.summary).toEqual({
      schemaVersion: CURRENT_SCHEMA_VERSION,
      appVersion: '0.1.0',
      createdAt: '2026-05-25T18:00:00',
      counts,
      petitionsFrom: '2026-05-20T08:15',
      petitionsTo: '2026-05-25T09:30',
    });
    expect(counts).toMatchObject({ petitions: 2, receptions: 3, attachments: 1, documents: 2, caseEvents: 4 });
    expect(counts).not.toHaveProperty('ledgerChunks');
  });

  it('reports progress up to the whole on export, on reading and on restoring', async () => {
    db = freshDb();
    await seedDesk(db);
    const exportSteps: [number, number][] = [];
    const { blob } = await exportBackup(db, {
      ...(await options()),
      onProgress: (done, total) => exportSteps.push([done, total]),
    });
    expect(exportSteps.at(-1)?.[0]).toBe(exportSteps.at(-1)?.[1]);
    const readSteps: number[] = [];
    const parsed = await readBackup(blob, { ...WITH_PASSWORD, onProgress: (done) => readSteps.push(done) });
    expect(readSteps.at(-1)).toBe(blob.size);
    const restoreSteps: [number, number][] = [];
    await restoreBackup(db, parsed, (done, total) => restoreSteps.push([done, total]));
    expect(restoreSteps.length).toBeGreaterThan(1);
    expect(restoreSteps.at(-1)?.[0]).toBe(restoreSteps.at(-1)?.[1]);
  });

  it('writes the ledger index with the records: what a rebuild from the restored tables would write, no rebuild on load', async () => {
    const { file } = await seededBackup();
    await db.ledgerChunks.clear();
    await restoreBackup(db, await readBackup(file, WITH_PASSWORD));

    const written = await db.ledgerChunks.toArray();
    expect(written.length).toBeGreaterThan(0);
    await rebuildLedgerIndex(db);
    expect(await db.ledgerChunks.toArray()).toEqual(written);
    const warn = vi.spyOn(console, 'warn');
    try {
      expect(await loadLedgerRows(db)).toHaveLength(2);
      expect(warn).not.toHaveBeenCalled();
    } finally {
      warn.mockRestore();
    }
  });
});

describe('a bad file is refused with its message and the desk unchanged', () => {
  it('a truncated file, cut anywhere', async () => {
    const { file } = await seededBackup();
    for (const cut of [file.size - 1, file.size - 40, Math.floor(file.size / 2), 12, 5]) {
      await expectRefused(file.slice(0, cut), BACKUP_MESSAGES.truncated);
    }
  });

  it('a file from a newer version of the desk', async () => {
    db = freshDb();
    await seedDesk(db);
    const header = {
      format: 'petition-desk-backup',
      formatVersion: 1,
      schemaVersion: CURRENT_SCHEMA_VERSION + 1,
      appVersion: '9.0.0',
      createdAt: '2027-01-01T00:00:00',
      tables: [],
    };
    const file = await assembleBackup([
      { kind: FRAME_KINDS.header, payload: encodeJson(header) },
      { kind: FRAME_KINDS.end, payload: encodeJson({ counts: {}, blobs: 0 }) },
    ]);
    await expectRefused(file, BACKUP_MESSAGES.newerVersion(CURRENT_SCHEMA_VERSION + 1, CURRENT_SCHEMA_VERSION));
  });

  it('a file that is not a backup: a Word document, a text file, an empty file', async () => {
    db = freshDb();
    await seedDesk(db);
    for (const foreign of [new Blob([LETTER_BYTES]), new Blob(['登记编号,姓名\n2026-0001,张三\n']), new Blob([])]) {
      await expectRefused(foreign, BACKUP_MESSAGES.notBackup);
    }
  });

  it('a well-formed file holding a record that breaks its table’s schema', async () => {
    db = freshDb();
    await seedDesk(db);
    const header = {
      format: 'petition-desk-backup',
      formatVersion: 1,
      schemaVersion: CURRENT_SCHEMA_VERSION,
      appVersion: '0.1.0',
      createdAt: '2026-05-25T18:00:00',
      tables: backedUpTablesAt(CURRENT_SCHEMA_VERSION),
    };
    const file = await assembleBackup([
      { kind: FRAME_KINDS.header, payload: encodeJson(header) },
      {
        kind: FRAME_KINDS.records,
        payload: encodeJson({ table: 'petitions', records: [{ id: 'p1', regNo: '第一件' }] }),
      },
      { kind: FRAME_KINDS.end, payload: encodeJson({ counts: { petitions: 1 }, blobs: 0 }) },
    ]);
    await expect(readBackup(file, { allowUnencrypted: true })).rejects.toThrow(
      /^备份文件中有不符合格式的记录：信访事项第 1 条的 regNo/,
    );
  });
});

describe('a restore is all or nothing', () => {
  it('a write that fails midway (two petitions with one number) leaves the old data in every table', async () => {
    const { file } = await seededBackup();
    const parsed = await readBackup(file, WITH_PASSWORD);
    const petitions = parsed.tables.get('petitions') as { id: string }[];
    petitions.push({ ...(petitions[0] as { id: string }), id: 'another-id-same-regNo' });
    await registerPetition(db, visit({ summary: '恢复失败前已有的事项。' }), NOW);
    const before = await dumpDesk(db);
    const ledgerBefore = await db.ledgerChunks.toArray();

    await expect(restoreBackup(db, parsed)).rejects.toThrow(/^恢复失败，原有数据保持不变：ConstraintError/);
    expect(await dumpDesk(db)).toEqual(before);
    expect(await db.ledgerChunks.toArray()).toEqual(ledgerBefore);
  });

  it('two records with one key (the later one would silently replace the earlier) are refused, the old data kept', async () => {
    const { file, first } = await seededBackup();
    const parsed = await readBackup(file, WITH_PASSWORD);
    // 12,000 case events, the one at 7,000 repeating the id of one before it. (A write failing in a later batch is
    // backupRestoreChanges.test.ts's.)
    const events = parsed.tables.get('caseEvents') as { id: string }[];
    for (let i = 0; i < 12_000; i++)
      events.push({
        id: `bulk-${String(i).padStart(5, '0')}`,
        petitionId: first.id,
        at: '2026-05-25T11:00:00',
        actor: '王丽',
        type: 'note',
        text: '批量',
        data: null,
      } as { id: string });
    (events[7_000] as { id: string }).id = 'bulk-00001';
    const before = await dumpDesk(db);
    const ledgerBefore = await db.ledgerChunks.toArray();

    await expect(restoreBackup(db, parsed)).rejects.toThrow(
      '恢复失败，原有数据保持不变：备份中的办理记录有两条记录的编号相同（bulk-00001）',
    );
    expect(await dumpDesk(db)).toEqual(before);
    expect(await db.ledgerChunks.toArray()).toEqual(ledgerBefore);
  });

  it('records the ledger index cannot be built from are refused before anything is written', async () => {
    const { file } = await seededBackup();
    const parsed = await readBackup(file, WITH_PASSWORD);
    delete (parsed.tables.get('petitions')?.[0] as { summary?: string }).summary;
    const before = await dumpDesk(db);

    await expect(restoreBackup(db, parsed)).rejects.toThrow(
      /^恢复失败，原有数据保持不变：无法由备份的信访事项生成台账索引：/,
    );
    expect(await dumpDesk(db)).toEqual(before);
  });
});
