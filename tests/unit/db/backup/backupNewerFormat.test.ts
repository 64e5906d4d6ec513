import { afterEach, expect, it } from 'vitest';
import { FRAME_KINDS } from '../../../../renderer/src/db/backup/format';
import { assembleBackup, encodeJson } from '../../../../renderer/src/db/backup/frames';
import { readBackup } from '../../../../renderer/src/db/backup/readBackup';
import type { DeskDatabase } from '../../../../renderer/src/db/database';
import { CURRENT_SCHEMA_VERSION } from '../../../../renderer/src/db/schema';
import { freshDb } from '../helpers';

let db: DeskDatabase;
afterEach(() => db?.close());

it('a file in a newer backup format names the file’s format and the one this desk reads, not the data version twice', async () => {
  db = freshDb();
  const header = {
    format: 'petition-desk-backup',
    formatVersion: 9,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    appVersion: '9.0.0',
    createdAt: '2027-01-01T00:00:00',
    tables: [],
  };
  const file = await assembleBackup([
    { kind: FRAME_KINDS.header, payload: encodeJson(header) },
    { kind: FRAME_KINDS.end, payload: encodeJson({ counts: {}, blobs: 0 }) },
  ]);
  const refusal = await readBackup(file).catch((error: unknown) => error as Error);
  expect(refusal).toBeInstanceOf(Error);
  expect((refusal as Error).message).not.toContain(
    `数据版本 ${CURRENT_SCHEMA_VERSION}，本机为 ${CURRENT_SCHEMA_VERSION}`,
  );
  expect((refusal as Error).message).toMatch(/^此备份来自较新版本的信访工作台（备份格式 9，本机只能读取到格式 \d+）/);
});
