import { hmac } from '@noble/hashes/hmac';
import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex } from '@noble/hashes/utils';

/**
 * The audit records' keyed MAC (Electron): HMAC-SHA256 of a record's hash under the desk's audit key. The hash covers
 * the record and, through prevHash, every record before it; the MAC says the desk's own code wrote that hash, so
 * records edited in IndexedDB's files with their hashes recomputed are found even without the anchor. Synchronous, so
 * the audit middleware seals inside the IndexedDB transaction without awaiting anything else.
 */
export function auditMac(key: Uint8Array, hash: string): string {
  return bytesToHex(hmac(sha256, key, new TextEncoder().encode(hash)));
}

/** Whether `mac` is the MAC of `hash` under `key` (both hex; compared in full, no early exit on the first byte). */
export function macMatches(key: Uint8Array, hash: string, mac: unknown): boolean {
  if (typeof mac !== 'string') return false;
  const expected = auditMac(key, hash);
  if (mac.length !== expected.length) return false;
  let difference = 0;
  for (let i = 0; i < expected.length; i++) difference |= expected.charCodeAt(i) ^ mac.charCodeAt(i);
  return difference === 0;
}
