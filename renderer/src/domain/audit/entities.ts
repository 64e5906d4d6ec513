import { DOC_KINDS } from '../docNo';
import { PARTY_BRANCHES_KEY } from '../partyBranches';
import { TABLE_LABELS } from '../tableLabels';
import { auditSnapshot, canonicalJson, snapshotJson } from './chain';
import type { AuditAction } from './record';

/**
 * The tables whose every create, change and delete is audited (db/audit/auditMiddleware.ts). Not audited: the ledger's
 * persisted index (ledgerChunks, derived from these) and the audit trail itself (append-only).
 */
export const AUDITED_TABLES: ReadonlySet<string> = new Set([
  'petitions',
  'receptions',
  'petitioners',
  'units',
  'categories',
  'caseEvents',
  'settings',
  'attachments',
  'documents',
  'reports',
  'users',
  'riskMatters',
  'riskUpdates',
  'screenings',
  'riskDismissals',
  'emergencies',
  'activities',
  'suggestions',
  'helps',
  'importBatches',
]);

/** Form drafts autosaved while the clerk types (db/settings.ts saveDraft): not the office's records. */
const DRAFT_PREFIX = 'draft:';

/** What an audit record's `entity` names, as the 审计日志 shows it: the tables, and the objects of explicit events. */
export const AUDIT_ENTITY_LABELS: Readonly<Record<string, string>> = {
  ...TABLE_LABELS,
  session: '登录',
  backup: '数据备份',
  ledger: '信访台账',
  statistics: '统计表',
  audit: '审计日志',
};

export function entityLabel(entity: string | null): string {
  if (entity === null) return '';
  return AUDIT_ENTITY_LABELS[entity] ?? entity;
}

/** Whether a change to this record is audited: every record of an audited table but the autosaved drafts. */
export function isAuditedRecord(table: string, key: unknown): boolean {
  if (!AUDITED_TABLES.has(table)) return false;
  return !(table === 'settings' && typeof key === 'string' && key.startsWith(DRAFT_PREFIX));
}

/** Shown instead of a secret in the trail: a password hash never enters it. */
export const REDACTED = '（已隐去）';

/**
 * Fields the trail never keeps, per table: secrets, and text derived from the rest (the ledger's searchText). Left out
 * (derived) fields are no change of their own: the kept sessions' token hashes, rewritten at every sign-in.
 */
const DROPPED_FIELDS: Readonly<Record<string, { redacted?: readonly string[]; derived?: readonly string[] }>> = {
  users: { redacted: ['password'], derived: ['sessionTokens'] },
  petitions: { derived: ['searchText'] },
};

/** A stored record as the audit trail may keep it: secrets replaced by （已隐去）, derived text left out. */
export function auditedValue(table: string, value: unknown): unknown {
  const dropped = DROPPED_FIELDS[table];
  if (!dropped || value === null || typeof value !== 'object') return value;
  const copy: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  for (const field of dropped.redacted ?? []) if (field in copy) copy[field] = REDACTED;
  for (const field of dropped.derived ?? []) delete copy[field];
  return copy;
}

/**
 * canonicalJson(auditedValue(table, auditSnapshot(value))), the same text, built in one pass (chain.ts snapshotJson)
 * for a plain record.
 */
export function auditedJson(table: string, value: unknown): string {
  const dropped = DROPPED_FIELDS[table];
  if (!dropped) return snapshotJson(value);
  const plain =
    value !== null &&
    typeof value === 'object' &&
    Object.getPrototypeOf(value) === Object.prototype &&
    !Array.isArray(value);
  if (!plain) return canonicalJson(auditedValue(table, auditSnapshot(value)));
  const redacted = JSON.stringify(REDACTED);
  return snapshotJson(value, (key, v) => {
    if (dropped.derived?.includes(key)) return null;
    return dropped.redacted?.includes(key) ? redacted : snapshotJson(v);
  });
}

