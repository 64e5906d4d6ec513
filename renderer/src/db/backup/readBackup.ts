import { CURRENT_SCHEMA_VERSION } from '../schema';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  BACKUP_MAGIC,
  BACKUP_MESSAGES,
  backedUpTablesAt,
  backupEnd,
  backupHeader,
  BackupError,
  blobRef,
  bytesRef,
  FRAME_HEAD_BYTES,
  FRAME_KINDS,
  HASH_BYTES,
  RECORD_SCHEMAS,
  recordsFrame,
  TABLE_LABELS,
  type BackupHeader,
  type BackupProgress,
} from './format';
import { fileChecksum, sameBytes, sha256, type Bytes } from './frames';

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
}

interface Fixup {
  holder: Record<string, unknown>;
  key: string;
  index: number;
  asBytes: boolean;
}

/**
 * Reads a backup file and checks all of it (docs/backup-format.md) before anything is written: the marker, every
 * frame's hash, the file checksum, the schema version, the counts in the end frame, and every record against its
 * table's zod schema. Throws a BackupError with the Chinese message for the first problem found.
 */
export async function readBackup(file: Blob, onProgress?: BackupProgress): Promise<ParsedBackup> {
  const magic = await bytesAt(file, 0, Math.min(file.size, BACKUP_MAGIC.length));
  const isMagicPrefix = magic.length > 0 && sameBytes(magic, BACKUP_MAGIC.subarray(0, magic.length));
  if (!isMagicPrefix) throw new BackupError('notBackup', BACKUP_MESSAGES.notBackup);
  if (magic.length < BACKUP_MAGIC.length) throw new BackupError('truncated', BACKUP_MESSAGES.truncated);

  let offset = BACKUP_MAGIC.length;
  let header: BackupHeader | null = null;
  let ended = false;
  const hashes: Bytes[] = [];
  const tables = new Map<string, unknown[]>();
  const fixups: Fixup[] = [];
  const blobs: (Blob | Bytes)[] = [];
  const blobTypes = new Map<number, { type: string; asBytes: boolean }>();

  // Each frame is read while the one before it is checked, and hashed (off the main thread) while it is parsed.
  let ahead = readAhead(file, offset, offset + FRAME_HEAD_BYTES <= file.size ? await bytesAt(file, offset, FRAME_HEAD_BYTES) : null);
  while (!ended) {
    const frameNo = hashes.length + 1;
    const read = await ahead;
    if ('error' in read) throw read.error;
    if (read.frame === null) throw truncated();
    const { kind, start, end, payload, storedHash, nextHead } = read.frame;
    const hashing = sha256(payload);
    offset = end + HASH_BYTES;
    if (kind !== FRAME_KINDS.end) ahead = readAhead(file, offset, nextHead);
    const json = kind === FRAME_KINDS.blob ? null : tryParseJson(payload, frameNo, kind === FRAME_KINDS.records ? collectRefs(fixups, blobTypes) : undefined);
    const hash = await hashing;
    if (!sameBytes(hash, storedHash)) throw corrupted(`第 ${frameNo} 段数据与其校验值不符`);
    hashes.push(hash);
    onProgress?.(offset, file.size);
    if (header === null && kind !== FRAME_KINDS.header) throw corrupted('缺少文件头');
    if (json !== null && 'problem' in json) throw json.problem;
    switch (kind) {
      case FRAME_KINDS.header:
        if (header !== null) throw corrupted('文件头重复出现');
        header = checkHeader(json?.value);
        for (const table of header.tables) tables.set(table, []);
        break;
      case FRAME_KINDS.records: {
        const frame = recordsFrame.safeParse(json?.value);
        if (!frame.success) throw corrupted(`第 ${frameNo} 段不是记录`);
        const list = tables.get(frame.data.table);
        if (!list) throw corrupted(`第 ${frameNo} 段属于未知的数据表“${frame.data.table}”`);
        for (const record of frame.data.records) list.push(record);
        break;
      }
      case FRAME_KINDS.blob: {
        const index = blobs.length;
        const declared = blobTypes.get(index);
        // A copy: the payload is a view into a buffer that also holds the hash and the next frame's head.
        blobs.push(declared?.asBytes ? payload.slice() : file.slice(start, end, declared?.type ?? ''));
        break;
      }
      case FRAME_KINDS.end:
        checkEnd(json?.value, tables, blobs.length);
        ended = true;
        break;
      default:
        throw corrupted(`第 ${frameNo} 段的类型无法识别`);
    }
  }

  if (offset + HASH_BYTES > file.size) throw truncated();
  if (offset + HASH_BYTES < file.size) throw corrupted('文件末尾有多余的数据');
  const checksum = await bytesAt(file, offset, HASH_BYTES);
  if (!sameBytes(checksum, await fileChecksum(hashes))) throw new BackupError('checksum', BACKUP_MESSAGES.checksum);

  for (const fixup of fixups) {
    const blob = blobs[fixup.index];
    if (blob === undefined) throw corrupted(`记录引用了不存在的第 ${fixup.index + 1} 个文件`);
    fixup.holder[fixup.key] = blob;
  }
  if (header === null) throw corrupted('缺少文件头');
  checkRecords(tables);
  return { header, tables, summary: summarise(header, tables) };
}

async function bytesAt(file: Blob, start: number, length: number): Promise<Bytes> {
  return new Uint8Array(await file.slice(start, start + length).arrayBuffer());
}

function truncated(): BackupError {
  return new BackupError('truncated', BACKUP_MESSAGES.truncated);
}

function corrupted(detail: string): BackupError {
  return new BackupError('corrupted', BACKUP_MESSAGES.corrupted(detail));
}

