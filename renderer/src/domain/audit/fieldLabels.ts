import { DEFAULT_DEADLINE_RULES, type DeadlineKey } from '../deadlines';
import { DOC_KINDS, type DocKind } from '../docNo';
import { TEMPLATE_PARTS, type LetterKind } from '../letterTemplates';
import { MATTER_FIELD_LABELS } from '../petitionFields';
import { EMERGENCY_LOCATIONS } from '../risk/emergency';
import { FLAG_LABELS } from '../types';

/**
 * The Chinese name of every field the audited tables store, as the 审计日志 and its export show a change (issue 12,
 * item 8: no English identifier on screen). One dictionary for all tables: a name means the same wherever it is stored,
 * but for the few a table reads its own way (TABLE_FIELDS).
 */
const FIELD_LABELS: Readonly<Record<string, string>> = {
  ...FLAG_LABELS,
  // 信访事项, 接待记录: the registered matter's fields from its catalogue, then the record's own
  ...MATTER_FIELD_LABELS,
  regNo: '登记编号',
  year: '年度',
  seq: '序号',
  petitionerIds: '信访人',
  representativeIds: '代表',
  body: '来文机关',
  date: '日期',
  status: '状态',
  receptionCount: '接待次数',
  createdAt: '创建时间',
  updatedAt: '更新时间',
  caseFacts: '办理情况',
  correctedAt: '修改登记时间',
  voided: '作废',
  linkedPetitionIds: '关联事项',
  petitionId: '信访事项',
  isRepeat: '重复访',
  note: '说明',
  // 办理情况 (caseFacts)
  forwardedToUs: '上级转送',
  acceptedAt: '受理日期',
  acceptanceNoticeIssuedAt: '告知书出具日期',
  forwardedAt: '转送日期',
  extension: '延期',
  days: '天数',
  approvedAt: '批准日期',
  repliedAt: '答复日期',
  servedAt: '送达日期',
  closedAt: '办结日期',
  reviewRequestedAt: '复查申请日期',
  reviewDecidedAt: '复查意见日期',
  reviewServedAt: '复查意见送达日期',
  recheckRequestedAt: '复核申请日期',
  recheckDecidedAt: '复核意见日期',
  recheckServedAt: '复核意见送达日期',
  pauses: '暂停计时',
  from: '起始日期',
  to: '截止日期',
  reason: '理由',
  assignment: '交办',
  unitName: '承办单位名称',
  leader: '包案领导',
  handler: '承办人',
  dueDate: '交办期限',
  instruction: '交办要求',
  assignedAt: '交办日期',
  lastSupervisedAt: '最近督办日期',
  followUp: '回访',
  satisfaction: '满意度',
  // 作废
  at: '时间',
  by: '经办人',
  statusBefore: '原状态',
  // 信访人
  name: '名称',
  gender: '性别',
  idNumber: '身份证号',
  phone: '联系电话',
  phoneAsTyped: '联系电话（登记原样）',
  address: '住址',
  identityType: '身份',
  sameAsPersonId: '同一信访人',
  // 单位, 问题类别
  parentId: '上级',
  partyBranch: '党支部',
  // 账号的所属党支部 (党支部书记), and a branch in 设置 → 党支部
  partyBranchId: '所属党支部',
  order: '排序',
  // 办理记录
  actor: '经办人',
  type: '类型',
  text: '内容',
  data: '详情',
  due: '期限',
  documentId: '文书',
  kind: '种类',
  docNo: '文号',
  version: '版本',
  receptionId: '接待记录',
  approver: '批准人',
  method: '方式',
  content: '内容',
  feedback: '反馈',
  resumedOn: '恢复日期',
  claims: '诉求',
  claim: '诉求',
  outcome: '处理结果',
  opinion: '意见',
  toBody: '转往机关',
  route: '救济途径',
  whereToApply: '应向何处反映',
  changes: '修改内容',
  label: '项目',
  before: '修改前',
  after: '修改后',
  // 附件, 文书
  mimeType: '文件类型',
  size: '大小',
  n: '文号序号',
  issuedAt: '出具时间',
  issuedBy: '出具人',
  fileName: '文件名',
  bytes: '文件',
  supersedes: '替代版本',
  sourceEventId: '办理记录',
  // 研判分析报告
  periodKey: '期间',
  scopeKey: '范围',
  scopeName: '范围名称',
  paragraphs: '段落',
  basic: '基本情况',
  features: '主要特点',
  problems: '突出问题',
  handling: '办理情况',
  edited: '已修改段落',
  analysis: '研判分析',
  measures: '措施建议',
  revision: '修订次数',
  // 账号
  username: '登录名',
  displayName: '姓名',
  role: '角色',
  confidentialAccess: '可查看保密信息',
  password: '密码',
  failedAttempts: '连续登录失败次数',
  lockedUntil: '锁定至',
  disabled: '停用',
  mustChangePassword: '须修改初始密码',
  // 设置
  value: '值',
  orgName: '单位名称',
  collectiveThreshold: '集体访人数',
  attachmentMaxBytes: '附件上限（字节）',
  dueSoonDays: '临期天数',
  operatorName: '使用人姓名',
  docNoPrefixes: '文号代字',
  letterTemplates: '文书模板',
  deadlineOverrides: '期限设置',
  holidayArrangements: '节假日安排',
  idleLockMinutes: '自动锁定（分钟）',
  organisation: '组织机构',
  staff: '办理人员',
  reportAddressee: '研判报告主送机关',
  riskWarningThresholds: '研判预警阈值',
  riskStalenessRules: '排查事项更新期限',
  cluster: '同类信访集中',
  petitions: '件数',
  flaggedDays: '集体访、越级访统计天数',
  repeat: '重复访',
  visits: '次数',
  重大: '重大事项（工作日）',
  较大: '较大事项（工作日）',
  一般: '一般事项（工作日）',
  arrivalLimits: '突发事件到场时限（小时）',
  leads: '可任包案领导',
  handles: '可任承办人',
  retired: '停用',
  routes: '复查复核机关',
  unit: '单位',
  reviewBody: '复查机关',
  recheckBody: '复核机关',
  reviewDocPrefix: '复查意见书代字',
  length: '时长',
  holidays: '放假日期',
  makeUpWorkdays: '调休上班日期',
};

