import { Tag, Typography } from 'antd';
import { ROLE_LABELS } from '../../domain/access/roles';
import { formatAuditTime, objectText, summaryText, type AuditNames } from '../../domain/audit/display';
import { AUDIT_ACTIONS, type AuditAction, type AuditRecord } from '../../domain/audit/record';

const ACTION_COLORS: Partial<Record<AuditAction, string>> = {
  signInFailed: 'red',
  delete: 'red',
  unmask: 'orange',
  export: 'orange',
  backup: 'blue',
  restore: 'purple',
  create: 'green',
  update: 'gold',
};

/**
 * The columns of a list of audit records: the 审计日志, and the records a restore carried inside its record. `names`
 * says what the ids the records hold are called (db/audit/auditNames.ts).
 */
export const auditColumns = (names: AuditNames) => [
  { title: '序号', dataIndex: 'seq', width: 80 },
  { title: '时间', dataIndex: 'at', width: 170, render: (at: string) => formatAuditTime(at) },
  {
    title: '操作人',
    dataIndex: 'actorName',
    width: 110,
    render: (name: string) => name || <Typography.Text type="secondary">（未登录）</Typography.Text>,
  },
  {
    title: '角色',
    dataIndex: 'actorRole',
    width: 80,
    render: (role: AuditRecord['actorRole']) => (role ? ROLE_LABELS[role] : ''),
  },
  {
    title: '操作',
    dataIndex: 'action',
    width: 130,
    render: (a: AuditAction) => <Tag color={ACTION_COLORS[a]}>{AUDIT_ACTIONS[a] ?? a}</Tag>,
  },
  { title: '对象', key: 'object', width: 200, render: (_: unknown, record: AuditRecord) => objectText(record, names) },
  { title: '摘要', key: 'summary', render: (_: unknown, record: AuditRecord) => summaryText(record) },
];
