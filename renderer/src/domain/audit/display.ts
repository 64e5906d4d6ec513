import { CONFIDENTIAL_PLACEHOLDER, isConfidential } from '../access/confidential';
import { maskIdNumber, maskPhone } from '../idNumber';
import type { Petition } from '../types';
import type { AuditRecord } from './record';
import { canonicalJson } from './chain';
import { replacedTrailOf, type ReplacedTrail } from './replacedTrail';

/** '2026-05-25T09:30:12.345' → '2026-05-25 09:30:12': the trail shows seconds, events come close together. */
export function formatAuditTime(at: string): string {
  return at.length >= 19 ? `${at.slice(0, 10)} ${at.slice(11, 19)}` : at.replace('T', ' ');
}

/** Fields holding an ID number or a phone, wherever they sit in a snapshot. */
const MASKS: Readonly<Record<string, (s: string) => string>> = { idNumber: maskIdNumber, phone: maskPhone };

/**
 * A snapshot as the 审计日志 shows and exports it: ID numbers and phones masked like every list of the desk (the stored
 * record, which the hash covers, keeps them).
 */
export function maskPersonalData(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(maskPersonalData);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>).map(([key, v]) => {
      const mask = MASKS[key];
      return [key, mask && typeof v === 'string' ? mask(v) : maskPersonalData(v)];
    }),
  );
}

/** One field of a change as the auditor reads it: its value before and after as text, '' where it had none. */
export interface FieldChange {
  field: string;
  before: string;
  after: string;
}

const asText = (value: unknown): string => (value === undefined ? '' : typeof value === 'string' ? value : canonicalJson(value));

/**
 * The fields a change touched, masked: every field of a created or deleted record, only the differing ones of an
 * update. A snapshot that is not an object (an explicit event's) is one field named '值'.
 */
export function fieldChanges(before: unknown, after: unknown): FieldChange[] {
  const b = maskPersonalData(before);
  const a = maskPersonalData(after);
  const fieldsOf = (v: unknown): Record<string, unknown> | null =>
    v === undefined ? {} : v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
  const [fromBefore, fromAfter] = [fieldsOf(b), fieldsOf(a)];
  if (!fromBefore || !fromAfter) return [{ field: '值', before: asText(b), after: asText(a) }];
  const fields = [...new Set([...Object.keys(fromBefore), ...Object.keys(fromAfter)])].sort();
  const both = b !== undefined && a !== undefined;
  return fields
    .map((field) => ({ field, before: asText(fromBefore[field]), after: asText(fromAfter[field]) }))
    .filter((change) => !both || change.before !== change.after);
}

const PERSON_FIELDS = ['name', 'address'] as const;
const MATTER_FIELDS = ['summary', 'demands'] as const;

const hideFields = (snapshot: unknown, fields: readonly string[]): unknown => {
  if (snapshot === null || typeof snapshot !== 'object' || Array.isArray(snapshot)) return snapshot;
  const copy = { ...(snapshot as Record<string, unknown>) };
  for (const field of fields) if (typeof copy[field] === 'string' && copy[field] !== '') copy[field] = CONFIDENTIAL_PLACEHOLDER;
  return copy;
};

const confidentialSnapshot = (snapshot: unknown): boolean =>
  snapshot !== null && typeof snapshot === 'object' && isConfidential(snapshot as Pick<Petition, 'nature' | 'confidential'>);

/**
 * A record as a reader WITHOUT the grant to see confidential identities reads it (the 审计员 audits actions, not
 * people): a petitioner's name and address, and a confidential petition's summary and demands, become （保密）.
 * The stored record, which the hash covers, keeps them; the verification reads the stored records. The desk's records
 * a restore carried inside its 恢复备份 record are read the same way.
 */
export function withoutIdentities(record: AuditRecord): AuditRecord {
  const carried = replacedTrailOf(record);
  if (carried) return { ...record, before: { replacedTrail: carried.map(withoutIdentities) } satisfies ReplacedTrail };
  if (record.entity === 'petitioners') {
    return { ...record, before: hideFields(record.before, PERSON_FIELDS), after: hideFields(record.after, PERSON_FIELDS) };
  }
  if (record.entity === 'petitions' && (confidentialSnapshot(record.before) || confidentialSnapshot(record.after))) {
    return { ...record, before: hideFields(record.before, MATTER_FIELDS), after: hideFields(record.after, MATTER_FIELDS) };
  }
  return record;
}