/** Fields a table names its own way. */
const TABLE_FIELDS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  petitioners: { name: '姓名', unitId: '所在单位' },
  units: { name: '单位名称', parentId: '上级单位' },
  categories: { name: '类别名称', parentId: '上级类别' },
  attachments: { name: '文件名' },
  receptions: { note: '本次反映' },
  reports: { kind: '报告种类', status: '状态', handling: '办理情况' },
  caseEvents: { unitId: '承办单位' },
  emergencies: {
    reportedAt: '报告时间',
    location: '地点类别',
    place: '具体地点',
    demands: '诉求',
    unitIds: '涉及单位',
    riskMatterId: '排查台账事项',
    arrivalLimitHours: '到场时限（小时）',
    arrival: '到场情况',
    leaders: '到场领导',
    arrivedAt: '到场时间',
    recordedBy: '记录人',
    steps: '处置经过',
    kind: '步骤类型',
    aftercare: '善后措施',
    deadline: '完成时限',
    doneOn: '完成日期',
    causeAnalysis: '原因分析',
    lossAssessment: '损失评估',
    lessons: '经验教训',
    reserveFundYuan: '备用金（元）',
    closedAt: '结束时间',
    id: '编号',
  },
  // An 审计链告警's alarm (alarm.ts).
  audit: {
    kind: '告警类型',
    missingFrom: '缺失起始序号',
    missingTo: '缺失截止序号',
    anchor: '本机记下的末端',
    trailHead: '审计日志末端',
    seq: '序号',
    hash: '哈希',
  },
};

/** Shown for a field this version does not know (written by a newer one): never the stored name. */
export const UNKNOWN_FIELD_LABEL = '其他内容';

/**
 * One step of a field's path ('caseFacts', 'assignment', 'dueDate') in Chinese. `parent` is the step above it:
 * under the 文号代字 and 文书模板 a step is a kind of letter, under a letter's template a part of it, under the 期限设置
 * a period, and a number is the place in a list.
 */
export function fieldLabel(
  table: string,
  field: string,
  parent: string | null = null,
  grandparent: string | null = null,
): string {
  if (/^\d+$/.test(field) && !/^\d{4}$/.test(field)) return `第${Number(field) + 1}项`;
  if (/^\d{4}$/.test(field)) return `${field}年`;
  if (parent === 'docNoPrefixes' || parent === 'letterTemplates')
    return DOC_KINDS[field as DocKind]?.label ?? UNKNOWN_FIELD_LABEL;
  if (grandparent === 'letterTemplates' && parent !== null) {
    const parts = TEMPLATE_PARTS[parent as LetterKind] as Record<string, { label: string }> | undefined;
    return parts?.[field]?.label ?? UNKNOWN_FIELD_LABEL;
  }
  if (parent === 'assignment' && field === 'unitId') return '承办单位';
  if (parent === 'arrivalLimits')
    return (EMERGENCY_LOCATIONS as readonly string[]).includes(field) ? field : UNKNOWN_FIELD_LABEL;
  if (parent === 'deadlineOverrides') return DEFAULT_DEADLINE_RULES[field as DeadlineKey]?.label ?? UNKNOWN_FIELD_LABEL;
  return TABLE_FIELDS[table]?.[field] ?? FIELD_LABELS[field] ?? UNKNOWN_FIELD_LABEL;
}
