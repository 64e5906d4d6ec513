/** The database's tables as the clerk reads them (a backup's summary, the audit trail's 对象). */
export const TABLE_LABELS: Readonly<Record<string, string>> = {
  petitions: '信访事项',
  receptions: '接待记录',
  petitioners: '信访人',
  units: '单位',
  categories: '问题类别',
  caseEvents: '办理记录',
  settings: '设置',
  attachments: '附件',
  documents: '文书',
  reports: '研判分析报告',
  users: '账号',
  audit: '审计记录',
  riskMatters: '排查台账事项',
  riskUpdates: '排查台账进展',
  screenings: '排查记录',
  riskDismissals: '已忽略的预警',
};