/** A frame as read from the file, its hash not yet checked, with the 5 bytes after it (the next frame's head). */
interface RawFrame {
  kind: number;
  /** Where the payload starts and ends in the file. */
  start: number;
  end: number;
  payload: Bytes;
  storedHash: Bytes;
  nextHead: Bytes;
}

/** A frame read ahead (null: the file ends before it does), or the read's error, kept to be thrown in its turn. */
type ReadAhead = { frame: RawFrame | null } | { error: unknown };

/** Starts reading the frame at `offset` whose head is `head` (null: none there), with its hash and the next head. */
function readAhead(file: Blob, offset: number, head: Bytes | null): Promise<ReadAhead> {
  if (head === null || head.length < FRAME_HEAD_BYTES) return Promise.resolve({ frame: null });
  const kind = head[0] as number;
  const length = new DataView(head.buffer, head.byteOffset, head.byteLength).getUint32(1, true);
  const start = offset + FRAME_HEAD_BYTES;
  const end = start + length;
  if (end + HASH_BYTES > file.size) return Promise.resolve({ frame: null });
  return bytesAt(file, start, Math.min(length + HASH_BYTES + FRAME_HEAD_BYTES, file.size - start)).then(
    (bytes) => ({
      frame: { kind, start, end, payload: bytes.subarray(0, length), storedHash: bytes.subarray(length, length + HASH_BYTES), nextHead: bytes.subarray(length + HASH_BYTES) },
    }),
    (error: unknown) => ({ error }),
  );
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * The frame's JSON, or the refusal to throw once its hash is known to match. The reviver runs only where the text
 * mentions a binary reference: it makes parsing about three times slower. (A reference spelt with escapes is not
 * seen, stays a plain object, and fails its table's schema.)
 */
function tryParseJson(payload: Bytes, frameNo: number, reviver?: (this: unknown, key: string, value: unknown) => unknown): { value: unknown } | { problem: BackupError } {
  try {
    const text = decoder.decode(payload);
    return { value: JSON.parse(text, reviver && text.includes('"$b') ? reviver : undefined) as unknown };
  } catch {
    return { problem: corrupted(`第 ${frameNo} 段的内容无法解析`) };
  }
}

/** A JSON reviver noting every blob or byte reference, to be replaced by its bytes once the blob frames are read. */
function collectRefs(fixups: Fixup[], blobTypes: Map<number, { type: string; asBytes: boolean }>) {
  return function (this: unknown, key: string, value: unknown): unknown {
    if (typeof value !== 'object' || value === null || !('$blob' in value || '$bytes' in value)) return value;
    const holder = this as Record<string, unknown>;
    const blob = blobRef.safeParse(value);
    if (blob.success) {
      fixups.push({ holder, key, index: blob.data.$blob, asBytes: false });
      blobTypes.set(blob.data.$blob, { type: blob.data.type, asBytes: false });
      return value;
    }
    const bytes = bytesRef.safeParse(value);
    if (bytes.success) {
      fixups.push({ holder, key, index: bytes.data.$bytes, asBytes: true });
      blobTypes.set(bytes.data.$bytes, { type: '', asBytes: true });
    }
    return value;
  };
}

function checkHeader(value: unknown): BackupHeader {
  const marker = (value as { format?: unknown } | null)?.format;
  if (marker !== BACKUP_FORMAT) throw new BackupError('notBackup', BACKUP_MESSAGES.notBackup);
  const parsed = backupHeader.safeParse(value);
  if (!parsed.success) throw corrupted('文件头的内容不完整');
  const header = parsed.data;
  if (header.schemaVersion > CURRENT_SCHEMA_VERSION || header.formatVersion > BACKUP_FORMAT_VERSION) {
    throw new BackupError('newerVersion', BACKUP_MESSAGES.newerVersion(header.schemaVersion, CURRENT_SCHEMA_VERSION));
  }
  const expected = backedUpTablesAt(header.schemaVersion);
  if (expected.join() !== header.tables.join()) throw corrupted(`数据版本 ${header.schemaVersion} 的数据表清单不符`);
  return header;
}

function checkEnd(value: unknown, tables: ReadonlyMap<string, unknown[]>, blobCount: number): void {
  const end = backupEnd.safeParse(value);
  if (!end.success) throw corrupted('文件尾的内容不完整');
  for (const [table, records] of tables) {
    if ((end.data.counts[table] ?? 0) !== records.length) {
      throw corrupted(`${TABLE_LABELS[table] ?? table}应有 ${end.data.counts[table] ?? 0} 条，实有 ${records.length} 条`);
    }
  }
  if (end.data.blobs !== blobCount) throw corrupted(`附件与文书的文件应有 ${end.data.blobs} 个，实有 ${blobCount} 个`);
}

function checkRecords(tables: ReadonlyMap<string, unknown[]>): void {
  for (const [table, records] of tables) {
    const schema = RECORD_SCHEMAS[table];
    if (!schema) throw corrupted(`数据表“${table}”无法识别`);
    records.forEach((record, i) => {
      const result = schema.safeParse(record);
      if (result.success) return;
      const issue = result.error.issues[0];
      const field = issue?.path.map(String).join('.') ?? '';
      throw new BackupError(
        'invalidRecord',
        BACKUP_MESSAGES.invalidRecord(`${TABLE_LABELS[table] ?? table}第 ${i + 1} 条${field ? `的 ${field}` : ''}：${issue?.message ?? '格式不符'}`),
      );
    });
  }
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
  return { schemaVersion: header.schemaVersion, appVersion: header.appVersion, createdAt: header.createdAt, counts, petitionsFrom: from, petitionsTo: to };
}
