import type { DeskDatabase } from '../database';
import { authorize } from '../session';
import { CURRENT_SCHEMA_VERSION } from '../schema';
import {
  BACKUP_FORMAT,
  BACKUP_MESSAGES,
  BackupError,
  BACKUP_FORMAT_VERSION,
  backedUpTablesAt,
  FRAME_KINDS,
  RECORDS_PER_FRAME,
  type BackupEnd,
  type BackupHeader,
  type BackupProgress,
} from './format';
import { takeAutoBackupToken } from './autoBackupTokens';
import { toBase64, type BackupKey } from './backupCrypto';
import { encodeJson, type Bytes, type PendingFrame } from './frames';
import { assembleSealedBackup } from './sealedFrames';
import { forEachStoredPage } from './tablePages';

export interface ExportOptions {
  appVersion: string;
  /** The creation time written into the header (the app's clock, never the system's directly). */
  createdAt: string;
  onProgress?: BackupProgress;
  /** The desk's backup key (the administrator's 备份密码); without one nothing is exported. */
  key: BackupKey | null;
  /**
   * An automatic backup (daily, before quitting) is the system's, made whoever is signed in or nobody (a locked desk
   * at quit): it goes only into the user-data folder, and restoring it needs 备份和恢复数据. It runs only when main
   * asked for it: `token` is the one-time token main sent with its request (autoBackupTokens.ts). A backup the clerk
   * exports to a place of their choosing needs 备份和恢复数据.
   */
  automatic?: { token: string };
}

export interface ExportedBackup {
  blob: Blob;
  counts: Record<string, number>;
}

/**
 * Writes every table but the derived ledger index into one encrypted backup file (docs/backup-format.md). All records
 * are read in one read transaction, so the file is a consistent snapshot; the sealing happens afterwards, because a
 * transaction commits as soon as it awaits anything but IndexedDB. Blob bytes are read a few at a time to be sealed,
 * and the file is assembled as a Blob of parts, so the blobs are never all in memory together.
 */
export async function exportBackup(db: DeskDatabase, options: ExportOptions): Promise<ExportedBackup> {
  if (options.automatic) {
    if (!takeAutoBackupToken(options.automatic.token))
      throw new Error('自动备份只能由本机程序按计划发起：此次请求无效，未导出任何数据');
  } else {
    authorize(db, 'backup.manage');
  }
  const backupKey = options.key;
  if (!backupKey) throw new BackupError('noBackupKey', BACKUP_MESSAGES.noBackupKey);
  const tableNames = backedUpTablesAt(CURRENT_SCHEMA_VERSION);
  const header: BackupHeader = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    appVersion: options.appVersion,
    createdAt: options.createdAt,
    tables: tableNames,
    encryption: {
      cipher: 'AES-256-GCM',
      fileId: toBase64(crypto.getRandomValues(new Uint8Array(16))),
      ...backupKey.wrapping,
    },
  };
  const frames: PendingFrame[] = [];
  const blobs: (Blob | Bytes)[] = [];
  const counts: Record<string, number> = {};
  const tables = tableNames.map((name) => db.table(name));

  let total = 0;
  let done = 0;
  await db.transaction('r', tables, async () => {
    const sizes = await Promise.all(tables.map((t) => t.count()));
    const blobCount =
      (await db.attachments.count()) +
      (await db.documents.count()) +
      (await db.reports.where('status').equals('issued').count());
    total = sizes.reduce((a, b) => a + b, 0) + blobCount;
    for (const table of tables) {
      counts[table.name] = 0;
      await forEachStoredPage(table, RECORDS_PER_FRAME, (records) => {
        const replacer = binaryReplacer(blobs);
        frames.push({ kind: FRAME_KINDS.records, payload: encodeJson({ table: table.name, records }, replacer) });
        counts[table.name] = (counts[table.name] ?? 0) + records.length;
        done += records.length;
        options.onProgress?.(done, total);
      });
    }
  });

  for (const blob of blobs) frames.push({ kind: FRAME_KINDS.blob, payload: blob });
  const end: BackupEnd = { counts, blobs: blobs.length };
  frames.push({ kind: FRAME_KINDS.end, payload: encodeJson(end) });

  const blob = await assembleSealedBackup(encodeJson(header), frames, backupKey.key, (frame) => {
    if (frame.kind === FRAME_KINDS.blob) options.onProgress?.(++done, total);
  });
  options.onProgress?.(total, total);
  return { blob, counts };
}

/** Replaces each Blob or byte array in a record by a reference to the blob frame that will hold its bytes. */
function binaryReplacer(blobs: (Blob | Bytes)[]) {
  return (_key: string, value: unknown): unknown => {
    if (value instanceof Blob) {
      blobs.push(value);
      return { $blob: blobs.length - 1, type: value.type };
    }
    if (value instanceof Uint8Array) {
      blobs.push(new Uint8Array(value));
      return { $bytes: blobs.length - 1 };
    }
    return value;
  };
}
