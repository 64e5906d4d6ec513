import { concat, frameAad, sealFrame, type CryptoKey } from './backupCrypto';
import { BACKUP_MAGIC, FRAME_KINDS } from './format';
import { forEachFrameInFlight, frameHead, sha256, type Bytes, type PendingFrame } from './frames';

/** The digest every sealed frame's additional data starts with: marker, header frame head and header JSON. */
export function headerDigest(headerFrame: Bytes): Promise<Bytes> {
  return sha256(concat([BACKUP_MAGIC, headerFrame]));
}

/**
 * Lays out a format-2 backup (docs/backup-format.md): the marker, the header frame in the clear, then every frame
 * sealed with AES-256-GCM under `key`, its additional data binding it to this header, its place and its kind. A blob
 * is read only to be sealed, a few at a time, and its ciphertext is handed to a Blob at once, so the attachments are
 * never all in script memory together.
 */
export async function assembleSealedBackup(
  header: Bytes,
  frames: readonly PendingFrame[],
  key: CryptoKey,
  onFrame?: (frame: PendingFrame) => void,
): Promise<Blob> {
  const headerFrame = concat([frameHead(FRAME_KINDS.header, header.length), header]);
  const digest = await headerDigest(headerFrame);
  const sealed: Blob[] = [];
  await forEachFrameInFlight(
    frames,
    async (plain, index) => {
      const kind = (frames[index] as PendingFrame).kind;
      const payload = await sealFrame(key, frameAad(digest, index + 1, kind), plain);
      sealed[index] = new Blob([frameHead(kind, payload.length), payload]);
    },
    onFrame,
  );
  return new Blob([BACKUP_MAGIC as Bytes, headerFrame, ...sealed], { type: 'application/octet-stream' });
}
