import { BackupContent, bytesAt, corrupted, truncated, tryParseJson } from './backupContent';
import { frameAad, openFrame, type CryptoKey } from './backupCrypto';
import {
  BACKUP_MAGIC,
  BACKUP_MESSAGES,
  FRAME_HEAD_BYTES,
  FRAME_KINDS,
  type BackupHeader,
  type BackupProgress,
} from './format';
import type { Bytes } from './frames';
import { headerDigest } from './sealedFrames';

/**
 * Reads a format-2 backup (docs/backup-format.md): after the header, every frame is opened with the data key; GCM
 * refuses a frame with any byte changed, moved to another place, taken from another file, or whose header changed.
 * The end frame must come, and nothing after it. `headerEnd` is where the header frame ends.
 */
export async function readSealedFrames(
  file: Blob,
  header: BackupHeader,
  headerEnd: number,
  key: CryptoKey,
  onProgress?: BackupProgress,
): Promise<Map<string, unknown[]>> {
  const digest = await headerDigest(await bytesAt(file, BACKUP_MAGIC.length, headerEnd - BACKUP_MAGIC.length));
  const content = new BackupContent(header);
  let index = 1;
  let offset = headerEnd;
  let ahead = readAhead(file, offset);
  for (;;) {
    const frameNo = index + 1;
    const read = await ahead;
    if ('error' in read) throw read.error;
    if (read.frame === null) throw truncated();
    const { kind, end, payload } = read.frame;
    offset = end;
    if (kind !== FRAME_KINDS.end) ahead = readAhead(file, offset);
    const plain = await openFrame(key, frameAad(digest, index, kind), payload);
    if (plain === null) throw corrupted(BACKUP_MESSAGES.corruptedFrame(frameNo));
    onProgress?.(offset, file.size);
    index++;
    if (kind === FRAME_KINDS.blob) {
      const declared = content.nextBlob();
      content.blob(declared.asBytes ? plain : new Blob([plain], { type: declared.type }));
      continue;
    }
    const json = tryParseJson(plain, frameNo, kind === FRAME_KINDS.records ? content.reviver : undefined);
    if ('problem' in json) throw json.problem;
    if (kind === FRAME_KINDS.records) content.records(frameNo, json.value);
    else if (kind === FRAME_KINDS.end) {
      content.end(json.value);
      break;
    } else throw corrupted(`第 ${frameNo} 段的类型无法识别`);
  }
  if (offset < file.size) throw corrupted('文件末尾有多余的数据');
  return content.resolve();
}

interface SealedFrame {
  kind: number;
  end: number;
  payload: Bytes;
}

type ReadAhead = { frame: SealedFrame | null } | { error: unknown };

/** Starts reading the frame at `offset` (null: the file ends before it does), or keeps the read's error. */
async function readAhead(file: Blob, offset: number): Promise<ReadAhead> {
  try {
    if (offset + FRAME_HEAD_BYTES > file.size) return { frame: null };
    const head = await bytesAt(file, offset, FRAME_HEAD_BYTES);
    const kind = head[0] as number;
    const length = new DataView(head.buffer).getUint32(1, true);
    const start = offset + FRAME_HEAD_BYTES;
    if (start + length > file.size) return { frame: null };
    return { frame: { kind, end: start + length, payload: await bytesAt(file, start, length) } };
  } catch (error) {
    return { error };
  }
}
