/**
 * 修改登记, 作废 and 关联事项 (issue 12, Build 1): who may do them and how a correction is told. Pure: no Dexie, no React.
 */
import type { Role } from './access/roles';
import type { CaseClockFacts } from './deadlines';
import { MATTER_FIELD_LABELS, MATTER_FIELDS, type MatterFieldLabel } from './petitionFields';
import type { Petition } from './types';

/** What a registration says of its people, shown beside the matter's fields (petitionFields.ts). */
const PEOPLE_LABELS = ['信访人', '联系电话'] as const;

export type RegistrationLabel = MatterFieldLabel | (typeof PEOPLE_LABELS)[number];

/** A registration as a clerk reads it: each field's value as shown (names, not ids), by its Chinese label. */
export type RegistrationView = Record<RegistrationLabel, string>;

/** One changed field of a correction: label, the value before and after, both as shown. */
export interface FieldChange {
  label: RegistrationLabel;
  before: string;
  after: string;
}

/** The registration fields in the order the form shows them: the matter's, its people after the headcount. */
export const REGISTRATION_FIELD_LABELS: readonly RegistrationLabel[] = MATTER_FIELDS.flatMap((field) =>
  field === 'headcount' ? [MATTER_FIELD_LABELS[field], ...PEOPLE_LABELS] : [MATTER_FIELD_LABELS[field]],
);

/** The fields whose shown values differ between two views of a registration, in form order. */
export function changedFields(before: RegistrationView, after: RegistrationView): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const label of REGISTRATION_FIELD_LABELS) {
    const was = before[label];
    const now = after[label];
    if (was !== now) changes.push({ label, before: was, after: now });
  }
  return changes;
}

/** One line per change, 「问题类别：由「甲」改为「乙」」, for the timeline. */
export function describeChanges(changes: readonly FieldChange[]): string {
  return changes.map((c) => `${c.label}：由「${c.before || '（空）'}」改为「${c.after || '（空）'}」`).join('；');
}

/** Whether the reply (答复/处理意见书) has been issued: after it, only an administrator may correct. */
export function replyIssued(facts: CaseClockFacts | null | undefined): boolean {
  return Boolean(facts?.repliedAt);
}

/** Why this role may not correct this petition, or null when it may. */
export function correctionRefusal(role: Role, petition: Pick<Petition, 'status' | 'caseFacts'>): string | null {
  if (petition.status === 'voided') return '该登记已作废，不能修改';
  if (role === 'admin') return null;
  if (role !== 'receptionist') return '只有管理员和接待员可以修改登记';
  if (replyIssued(petition.caseFacts)) return '已出具答复意见，只有管理员可以修改登记';
  return null;
}

/**
 * Why this role may not void (作废) this petition, or null when it may. 管理员 always (while not voided); 接待员 only
 * while the petition is merely registered (no case action beyond registration), since after that the office has
 * acted on it and the mistake is no longer only the registering clerk's.
 */
export function voidRefusal(role: Role, petition: Pick<Petition, 'status'>): string | null {
  if (petition.status === 'voided') return '该登记已作废';
  if (role === 'admin') return null;
  if (role !== 'receptionist') return '只有管理员和接待员可以作废登记';
  if (petition.status !== 'registered') return '已开始办理，只有管理员可以作废';
  return null;
}

/** Checks a 修改原因 or 作废原因: required, trimmed, at most 500 characters. Returns the error text or null. */
export function reasonError(reason: string, what: '修改原因' | '作废原因'): string | null {
  const text = reason.trim();
  if (text === '') return `请填写${what}`;
  if (text.length > 500) return `${what}不能超过500字`;
  return null;
}
