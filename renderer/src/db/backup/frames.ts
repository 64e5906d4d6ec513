import { BACKUP_MAGIC, HASH_BYTES } from './format';

export type Bytes = Uint8Array<ArrayBuffer>;

export async function sha256(bytes: Bytes): Promise<Bytes> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
}

/** The file checksum: SHA-256 of the marker followed by every frame's hash, in file order. */
export async function fileChecksum(frameHashes: readonly Bytes[]): Promise<Bytes> {
  const joined = new Uint8Array(BACKUP_MAGIC.length + frameHashes.length * HASH_BYTES);
  joined.set(BACKUP_MAGIC, 0);
  frameHashes.forEach((hash, i) => joined.set(hash, BACKUP_MAGIC.length + i * HASH_BYTES));
  return sha256(joined);
}

/** Frame kind and payload length, the 5 bytes before a payload. */
export function frameHead(kind: number, length: number): Bytes {
  const head = new Uint8Array(5);
  head[0] = kind;
  new DataView(head.buffer).setUint32(1, length, true);
  return head;
}

export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

const encoder = new TextEncoder();
export function encodeJson(value: unknown, replacer?: (key: string, value: unknown) => unknown): Bytes {
  return encoder.encode(JSON.stringify(value, replacer));
}

/** A frame whose payload is either bytes already encoded (JSON) or a stored blob. */
export interface PendingFrame {
  kind: number;
  payload: Bytes | Blob;
}

/** Frames read and hashed at once: WebCrypto hashes off the main thread, so several keep it busy. */
const FRAMES_IN_FLIGHT = 4;

/**
 * Visits every frame's payload bytes (a blob read only now), a few frames at a time: WebCrypto works off the main
 * thread, so several in flight keep it busy while only a few blobs are in memory.
 */
export async function forEachFrameInFlight(
  frames: readonly PendingFrame[],
  visit: (bytes: Bytes, index: number) => Promise<void>,
  onFrame?: (frame: PendingFrame) => void,
): Promise<void> {
  let next = 0;
  const visitInTurn = async () => {
    while (next < frames.length) {
      const index = next++;
      const frame = frames[index] as PendingFrame;
      await visit(
        frame.payload instanceof Blob ? new Uint8Array(await frame.payload.arrayBuffer()) : frame.payload,
        index,
      );
      onFrame?.(frame);
    }
  };
  await Promise.all(Array.from({ length: FRAMES_IN_FLIGHT }, visitInTurn));
}

/**
 * Lays the frames out as a format-1 backup file (the tests' old backups; the desk writes format 2, sealedFrames.ts): marker, each frame with its hash, the file checksum. A blob payload is read
 * only to be hashed, a few at a time, and the file keeps the blob itself as a part, so its bytes are not held twice.
 */
export async function assembleBackup(
  frames: readonly PendingFrame[],
  onFrame?: (frame: PendingFrame) => void,
): Promise<Blob> {
  const hashed: { length: number; hash: Bytes }[] = [];
  await forEachFrameInFlight(
    frames,
    async (bytes, index) => {
      hashed[index] = { length: bytes.byteLength, hash: await sha256(bytes) };
    },
    onFrame,
  );
  const parts: (Bytes | Blob)[] = [BACKUP_MAGIC as Bytes];
  frames.forEach((frame, i) => {
    const { length, hash } = hashed[i] as { length: number; hash: Bytes };
    parts.push(frameHead(frame.kind, length), frame.payload, hash);
  });
  parts.push(await fileChecksum(hashed.map((h) => h.hash)));
  return new Blob(parts, { type: 'application/octet-stream' });
}
