/**
 * The one table of how long each kind of text may be. Validation (domain and repositories) refuses longer text, and
 * the forms show the same numbers as their counters (antd `maxLength` + `showCount`), so the two cannot drift.
 * Lengths count UTF-16 code units, as `String.length` and the counters do.
 */
export const TEXT_LIMITS = {
  /** 姓名 of a petitioner. */
  personName: 50,
  /** 身份证号: 18 characters; the check digit is validated on its own. */
  idNumber: 18,
  /** 联系电话 as typed, spaces and dashes included. */
  phone: 20,
  /** 住址 */
  address: 200,
  /** 反映问题摘要 */
  summary: 2000,
  /** 主要诉求 */
  demands: 2000,
  /** 接待人 */
  receivingOfficer: 20,
  /** 转送/交办机关 */
  sourceBody: 100,
  /** 转送/交办文号 */
  sourceDocNo: 50,
  /** 附件 file name */
  attachmentName: 200,
  /** Free text of a case action: reasons, opinions, notes, 督办内容. */
  caseText: 2000,
  /** A short name on a case action: 包案领导, 承办人, 批准人, 转送机关. */
  caseName: 50,
  /** 送达方式 */
  serviceMethod: 20,
  /** 单位名称 / 类别名称 in the reference data. */
  referenceName: 50,
  /** 单位名称 of the office, printed on its letters. */
  orgName: 100,
  /** 姓名 of an account, as case actions and audit records name it. */
  displayName: 20,
  /** 所属党组织 of a unit. */
  partyBranch: 50,
  /** One part of a letter template. */
  templatePart: 2000,
  /** One paragraph or section of the analysis report (研判分析报告). */
  reportSection: 10000,
} as const;

export type TextLimitKey = keyof typeof TEXT_LIMITS;

/**
 * 人数 of one contact: at least 1; the upper bound is far above any visit the office sees (集体访 starts at 5 and
 * its threshold may be set up to 1000) and keeps a mistyped 1e9 out of 人次.
 */
export const HEADCOUNT_MIN = 1;
export const HEADCOUNT_MAX = 10000;

/** The Chinese message for a text over its limit, e.g. 「反映问题摘要不能超过2000字（当前2001字）」. */
export function tooLongMessage(label: string, key: TextLimitKey, length: number): string {
  return `${label}不能超过${TEXT_LIMITS[key]}字（当前${length}字）`;
}
