import { BackupContent, bytesAt, corrupted, truncated, tryParseJson } from './backupContent';
import {
  BACKUP_MAGIC,
  BACKUP_MESSAGES,
  BackupError,
  FRAME_HEAD_BYTES,
  FRAME_KINDS,
  HASH_BYTES,
  type BackupHeader,
  type BackupProgress,
} from './format';
import { fileChecksum, sameBytes, sha256, type Bytes } from './frames';

/**
 * Reads a format-1 backup (before encryption): plain frames, each followed by its SHA-256, and the file checksum over
 * the hashes. The hashes find damage, not an edit whose maker recomputed them: the settings page warns before such a
 * file is opened (readBackup's `allowUnencrypted`). `header` has been read and checked already.
 */
export async function readLegacyFrames(
  file: Blob,
  header: BackupHeader,
  onProgress?: BackupProgress,
): Promise<Map<string, unknown[]>> {
  let offset = BACKUP_MAGIC.length;
  let content: BackupContent | null = null;
  let ended = false;
  const hashes: Bytes[] = [];

  // Each frame is read while the one before it is checked, and hashed (off the main thread) while it is parsed.
  let ahead = readAhead(
    file,
    offset,
    offset + FRAME_HEAD_BYTES <= file.size ? await bytesAt(file, offset, FRAME_HEAD_BYTES) : null,
  );
  while (!ended) {
    const frameNo = hashes.length + 1;
    const read = await ahead;
    if ('error' in read) throw read.error;
    if (read.frame === null) throw truncated();
    const { kind, start, end, payload, storedHash, nextHead } = read.frame;
    const hashing = sha256(payload);
    offset = end + HASH_BYTES;
    if (kind !== FRAME_KINDS.end) ahead = readAhead(file, offset, nextHead);
    const json =
      kind === FRAME_KINDS.blob || kind === FRAME_KINDS.header
        ? null
        : tryParseJson(payload, frameNo, kind === FRAME_KINDS.records ? content?.reviver : undefined);
    const hash = await hashing;
    if (!sameBytes(hash, storedHash)) throw corrupted(`第 ${frameNo} 段数据与其校验值不符`);
    hashes.push(hash);
    onProgress?.(offset, file.size);
    if (content === null && kind !== FRAME_KINDS.header) throw corrupted('缺少文件头');
    if (json !== null && 'problem' in json) throw json.problem;
    switch (kind) {
      case FRAME_KINDS.header:
        if (content !== null) throw corrupted('文件头重复出现');
        content = new BackupContent(header);
        break;
      case FRAME_KINDS.records:
        content?.records(frameNo, json?.value);
        break;
      case FRAME_KINDS.blob: {
        const declared = (content as BackupContent).nextBlob();
        // A copy: the payload is a view into a buffer that also holds the hash and the next frame's head.
        content?.blob(declared.asBytes ? payload.slice() : file.slice(start, end, declared.type));
        break;
      }
      case FRAME_KINDS.end:
        content?.end(json?.value);
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
  if (content === null) throw corrupted('缺少文件头');
  return content.resolve();
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
      frame: {
        kind,
        start,
        end,
        payload: bytes.subarray(0, length),
        storedHash: bytes.subarray(length, length + HASH_BYTES),
        nextHead: bytes.subarray(length + HASH_BYTES),
      },
    }),
    (error: unknown) => ({ error }),
  );
}
