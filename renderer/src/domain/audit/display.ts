import { ROLE_LABELS, type Role } from '../access/roles';
import { eventLabel } from '../caseEventLabels';
import { UNIT_LABELS, type DeadlineUnit } from '../deadlines';
import { DOC_KINDS, type DocKind } from '../docNo';
import { PETITION_STATUSES, type PetitionStatus } from '../types';
import { canonicalJson } from './chain';
import { changeSummary, entityLabel, periodText, recordLabel, settingLabel } from './entities';
import { fieldLabel } from './fieldLabels';
import type { AuditRecord } from './record';

/** '2026-05-25T09:30:12.345' → '2026-05-25 09:30:12': the trail shows seconds, events come close together. */
export function formatAuditTime(at: string): string {
  return at.length >= 19 ? `${at.slice(0, 10)} ${at.slice(11, 19)}` : at.replace('T', ' ');
}

/** One field of a change as the auditor reads it: its Chinese name, its value before and after as text, '' where it had none. */
export interface FieldChange {
  field: string;
  before: string;
  after: string;
}

/**
 * What the records a trail names by id are called (db/audit/auditNames.ts): a petition by its 登记编号, a unit or
 * category by its name, an account by its name, a letter by its 文号. An id not in it names a record since deleted.
 */
export type AuditNames = ReadonlyMap<string, string>;

/** Shown for an id whose record is gone. */
export const GONE = '（已删除的记录）';

const ALARM_KINDS: Readonly<Record<string, string>> = {
  truncated: '审计记录缺失',
  wiped: '审计日志被清空',
  diverged: '审计记录与本机记下的末端不符',
  anchorMissing: '本机记下的末端缺失',
};
const REPORT_STATUSES: Readonly<Record<string, string>> = { draft: '草稿', issued: '已印发' };
const REPORT_KINDS: Readonly<Record<string, string>> = { quarter: '季度报告', year: '年度报告' };
const REPORT_SECTIONS: Readonly<Record<string, string>> = {
  basic: '基本情况',
  features: '主要特点',
  problems: '突出问题',
  handling: '办理情况',
};

/** application/pdf → PDF 文件: what a stored file is, in the words the desk uses elsewhere. */
function fileKind(mimeType: string): string {
  if (mimeType === 'application/pdf') return 'PDF 文件';
  if (mimeType.startsWith('image/')) return '图片';
  if (/wordprocessingml|msword/.test(mimeType)) return 'Word 文档';
  if (/spreadsheetml|ms-excel/.test(mimeType)) return 'Excel 表格';
  return mimeType ? '其他文件' : '';
}

/** 'all' / 'unit:{id}' / 'branch:{name}' → 全公司 / the unit's name / the branch (domain/statistics/scope.ts). */
function scopeText(key: string, names: AuditNames): string {
  if (key.startsWith('unit:')) return names.get(key.slice(5)) ?? GONE;
  if (key.startsWith('branch:')) return key.slice(7);
  return '全公司';
}

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
/** A field holding another record's id (petitionId, unitId, petitionerIds, supersedes, …). */
const isReference = (key: string) => /Ids?$/.test(key) || key === 'supersedes';

/** One stored value as the auditor reads it: codes by their Chinese names, ids by what they name, times with a space. */
function valueText(table: string, key: string, value: unknown, names: AuditNames): string {
  if (value === undefined) return '';
  if (value === null) return '（无）';
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.map((v) => valueText(table, key, v, names)).join('、');
  if (typeof value === 'object') return canonicalJson(value);
  const s = String(value);
  if (s === '') return '';
  if (isReference(key)) return names.get(s) ?? GONE;
  switch (key) {
    case 'status':
      return table === 'reports' ? (REPORT_STATUSES[s] ?? s) : (PETITION_STATUSES[s as PetitionStatus] ?? s);
    case 'statusBefore':
      return PETITION_STATUSES[s as PetitionStatus] ?? s;
    case 'role':
      return ROLE_LABELS[s as Role] ?? s;
    case 'kind':
      if (table === 'audit') return ALARM_KINDS[s] ?? s;
      return table === 'reports' ? (REPORT_KINDS[s] ?? s) : (DOC_KINDS[s as DocKind]?.label ?? s);
    case 'type':
      return table === 'caseEvents' ? eventLabel(s) : s;
    case 'mimeType':
      return fileKind(s);
    case 'unit':
      return UNIT_LABELS[s as DeadlineUnit] ?? s;
    case 'periodKey':
      return periodText(s);
    case 'scopeKey':
      return scopeText(s, names);
    case 'edited':
      return REPORT_SECTIONS[s] ?? s;
    default:
      return TIMESTAMP.test(s) ? formatAuditTime(s) : s;
  }
}

/** A stored binary as the trail keeps it (chain.ts auditSnapshot): its size. */
const sizeOf = (value: Record<string, unknown>): number | null =>
  typeof value.bytes === 'number' && Object.keys(value).every((k) => k === 'bytes' || k === 'type')
    ? value.bytes
    : null;