const text = (value: unknown, field: string): string => {
  if (value === null || typeof value !== 'object') return '';
  const v = (value as Record<string, unknown>)[field];
  return typeof v === 'string' || typeof v === 'number' ? String(v) : '';
};

/** The kinds a 文号 counter counts: the letters, and the 研判分析报告 (db/reports.ts reportCounterKey). */
const COUNTED_KINDS: Readonly<Record<string, string>> = {
  ...Object.fromEntries(Object.entries(DOC_KINDS).map(([kind, info]) => [kind, info.label])),
  analysisReport: TABLE_LABELS.reports ?? '研判分析报告',
};

/** A settings row by what it holds: 系统设置, 「登记编号计数：2026年」, 「文号计数：受理告知书 2026年」. */
export function settingLabel(key: string): string {
  if (key === 'app') return '系统设置';
  if (key === PARTY_BRANCHES_KEY) return '党支部';
  const regNo = /^regNo:(\d{4})$/.exec(key);
  if (regNo) return `登记编号计数：${regNo[1]}年`;
  const outreachNo = /^(activityNo|suggestionNo):(\d{4})$/.exec(key);
  if (outreachNo) return `${outreachNo[1] === 'activityNo' ? '活动编号计数' : '建议编号计数'}：${outreachNo[2]}年`;
  const docNo = /^docNo:(\w+):(\d{4})$/.exec(key);
  if (docNo?.[1] && docNo[2]) return `文号计数：${COUNTED_KINDS[docNo[1]] ?? '其他文书'} ${docNo[2]}年`;
  return '其他设置';
}

/** '2026-Q2' → 2026年第二季度, '2026' → 2026年: a report's period as its title says it. */
export function periodText(key: string): string {
  const quarter = /^(\d{4})-Q([1-4])$/.exec(key);
  if (quarter) return `${quarter[1]}年第${'一二三四'[Number(quarter[2]) - 1]}季度`;
  return /^\d{4}$/.test(key) ? `${key}年` : key;
}

/**
 * A few words naming a record for the auditor's list ('2026-0001', '一号矿井', '信受〔2026〕3号'), taken from fields
 * that carry no ID number or phone; '' when the record has none worth showing (a petitioner: the name stays in the
 * before/after only).
 */
export function recordLabel(table: string, key: unknown, value: unknown): string {
  switch (table) {
    case 'petitions':
      return text(value, 'regNo');
    case 'units':
    case 'categories':
    case 'attachments':
      return text(value, 'name');
    case 'receptions':
      return text(value, 'receivedAt').replace('T', ' ').slice(0, 16);
    case 'caseEvents':
      return text(value, 'text').slice(0, 30);
    case 'settings':
      return typeof key === 'string' ? settingLabel(key) : '';
    case 'documents':
      return text(value, 'docNo') || text(value, 'fileName');
    case 'reports':
      return periodText(text(value, 'periodKey'));
    case 'activities':
      return [text(value, 'activityNo'), text(value, 'kind')].filter(Boolean).join(' ');
    case 'suggestions':
      return [text(value, 'suggestionNo'), text(value, 'topic')].filter(Boolean).join(' ');
    case 'helps':
      return [text(value, 'date'), text(value, 'kind')].filter(Boolean).join(' ');
    case 'emergencies':
      return [text(value, 'reportedAt').replace('T', ' '), text(value, 'location')].filter(Boolean).join(' ');
    case 'users': {
      const username = text(value, 'username');
      const name = text(value, 'displayName');
      return name && username ? `${name}（${username}）` : name || username;
    }
    default:
      return '';
  }
}

const CHANGE_VERBS: Partial<Record<AuditAction, string>> = { create: '新增', update: '修改', delete: '删除' };

/** 「修改 信访事项 2026-0001」: the summary of one audited change. */
export function changeSummary(action: 'create' | 'update' | 'delete', table: string, label: string): string {
  return [CHANGE_VERBS[action], entityLabel(table), label].filter(Boolean).join(' ');
}
