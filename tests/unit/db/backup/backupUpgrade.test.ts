import { afterEach, describe, expect, it, vi } from 'vitest';
import { backedUpTablesAt, FRAME_KINDS } from '../../../../renderer/src/db/backup/format';
import { assembleBackup, encodeJson, type PendingFrame } from '../../../../renderer/src/db/backup/frames';
import { readBackup } from '../../../../renderer/src/db/backup/readBackup';
import { restoreBackup } from '../../../../renderer/src/db/backup/restoreBackup';
import type { DeskDatabase } from '../../../../renderer/src/db/database';
import { registerPetition } from '../../../../renderer/src/db/petitions';
import { createUser } from '../../../../renderer/src/db/users';
import { CURRENT_SCHEMA_VERSION } from '../../../../renderer/src/db/schema';
import type { Petition, Reception } from '../../../../renderer/src/domain/types';
import { NOW, visit } from '../../domain/fixtures';
import { freshDb } from '../helpers';
import { dumpDesk, legacyBackup, seedDesk, splitTrail } from './helpers';

let db: DeskDatabase;
afterEach(() => {
  vi.restoreAllMocks();
  db?.close();
});

/**
 * A backup as the first release (schema version 1) would have written it: today's records with the version-2 fields
 * taken off, no documents table, the attachment's bytes in a blob frame.
 */
async function version1Backup(): Promise<Blob> {
  const scratch = freshDb();
  await seedDesk(scratch);
  const tables = backedUpTablesAt(1);
  expect(tables).not.toContain('documents');
  const blobs: Blob[] = [];
  const frames: PendingFrame[] = [
    {
      kind: FRAME_KINDS.header,
      payload: encodeJson({
        format: 'petition-desk-backup',
        formatVersion: 1,
        schemaVersion: 1,
        appVersion: '0.0.9',
        createdAt: '2026-05-25T18:00:00',
        tables,
      }),
    },
  ];
  const counts: Record<string, number> = {};
  for (const name of tables) {
    let records = (await scratch.table(name).toArray()) as Record<string, unknown>[];
    if (name === 'petitions') records = (records as unknown as Petition[]).map(({ caseFacts: _, ...v1 }) => v1);
    if (name === 'receptions')
      records = (records as unknown as Reception[]).map(({ flags: _f, source: _s, ...v1 }) => v1);
    if (name === 'caseEvents') records = [];
    counts[name] = records.length;
    const payload = encodeJson({ table: name, records }, (_key, value) => {
      if (!(value instanceof Blob)) return value;
      blobs.push(value);
      return { $blob: blobs.length - 1, type: value.type };
    });
    frames.push({ kind: FRAME_KINDS.records, payload });
  }
  for (const blob of blobs) frames.push({ kind: FRAME_KINDS.blob, payload: blob });
  frames.push({ kind: FRAME_KINDS.end, payload: encodeJson({ counts, blobs: blobs.length }) });
  scratch.close();
  await scratch.delete();
  return assembleBackup(frames);
}

describe('restoring a backup from an older schema version', () => {
  it('upgrades a version-1 backup with the database’s own upgrade functions and restores it', async () => {
    const file = await version1Backup();
    const parsed = await readBackup(file, { allowUnencrypted: true });
    expect(parsed.summary.schemaVersion).toBe(1);
    expect(parsed.summary.counts.petitions).toBe(2);
    expect(CURRENT_SCHEMA_VERSION).toBeGreaterThan(1);

    db = freshDb();
    await registerPetition(db, visit({ summary: '恢复前本机已有的事项。' }), NOW);
    await restoreBackup(db, parsed);

    const petitions = await db.petitions.toArray();
    expect(petitions).toHaveLength(2);
    // The version-2 upgrade gave each petition its registered-state clock facts and each reception its flags.
    for (const p of petitions) expect(p.caseFacts).toBeDefined();
    const receptions = await db.receptions.toArray();
    expect(receptions).toHaveLength(3);
    for (const r of receptions) expect(r.flags).toBeDefined();
    expect(receptions.find((r) => r.isRepeat)?.source).toBeNull();
    expect(await db.documents.count()).toBe(0);
    const [attachment] = await db.attachments.toArray();
    expect(new Uint8Array(await (attachment?.data as Blob).arrayBuffer())).toEqual(
      new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 1, 2, 3, 254, 255]),
    );
    expect((await db.settings.get('app'))?.value).toMatchObject({ orgName: '曹家滩煤矿' });
    // No scratch database is left behind.
    const names = (await indexedDB.databases()).map((d) => d.name);
    expect(names.some((n) => n?.startsWith('petition-desk-restore-'))).toBe(false);
  });

  it('keeps the desk’s accounts: a backup from before accounts existed holds none, and restoring must not leave a desk anyone can claim', async () => {
    const parsed = await readBackup(await version1Backup(), { allowUnencrypted: true });
    db = freshDb();
    await createUser(
      db,
      {
        username: 'zhangm',
        displayName: '张敏',
        password: 'jiedai2026',
        role: 'receptionist',
        confidentialAccess: false,
      },
      NOW,
    );
    const accounts = await db.users.toArray();
    expect(accounts).toHaveLength(1);

    await restoreBackup(db, parsed);

    expect(await db.users.toArray()).toEqual(accounts);
    expect(await db.petitions.count()).toBe(2);
  });

  it('restores a version-4 backup into today’s desk as it was: versions 5 to 9 changed indexes and added tables only, so no scratch database upgrades it', async () => {
    const source = freshDb();
    await seedDesk(source);
    const before = splitTrail(await dumpDesk(source));
    const file = await legacyBackup(source, 4);
    source.close();
    await source.delete();
    const parsed = await readBackup(file, { allowUnencrypted: true });
    expect(parsed.summary.schemaVersion).toBe(4);
    expect(CURRENT_SCHEMA_VERSION).toBe(9);

    db = freshDb();
    await db.open();
    const opened = vi.spyOn(indexedDB, 'open');
    await restoreBackup(db, parsed);

    expect(opened.mock.calls.map(([name]) => name).filter((name) => name.startsWith('petition-desk-restore-'))).toEqual(
      [],
    );
    const after = splitTrail(await dumpDesk(db));
    expect(after.tables).toEqual(before.tables);
    expect(after.trail.slice(0, before.trail.length)).toEqual(before.trail);
  });
});
