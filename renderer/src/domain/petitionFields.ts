import type { RegisteredMatter } from './types';

/**
 * The field catalogue of a registered matter (types.ts, RegisteredMatter): each field's Chinese label, in the order
 * the registration form shows them. `satisfies` makes the compiler refuse a field of RegisteredMatter without its
 * label here, so a new field is named once for the 修改登记 record, the 审计日志 and whatever reads this catalogue.
 */
export const MATTER_FIELD_LABELS = {
  channel: '渠道',
  receivedAt: '接待时间',
  headcount: '人数',
  categoryId: '问题类别',
  unitId: '涉及单位',
  nature: '信访性质',
  summary: '主要内容',
  demands: '诉求',
  receivingOfficer: '接待人',
  flags: '标记',
  source: '来文',
  confidential: '保密',
} as const satisfies Record<keyof RegisteredMatter, string>;

export type MatterField = keyof typeof MATTER_FIELD_LABELS;
export type MatterFieldLabel = (typeof MATTER_FIELD_LABELS)[MatterField];

/** The catalogue's fields in form order. */
export const MATTER_FIELDS = Object.keys(MATTER_FIELD_LABELS) as MatterField[];