/** Every leaf of a snapshot under its path of Chinese names ('办理情况 · 交办 · 交办期限'), keyed by its stored path. */
function leaves(table: string, value: unknown, names: AuditNames): Map<string, { label: string; text: string }> {
  const out = new Map<string, { label: string; text: string }>();
  const walk = (v: unknown, path: string[], labels: string[]) => {
    const key = path[path.length - 1] ?? '';
    if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
      const size = sizeOf(v as Record<string, unknown>);
      if (size !== null) {
        out.set(path.join('.'), { label: labels.join(' · '), text: `${size} 字节` });
        return;
      }
      for (const [k, child] of Object.entries(v)) {
        // A setting is stored as { key, value }: its parts are named without the wrapper (a counter's own value is 值).
        const label =
          table === 'settings' && path.length === 0 && k === 'value'
            ? []
            : [fieldLabel(table, k, path[path.length - 1] ?? null, path[path.length - 2] ?? null)];
        walk(child, [...path, k], [...labels, ...label]);
      }
      return;
    }
    if (Array.isArray(v) && v.some((item) => item !== null && typeof item === 'object')) {
      v.forEach((item, i) => walk(item, [...path, String(i)], [...labels, `第${i + 1}项`]));
      return;
    }
    out.set(path.join('.'), { label: labels.join(' · '), text: valueText(table, key, v, names) });
  };
  walk(value, [], []);
  return out;
}

const fieldOf = (value: unknown, field: string): string | null => {
  const v = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[field] : undefined;
  return typeof v === 'string' ? v : null;
};

/** A record's own id and a setting's key name the object, which the page names already: not a change of it. */
const OWN_KEYS = new Set(['id', 'key']);

/**
 * The fields a change touched, by their Chinese names: every field of a created or deleted record, only the differing
 * ones of an update; a nested field (办理情况, 标记, a setting's value) by each of its parts. A snapshot that is not an
 * object (an explicit event's) is one field named '值'. The records arrive already as the 审计员 may read them
 * (db/audit/auditorReads.ts).
 */
export function fieldChanges(
  table: string | null,
  before: unknown,
  after: unknown,
  names: AuditNames = new Map(),
): FieldChange[] {
  const t = table ?? '';
  const isRecord = (v: unknown) => v === undefined || (v !== null && typeof v === 'object' && !Array.isArray(v));
  if (!isRecord(before) || !isRecord(after)) {
    return [{ field: '值', before: valueText(t, '', before, names), after: valueText(t, '', after, names) }];
  }
  const own = (v: unknown) =>
    v === undefined ? {} : Object.fromEntries(Object.entries(v as object).filter(([k]) => !OWN_KEYS.has(k)));
  const [from, to] = [leaves(t, own(before), names), leaves(t, own(after), names)];
  const paths = [...new Set([...from.keys(), ...to.keys()])];
  const both = before !== undefined && after !== undefined;
  return paths
    .map((path) => ({
      field: (to.get(path) ?? from.get(path))?.label || '值',
      before: from.get(path)?.text ?? '',
      after: to.get(path)?.text ?? '',
    }))
    .filter((change) => !both || change.before !== change.after);
}

/**
 * The record an audit record is about, named as a clerk knows it: a petition by its 登记编号, a letter by its 文号, an
 * account or unit by its name, a setting by what it counts; '' when there is nothing to name (a backup, an export).
 */
export function objectName(record: AuditRecord, names: AuditNames): string {
  const { entity, entityId } = record;
  if (entity === null || entityId === null) return '';
  if (entity === 'settings') return settingLabel(entityId);
  if (entity === 'petitioners') return '信访人';
  // A step of a case is named by the case: its text is the 摘要 already.
  if (entity === 'caseEvents') {
    const petitionId = fieldOf(record.after ?? record.before, 'petitionId');
    return petitionId ? (names.get(petitionId) ?? GONE) : '';
  }
  const fromSnapshot = recordLabel(entity, entityId, record.after ?? record.before);
  return fromSnapshot || names.get(entityId) || (record.action === 'delete' ? '' : GONE);
}

/**
 * The 摘要 as shown. A change to a setting is summarised afresh from its key, so a counter stored by an older version
 * as 「文号计数 analysisReport 2026」 reads 「文号计数：研判分析报告 2026年」; the stored summary, which the hash chain
 * covers, is not changed.
 */
export function summaryText(record: AuditRecord): string {
  const { action, entity, entityId } = record;
  if (
    entity === 'settings' &&
    entityId !== null &&
    (action === 'create' || action === 'update' || action === 'delete')
  ) {
    return changeSummary(action, entity, settingLabel(entityId));
  }
  return record.summary;
}

/** The 对象 column: the kind of record and, when it has one, its name. */
export function objectText(record: AuditRecord, names: AuditNames): string {
  return [entityLabel(record.entity), objectName(record, names)].filter(Boolean).join(' ');
}
