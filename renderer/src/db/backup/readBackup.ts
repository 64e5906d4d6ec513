import { CURRENT_SCHEMA_VERSION } from '../schema';
import { bytesAt, corrupted, truncated, tryParseJson } from './backupContent';
import { importBackupKey, unwrapBackupKey, type RawBackupKey } from './backupCrypto';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  BACKUP_MAGIC,
  BACKUP_MESSAGES,
  backedUpTablesAt,
  backupHeader,
  BackupError,
  FRAME_HEAD_BYTES,
  FRAME_KINDS,
  LEGACY_FORMAT_VERSION,
  type BackupHeader,
  type BackupProgress,
} from './format';
import { sameBytes } from './frames';
import { readLegacyFrames } from './readLegacy';
import { readSealedFrames } from './readSealed';
import { checkRestorable } from './restorePolicy';

/** What the settings page shows before anything changes. */
export interface BackupSummary {
  schemaVersion: number;
  appVersion: string;
  createdAt: string;
  /** Records per table, every backed-up table listed. */
  counts: Record<string, number>;
  /** The earliest and latest 收到时间 of the petitions, null when there are none. */
  petitionsFrom: string | null;
  petitionsTo: string | null;
}

/** A file read and checked whole: its records, binary fields restored as Blob or Uint8Array, ready to restore. */
export interface ParsedBackup {
  header: BackupHeader;
  tables: Map<string, unknown[]>;
  summary: BackupSummary;
  /** false: a format-1 file, opened only after the warning (`allowUnencrypted`). */
  encrypted: boolean;
  /** The file's data key and its wrapping, opened with the password: a desk without a backup key may adopt it. */
  key: RawBackupKey | null;
}

export interface ReadOptions {
  /** The 备份密码 the file was made under (format 2). */
  password?: string;
  /** Opens a format-1 file (no encryption; its hashes do not stop an edit): only after the page's warning. */
  allowUnencrypted?: boolean;
  onProgress?: BackupProgress;
}

/** A header larger than this is not a desk's (its table list and key wrapping take a few hundred bytes). */
const MAX_HEADER_BYTES = 64 * 1024;

/** Whether the file is a backup that needs the 备份密码 (format 2); reads the header only. */
export async function backupNeedsPassword(file: Blob): Promise<boolean> {
  const { header } = await readHeader(file);
  return header.formatVersion > LEGACY_FORMAT_VERSION;
}

/**
 * Reads a backup file and checks all of it (docs/backup-format.md) before anything is written: the marker, the
 * header and its versions, then every frame (opened with the key the password unwraps; format 1: its hash and the
 * file checksum), the counts in the end frame, every record against its table's zod schema, and what a restore may
 * not bring in (restorePolicy.ts: no administrator, weak password hashes, a broken audit chain). Throws a BackupError
 * with the Chinese message for the first problem found.
 */
export async function readBackup(file: Blob, options: ReadOptions = {}): Promise<ParsedBackup> {
  const { header, headerEnd } = await readHeader(file);
  let tables: Map<string, unknown[]>;
  let key: RawBackupKey | null = null;
  if (header.formatVersion === LEGACY_FORMAT_VERSION) {
    if (!options.allowUnencrypted) throw new BackupError('unencrypted', BACKUP_MESSAGES.unencrypted);
    tables = await readLegacyFrames(file, header, options.onProgress);
  } else {
    const encryption = header.encryption;
    if (!encryption) throw corrupted('文件头缺少加密参数');
    if (options.password === undefined || options.password === '')
      throw new BackupError('passwordNeeded', BACKUP_MESSAGES.passwordNeeded);
    const wrapping = {
      kdf: encryption.kdf,
      iterations: encryption.iterations,
      salt: encryption.salt,
      wrappedKey: encryption.wrappedKey,
    };
    let raw: Uint8Array<ArrayBuffer> | null;
    try {
      raw = await unwrapBackupKey(options.password, wrapping);
    } catch {
      throw corrupted('文件头的加密参数无法读取');
    }
    if (raw === null) throw new BackupError('wrongPassword', BACKUP_MESSAGES.wrongPassword);
    key = { wrapping, raw };
    tables = await readSealedFrames(file, header, headerEnd, (await importBackupKey(key)).key, options.onProgress);
  }
  checkRestorable(header.schemaVersion, tables);
  return { header, tables, summary: summarise(header, tables), encrypted: key !== null, key };
}

/** The header frame, checked: a backup's, in a format and schema version this desk reads. */
async function readHeader(file: Blob): Promise<{ header: BackupHeader; headerEnd: number }> {
  const magic = await bytesAt(file, 0, Math.min(file.size, BACKUP_MAGIC.length));
  const isMagicPrefix = magic.length > 0 && sameBytes(magic, BACKUP_MAGIC.subarray(0, magic.length));
  if (!isMagicPrefix) throw new BackupError('notBackup', BACKUP_MESSAGES.notBackup);
  const start = BACKUP_MAGIC.length;
  if (start + FRAME_HEAD_BYTES > file.size) throw truncated();
  const head = await bytesAt(file, start, FRAME_HEAD_BYTES);
  if (head[0] !== FRAME_KINDS.header) throw corrupted('缺少文件头');
  const length = new DataView(head.buffer).getUint32(1, true);
  if (length > MAX_HEADER_BYTES) throw corrupted('文件头的长度不对');
  const headerEnd = start + FRAME_HEAD_BYTES + length;
  if (headerEnd > file.size) throw truncated();
  const json = tryParseJson(await bytesAt(file, start + FRAME_HEAD_BYTES, length), 1);
  if ('problem' in json) throw json.problem;
  return { header: checkHeader(json.value), headerEnd };
}

function checkHeader(value: unknown): BackupHeader {
  const marker = (value as { format?: unknown } | null)?.format;
  if (marker !== BACKUP_FORMAT) throw new BackupError('notBackup', BACKUP_MESSAGES.notBackup);
  // Versions first: a newer desk's header may hold fields this one does not know.
  const versions = value as { formatVersion?: unknown; schemaVersion?: unknown };
  if (typeof versions.formatVersion === 'number' && versions.formatVersion > BACKUP_FORMAT_VERSION) {
    throw new BackupError('newerVersion', BACKUP_MESSAGES.newerFormat(versions.formatVersion, BACKUP_FORMAT_VERSION));
  }
  if (typeof versions.schemaVersion === 'number' && versions.schemaVersion > CURRENT_SCHEMA_VERSION) {
    throw new BackupError('newerVersion', BACKUP_MESSAGES.newerVersion(versions.schemaVersion, CURRENT_SCHEMA_VERSION));
  }
  const parsed = backupHeader.safeParse(value);
  if (!parsed.success) throw corrupted('文件头的内容不完整');
  const header = parsed.data;
  const expected = backedUpTablesAt(header.schemaVersion);
  if (expected.join() !== header.tables.join()) throw corrupted(`数据版本 ${header.schemaVersion} 的数据表清单不符`);
  return header;
}

function summarise(header: BackupHeader, tables: ReadonlyMap<string, unknown[]>): BackupSummary {
  const counts: Record<string, number> = {};
  for (const [table, records] of tables) counts[table] = records.length;
  let from: string | null = null;
  let to: string | null = null;
  for (const record of tables.get('petitions') ?? []) {
    const at = (record as { receivedAt: string }).receivedAt;
    if (from === null || at < from) from = at;
    if (to === null || at > to) to = at;
  }
  return {
    schemaVersion: header.schemaVersion,
    appVersion: header.appVersion,
    createdAt: header.createdAt,
    counts,
    petitionsFrom: from,
    petitionsTo: to,
  };
}
