import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex } from '@noble/hashes/utils';
import type { AuditRecord } from './record';

/** The prevHash of the first record. */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * JSON with object keys sorted at every level, so a record hashes the same however it was built or stored. Values
 * are what IndexedDB keeps of a snapshot (auditSnapshot): plain data, no binaries.
 */
export function canonicalJson(value: unknown): string {
  if (value === undefined) return 'null';
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  return containerJson(value, canonicalJson, canonicalField);
}

const canonicalField = (_key: string, value: unknown): string | null =>
  value === undefined ? null : canonicalJson(value);

/**
 * An array or object in canonical JSON, its items and fields through `item` and `field` (null: the field is left
 * out). Built by appending, without an array of entries per object: the audit middleware runs this on every record an
 * import writes (tens of thousands in one transaction). Keys sort by UTF-16 code units, as sort() does by default.
 */
function containerJson(
  value: object,
  item: (value: unknown) => string,
  field: (key: string, value: unknown) => string | null,
): string {
  let out: string;
  if (Array.isArray(value)) {
    out = '[';
    // A hole (a sparse array, which IndexedDB keeps) stays empty, as join() leaves it.
    for (let i = 0; i < value.length; i++) out += (i === 0 ? '' : ',') + (i in value ? item(value[i]) : '');
    return `${out}]`;
  }
  const record = value as Record<string, unknown>;
  out = '{';
  for (const key of Object.keys(record).sort()) {
    const json = field(key, record[key]);
    if (json !== null) out += `${out.length === 1 ? '' : ','}${JSON.stringify(key)}:${json}`;
  }
  return `${out}}`;
}

/**
 * SHA-256 (hex) of everything in the record but its own hash and MAC; prevHash included, which chains the records.
 */
export function auditHash(record: Omit<AuditRecord, 'hash'>): string {
  const { hash: _ignored, mac: _sealedApart, ...rest } = record as AuditRecord;
  return bytesToHex(sha256(new TextEncoder().encode(canonicalJson(rest))));
}

/**
 * A record's before/after as the trail keeps it: binary fields (attachments, letters' bytes) become their size, so the
 * trail stays small and hashes plain data.
 */
export function auditSnapshot(value: unknown): unknown {
  if (value === null || value === undefined || typeof value !== 'object') return value ?? null;
  if (value instanceof Uint8Array || value instanceof ArrayBuffer) return { bytes: value.byteLength };
  if (typeof Blob !== 'undefined' && value instanceof Blob) return { bytes: value.size, type: value.type };
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(auditSnapshot);
  return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, auditSnapshot(v)]));
}

/**
 * canonicalJson(auditSnapshot(value)) in one pass, without building the snapshot: the bulk digest runs it on every
 * record of an import batch (tens of thousands in one transaction), where the copies were most of the work and the
 * garbage. `field` may rewrite the top level's fields: the JSON of one, or null to leave it out (entities.ts
 * auditedJson: the trail's dropped fields).
 */
export function snapshotJson(value: unknown, field?: (key: string, value: unknown) => string | null): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value !== 'object') return JSON.stringify(value);
  if (value instanceof Uint8Array || value instanceof ArrayBuffer) return `{"bytes":${value.byteLength}}`;
  if (typeof Blob !== 'undefined' && value instanceof Blob)
    return `{"bytes":${value.size},"type":${JSON.stringify(value.type)}}`;
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  return containerJson(value, snapshotItem, field ?? snapshotField);
}

const snapshotItem = (value: unknown): string => snapshotJson(value);
const snapshotField = (_key: string, value: unknown): string => snapshotJson(value);
