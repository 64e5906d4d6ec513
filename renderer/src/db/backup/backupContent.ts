import {
  BACKUP_MESSAGES,
  BackupError,
  backupEnd,
  blobRef,
  bytesRef,
  RECORD_SCHEMAS,
  recordsFrame,
  TABLE_LABELS,
  type BackupHeader,
} from './format';
import type { Bytes } from './frames';

interface Fixup {
  holder: Record<string, unknown>;
  key: string;
  index: number;
}

/**
 * What a backup's frames add up to, whatever the format wrote them in: the records of each table of the header, the
 * blob frames' bytes, and the references from records to blobs, checked and resolved once the end frame is read.
 */
export class BackupContent {
  readonly tables = new Map<string, unknown[]>();
  private readonly fixups: Fixup[] = [];
  private readonly blobs: (Blob | Bytes)[] = [];
  private readonly blobTypes = new Map<number, { type: string; asBytes: boolean }>();

  constructor(readonly header: BackupHeader) {
    for (const table of header.tables) this.tables.set(table, []);
  }

  /** A reviver noting every blob or byte reference, to be replaced by its bytes once the blob frames are read. */
  readonly reviver = (holder: unknown, key: string, value: unknown): unknown => {
    if (typeof value !== 'object' || value === null || !('$blob' in value || '$bytes' in value)) return value;
    const blob = blobRef.safeParse(value);
    if (blob.success) {
      this.fixups.push({ holder: holder as Record<string, unknown>, key, index: blob.data.$blob });
      this.blobTypes.set(blob.data.$blob, { type: blob.data.type, asBytes: false });
      return value;
    }
    const bytes = bytesRef.safeParse(value);
    if (bytes.success) {
      this.fixups.push({ holder: holder as Record<string, unknown>, key, index: bytes.data.$bytes });
      this.blobTypes.set(bytes.data.$bytes, { type: '', asBytes: true });
    }
    return value;
  };

  records(frameNo: number, value: unknown): void {
    const frame = recordsFrame.safeParse(value);
    if (!frame.success) throw corrupted(`第 ${frameNo} 段不是记录`);
    const list = this.tables.get(frame.data.table);
    if (!list) throw corrupted(`第 ${frameNo} 段属于未知的数据表“${frame.data.table}”`);
    for (const record of frame.data.records) list.push(record);
  }

  /** How the next blob frame is to be kept: as a Blob of this MIME type, or as a byte array. */
  nextBlob(): { type: string; asBytes: boolean } {
    return this.blobTypes.get(this.blobs.length) ?? { type: '', asBytes: false };
  }

  blob(value: Blob | Bytes): void {
    this.blobs.push(value);
  }

  end(value: unknown): void {
    const end = backupEnd.safeParse(value);
    if (!end.success) throw corrupted('文件尾的内容不完整');
    for (const [table, records] of this.tables) {
      if ((end.data.counts[table] ?? 0) !== records.length) {
        throw corrupted(
          `${TABLE_LABELS[table] ?? table}应有 ${end.data.counts[table] ?? 0} 条，实有 ${records.length} 条`,
        );
      }
    }
    if (end.data.blobs !== this.blobs.length)
      throw corrupted(`附件与文书的文件应有 ${end.data.blobs} 个，实有 ${this.blobs.length} 个`);
  }

  /** Puts the blobs in the records' places and checks every record against its table's schema. */
  resolve(): Map<string, unknown[]> {
    for (const fixup of this.fixups) {
      const blob = this.blobs[fixup.index];
      if (blob === undefined) throw corrupted(`记录引用了不存在的第 ${fixup.index + 1} 个文件`);
      fixup.holder[fixup.key] = blob;
    }
    checkRecords(this.tables);
    return this.tables;
  }
}

export function corrupted(detail: string): BackupError {
  return new BackupError('corrupted', BACKUP_MESSAGES.corrupted(detail));
}

export function truncated(): BackupError {
  return new BackupError('truncated', BACKUP_MESSAGES.truncated);
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * The frame's JSON, or the refusal to throw once the frame is known to be intact. The reviver runs only where the text
 * mentions a binary reference: it makes parsing about three times slower. (A reference spelt with escapes is not
 * seen, stays a plain object, and fails its table's schema.)
 */
export function tryParseJson(
  payload: Bytes,
  frameNo: number,
  reviver?: (holder: unknown, key: string, value: unknown) => unknown,
): { value: unknown } | { problem: BackupError } {
  try {
    const text = decoder.decode(payload);
    const revive =
      reviver && text.includes('"$b')
        ? function (this: unknown, key: string, value: unknown) {
            return reviver(this, key, value);
          }
        : undefined;
    return { value: JSON.parse(text, revive) as unknown };
  } catch {
    return { problem: corrupted(`第 ${frameNo} 段的内容无法解析`) };
  }
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
        BACKUP_MESSAGES.invalidRecord(
          `${TABLE_LABELS[table] ?? table}第 ${i + 1} 条${field ? `的 ${field}` : ''}：${issue?.message ?? '格式不符'}`,
        ),
      );
    });
  }
}

export async function bytesAt(file: Blob, start: number, length: number): Promise<Bytes> {
  return new Uint8Array(await file.slice(start, start + length).arrayBuffer());
}
