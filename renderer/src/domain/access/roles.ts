/**
 * Who may see and do what (issue 5, MLPS 2.0 access control). ONE table: the repositories check it on every read and
 * write (db/session.ts `authorize`), and the UI only uses it to hide what would be refused anyway.
 *
 * Decisions: the duties are separated as 等保 asks (三员分立): the 管理员 runs the system (accounts, settings,
 * backups) and the 审计员 alone reads the audit trail; the 审计员 sees no petition. 接待员 register and view; 办理人
 * and 领导 handle cases, issue letters, draft reports and export. Seeing a confidential petitioner (保密, 检举控告) is
 * a per-account grant on top of the role (UserAccount.confidentialAccess), not a role. A 党支部书记 (issue 12) reads the
 * statistics and writes the 研判分析报告 of the one 党支部 its account is bound to (UserAccount.partyBranchId), and no
 * record: no ledger, no petition, no name, ID number or phone (db/branchScope.ts limits every read it may make); of
 * 走出去 it reads its own units' activities, suggestions and helps, without names or phones (db/outreachScope.ts).
 */
export const ROLES = ['admin', 'receptionist', 'handler', 'leader', 'auditor', 'branchSecretary'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  admin: '管理员',
  receptionist: '接待员',
  handler: '办理人',
  leader: '领导',
  auditor: '审计员',
  branchSecretary: '党支部书记',
};

export const PERMISSIONS = {
  'records.view': '查看信访台账和案件',
  'records.register': '登记信访和补充接待',
  'cases.handle': '办理案件、出具文书',
  'statistics.view': '查看统计分析',
  'reports.write': '起草和印发研判分析报告',
  'records.export': '导出Excel台账和统计',
  'identity.unmask': '查看完整的身份证号和电话',
  'settings.manage': '修改系统设置、单位和问题类别',
  'users.manage': '管理账号和角色',
  'backup.manage': '备份和恢复数据',
  'audit.view': '查看、核验和导出审计日志',
  'risks.view': '查看排查台账',
  'risks.manage': '排查挂号、更新进展和销号',
  'outreach.view': '查看走访座谈、意见建议和帮扶救助',
  'outreach.manage': '登记走访座谈、意见建议和帮扶救助',
} as const;
export type Permission = keyof typeof PERMISSIONS;

const ALL_STAFF: readonly Role[] = ['admin', 'receptionist', 'handler', 'leader'];
const CASE_STAFF: readonly Role[] = ['admin', 'handler', 'leader'];

/** The role table. */
export const ROLE_PERMISSIONS: Record<Permission, readonly Role[]> = {
  'records.view': ALL_STAFF,
  'records.register': ['admin', 'receptionist'],
  'cases.handle': CASE_STAFF,
  'statistics.view': [...CASE_STAFF, 'branchSecretary'],
  'reports.write': [...CASE_STAFF, 'branchSecretary'],
  'records.export': CASE_STAFF,
  'identity.unmask': ALL_STAFF,
  'settings.manage': ['admin'],
  'users.manage': ['admin'],
  'backup.manage': ['admin'],
  'audit.view': ['auditor'],
  // Office staff 挂号 and update; the 包案领导 (a 领导 account) confirms its own 销号 (db/riskLedger.ts).
  'risks.view': ALL_STAFF,
  'risks.manage': ALL_STAFF,
  // 走出去: the screening ledger's staff; a 党支部书记 reads its own units' activities, suggestions and helps, without
  // names or phones (db/outreachScope.ts).
  'outreach.view': [...ALL_STAFF, 'branchSecretary'],
  'outreach.manage': ALL_STAFF,
};

export function can(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[permission].includes(role);
}

/** The permissions a role holds, in the table's order (the account page shows them). */
export function permissionsOf(role: Role): Permission[] {
  return (Object.keys(ROLE_PERMISSIONS) as Permission[]).filter((p) => can(role, p));
}

/** Roles bound to one 党支部: they see that branch's units only, and no personal data (db/branchScope.ts). */
export const BRANCH_BOUND_ROLES: readonly Role[] = ['branchSecretary'];

export function isBranchBound(role: Role): boolean {
  return BRANCH_BOUND_ROLES.includes(role);
}
