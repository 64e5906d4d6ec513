import { canonicalJson } from './chain';

/** '2026-05-25T09:30:12.345' → '2026-05-25 09:30:12': the trail shows seconds, events come close together. */
export function formatAuditTime(at: string): string {
  return at.length >= 19 ? `${at.slice(0, 10)} ${at.slice(11, 19)}` : at.replace('T', ' ');
}

/** One field of a change as the auditor reads it: its value before and after as text, '' where it had none. */
export interface FieldChange {
  field: string;
  before: string;
  after: string;
}

const asText = (value: unknown): string => (value === undefined ? '' : typeof value === 'string' ? value : canonicalJson(value));

/**
 * The fields a change touched: every field of a created or deleted record, only the differing ones of an update. A
 * snapshot that is not an object (an explicit event's) is one field named '值'. The records arrive already as the
 * 审计员 may read them (db/audit/auditorReads.ts).
 */
export function fieldChanges(before: unknown, after: unknown): FieldChange[] {
  const fieldsOf = (v: unknown): Record<string, unknown> | null =>
    v === undefined ? {} : v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
  const [fromBefore, fromAfter] = [fieldsOf(before), fieldsOf(after)];
  if (!fromBefore || !fromAfter) return [{ field: '值', before: asText(before), after: asText(after) }];
  const fields = [...new Set([...Object.keys(fromBefore), ...Object.keys(fromAfter)])].sort();
  const both = before !== undefined && after !== undefined;
  return fields
    .map((field) => ({ field, before: asText(fromBefore[field]), after: asText(fromAfter[field]) }))
    .filter((change) => !both || change.before !== change.after);
}
