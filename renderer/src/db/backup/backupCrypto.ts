import { PASSWORD_ITERATIONS } from '../../domain/access/password';
import type { Bytes } from './frames';

/**
 * The backup's keys (docs/backup-format.md, "Encryption"). A random 256-bit data key encrypts every frame with
 * AES-256-GCM; it is wrapped (AES-256-GCM) under a key derived from the backup password with PBKDF2-SHA256, and the
 * wrapping travels in each file's header, so the password alone opens a backup on any machine. The desk keeps the data
 * key itself on this machine (Electron: safeStorage in main; browser: local storage) so it can back up without asking.
 */

/** PBKDF2 rounds for a new backup password: the account passwords' (about 0.2 s once per export key or restore). */
export const BACKUP_KEY_ITERATIONS = PASSWORD_ITERATIONS;
/** A header asking for fewer rounds is refused (forged to speed up guessing); more than this is a denial of service. */
export const BACKUP_KEY_MIN_ITERATIONS = 100_000;
export const BACKUP_KEY_MAX_ITERATIONS = 20_000_000;

export const NONCE_BYTES = 12;
export const TAG_BYTES = 16;
const KEY_BYTES = 32;
const SALT_BYTES = 16;

/** How the data key is wrapped under the password: public, written into every backup's header. */
export interface BackupKeyWrapping {
  kdf: 'PBKDF2-SHA256';
  iterations: number;
  /** base64 */
  salt: string;
  /** base64 of nonce ‖ AES-GCM(data key) ‖ tag */
  wrappedKey: string;
}

/** The desk's backup key: the wrapping for the header and the data key that encrypts the frames. */
export interface BackupKey {
  wrapping: BackupKeyWrapping;
  key: CryptoKey;
}

/** A data key as the machine's key store keeps it (raw bytes, so main can protect it with safeStorage). */
export interface RawBackupKey {
  wrapping: BackupKeyWrapping;
  raw: Bytes;
}

/** WebCrypto's key type, named so that it compiles under the DOM library and under Node's types alike. */
export type CryptoKey = Awaited<ReturnType<typeof crypto.subtle.importKey>>;

const encoder = new TextEncoder();

function wrapAad(wrapping: Pick<BackupKeyWrapping, 'kdf' | 'iterations' | 'salt'>): Bytes {
  return encoder.encode(`petition-desk-backup-key|${wrapping.kdf}|${wrapping.iterations}|${wrapping.salt}`);
}

async function passwordKey(password: string, salt: Bytes, iterations: number): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', encoder.encode(password), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

/** A new random data key wrapped under `password` (set in 设置 → 数据备份). */
export async function createBackupKey(
  password: string,
  iterations: number = BACKUP_KEY_ITERATIONS,
): Promise<RawBackupKey> {
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const raw = crypto.getRandomValues(new Uint8Array(KEY_BYTES));
  const params = { kdf: 'PBKDF2-SHA256' as const, iterations, salt: toBase64(salt) };
  const kek = await passwordKey(password, salt, iterations);
  const nonce = crypto.getRandomValues(new Uint8Array(NONCE_BYTES));
  const sealed = new Uint8Array(
    await crypto.subtle.encrypt({ name: 'AES-GCM', iv: nonce, additionalData: wrapAad(params) }, kek, raw),
  );
  return { wrapping: { ...params, wrappedKey: toBase64(concat([nonce, sealed])) }, raw };
}

/**
 * The data key inside `wrapping`, opened with `password`; null when the password is wrong or the wrapping was altered
 * (GCM cannot tell the two apart).
 */
export async function unwrapBackupKey(password: string, wrapping: BackupKeyWrapping): Promise<Bytes | null> {
  const sealed = fromBase64(wrapping.wrappedKey);
  const kek = await passwordKey(password, fromBase64(wrapping.salt), wrapping.iterations);
  try {
    const raw = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: sealed.subarray(0, NONCE_BYTES), additionalData: wrapAad(wrapping) },
      kek,
      sealed.subarray(NONCE_BYTES),
    );
    return raw.byteLength === KEY_BYTES ? new Uint8Array(raw) : null;
  } catch {
    // OperationError: the tag does not match. Any other failure (bad base64) surfaces before the decrypt.
    return null;
  }
}

/** The data key as a non-extractable WebCrypto key, ready to encrypt or decrypt frames. */
export async function importBackupKey(stored: RawBackupKey): Promise<BackupKey> {
  const key = await crypto.subtle.importKey('raw', stored.raw, { name: 'AES-GCM', length: 256 }, false, [
    'encrypt',
    'decrypt',
  ]);
  return { wrapping: stored.wrapping, key };
}

/**
 * The additional data of frame `index`: the digest of the file's header (binds the frame to this file and its
 * wrapping), the index (no reordering or dropping) and the kind (the end frame is the end).
 */
export function frameAad(headerDigest: Bytes, index: number, kind: number): Bytes {
  const aad = new Uint8Array(headerDigest.length + 5);
  aad.set(headerDigest, 0);
  const view = new DataView(aad.buffer);
  view.setUint32(headerDigest.length, index, true);
  aad[headerDigest.length + 4] = kind;
  return aad;
}

/** nonce ‖ ciphertext ‖ tag of one frame's payload. */
export async function sealFrame(key: CryptoKey, aad: Bytes, plain: Bytes): Promise<Bytes> {
  const nonce = crypto.getRandomValues(new Uint8Array(NONCE_BYTES));
  const sealed = new Uint8Array(
    await crypto.subtle.encrypt({ name: 'AES-GCM', iv: nonce, additionalData: aad }, key, plain),
  );
  return concat([nonce, sealed]);
}

/** The payload of a sealed frame, or null when any byte of it, its place or the header differs. */
export async function openFrame(key: CryptoKey, aad: Bytes, sealed: Bytes): Promise<Bytes | null> {
  if (sealed.length < NONCE_BYTES + TAG_BYTES) return null;
  try {
    return new Uint8Array(
      await crypto.subtle.decrypt(
        { name: 'AES-GCM', iv: sealed.subarray(0, NONCE_BYTES), additionalData: aad },
        key,
        sealed.subarray(NONCE_BYTES),
      ),
    );
  } catch {
    return null;
  }
}

export function concat(parts: readonly Uint8Array[]): Bytes {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

export function fromBase64(text: string): Bytes {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
