import { auditMac } from '../../domain/audit/seal';
import type { AuditRecord } from '../../domain/audit/record';

/**
 * The desk's audit key (Electron only): main keeps it encrypted by the operating system (safeStorage) in the user-data
 * folder and hands it over once at start (main.tsx → platform.openAuditSeal). The middleware seals every record with
 * it synchronously (an IndexedDB transaction commits when it awaits anything else, so no IPC per record), and the
 * verification checks the seals. The browser build has no place outside the page's storage to keep a key: no key, no
 * seals (docs/security.md).
 */
let key: Uint8Array | null = null;

export function setAuditKey(next: Uint8Array | null): void {
  key = next === null ? null : new Uint8Array(next);
}

export function auditKey(): Uint8Array | null {
  return key;
}

/** The record with its MAC when the desk has a key; as it is otherwise. */
export function sealRecord(record: AuditRecord): AuditRecord {
  return key ? { ...record, mac: auditMac(key, record.hash) } : record;
}
