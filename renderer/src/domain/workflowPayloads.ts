import { z } from 'zod';
import { parseLocalDate } from './dates';
import { TEXT_LIMITS, type TextLimitKey } from './textLimits';
import { hasVisibleCharacter, stripXmlIllegal } from './xmlSafeText';

/** What a clerk can do to a case (docs/domain.md §4), with the label the UI shows. */
export const CASE_ACTIONS = {
  accept: '受理',
  reject: '不予受理',
  forward: '转送',
  forwardToDiscipline: '转纪检监察',
  assign: '交办',
  startHandling: '开始办理',
  addNote: '办理记录',
  extend: '延期',
  supervise: '督办',
  pauseClock: '暂停计时',
  resumeClock: '恢复计时',
  reply: '答复',
  followUp: '回访',
  close: '办结销号',
  requestReview: '申请复查',
  decideReview: '复查意见',
  requestRecheck: '申请复核',
  decideRecheck: '复核意见',
  recordService: '送达',
} as const;
export type CaseAction = keyof typeof CASE_ACTIONS;

export const REPLY_OUTCOMES = ['予以支持', '解释说明', '不予支持'] as const;
export const SUPERVISION_METHODS = ['电话', '文书', '约谈', '实地'] as const;
export const SATISFACTION_LEVELS = ['满意', '基本满意', '不满意'] as const;
export const REVIEW_OUTCOMES = ['维持', '变更', '撤销'] as const;
/** 检举控告 go to 纪检监察, or to 组织/人事 when they concern a cadre (docs/domain.md §3). */
export const DISCIPLINE_BODIES = ['纪检监察机构', '组织人事部门'] as const;
/**
 * Where a matter not accepted goes instead (Arts. 31–33 of the Regulation; docs/domain.md §3): each route has its own
 * sentence in the 不予受理告知书 naming the body and what to file there.
 */
export const REJECTION_ROUTES = [
  '申请仲裁',
  '提起诉讼',
  '申请行政复议',
  '向纪检监察机关检举控告',
  '依规提出申诉',
  '向有权处理的机关反映',
] as const;
export type RejectionRoute = (typeof REJECTION_ROUTES)[number];
/** The route of a 不予受理 recorded before routes were chosen: the general sentence. */
export const DEFAULT_REJECTION_ROUTE: RejectionRoute = '向有权处理的机关反映';

/** How a letter reached the petitioner: suggestions only, the clerk may write another (e.g. 委托送达). */
export const SERVICE_METHODS = ['直接送达', '邮寄送达', '留置送达', '电子送达'] as const;

/** A string stripped of what XML cannot carry, then trimmed: every text of a payload. */
const cleanString = (error?: string) =>
  z
    .string(error ? { error } : undefined)
    .overwrite(stripXmlIllegal)
    .trim();

/** Required text: at least one visible character, at most its limit (TEXT_LIMITS). */
function text(label: string, limit: TextLimitKey = 'caseText') {
  return cleanString(`请填写${label}`)
    .refine(hasVisibleCharacter, `请填写${label}`)
    .max(TEXT_LIMITS[limit], `${label}不能超过${TEXT_LIMITS[limit]}字`);
}

const optionalText = cleanString().max(TEXT_LIMITS.caseText, `内容不能超过${TEXT_LIMITS.caseText}字`).optional();

function day(label: string) {
  return z
    .string({ error: `请填写${label}` })
    .refine((s) => parseLocalDate(s) !== null, `${label}应为有效日期（如2026-05-25）`);
}

function choice<T extends readonly [string, ...string[]]>(values: T, label: string) {
  return z.enum(values, { error: `请选择${label}（${values.join('、')}）` });
}

/**
 * A letter's 送达日期 is optional with the decision: a letter handed over in person the same day may carry it, one
 * mailed later is recorded by 送达 once it has reached the petitioner (their window runs from that day).
 */
const servedAt = day('送达日期').optional();
const outcome = (label: string) =>
  z.object({ outcome: choice(REVIEW_OUTCOMES, label), opinion: text('意见'), servedAt });

/** Payload schema of every action; dates are 'YYYY-MM-DD'. */
export const ACTION_PAYLOADS = {
  /** acceptedAt defaults to today. */
  accept: z.object({ acceptedAt: day('受理日期').optional(), note: optionalText }),
  reject: z.object({
    reason: text('不予受理理由'),
    route: choice(REJECTION_ROUTES, '救济途径').optional(),
    whereToApply: text('应向何处反映'),
  }),
  forward: z.object({ toBody: text('转送机关或单位', 'caseName'), note: optionalText }),
  forwardToDiscipline: z.object({ toBody: choice(DISCIPLINE_BODIES, '转交机构'), note: optionalText }),
  assign: z.object({
    /** Must name a stored unit: the case service checks it before writing. */
    unitId: text('承办单位', 'caseName'),
    /** Shown in the timeline text; the id stays the reference. */
    unitName: optionalText,
    leader: text('包案领导', 'caseName'),
    handler: text('承办人', 'caseName'),
    dueDate: day('交办期限'),
    instruction: optionalText,
  }),
  startHandling: z.object({ note: optionalText }),
  addNote: z.object({ note: text('办理情况') }),
  extend: z.object({
    approver: text('批准人', 'caseName'),
    reason: text('延期理由'),
    days: z.number({ error: '请填写延期天数' }).int('延期天数应为整数').min(1, '延期天数至少为1日'),
    approvedAt: day('批准日期').optional(),
  }),
  supervise: z.object({
    method: choice(SUPERVISION_METHODS, '督办方式'),
    date: day('督办日期'),
    content: text('督办内容'),
    feedback: optionalText,
  }),
  /** The clock stops from `from` (inclusive, default today). */
  pauseClock: z.object({ reason: text('暂停理由'), from: day('暂停日期').optional() }),
  /** The clock runs again on `resumedOn` (default today): the pause ends the day before. */
  resumeClock: z.object({ resumedOn: day('恢复日期').optional() }),
  reply: z.object({
    claims: z
      .array(
        z.object({ claim: text('诉求'), outcome: choice(REPLY_OUTCOMES, '处理结果'), opinion: text('处理意见') }),
        {
          error: '请逐项填写诉求的处理意见',
        },
      )
      .min(1, '请逐项填写诉求的处理意见'),
    servedAt,
  }),
  followUp: z.object({
    satisfaction: choice(SATISFACTION_LEVELS, '满意度'),
    date: day('回访日期'),
    note: optionalText,
  }),
  close: z.object({ note: optionalText }),
  requestReview: z.object({ receivedAt: day('收到复查请求日期'), reason: text('复查请求理由') }),
  decideReview: outcome('复查结论'),
  requestRecheck: z.object({ receivedAt: day('收到复核请求日期'), reason: text('复核请求理由') }),
  decideRecheck: outcome('复核结论'),
  /** The latest decision's letter (处理意见书, 复查意见书 or 复核意见书) reached the petitioner on `servedAt`. */
  recordService: z.object({
    servedAt: day('送达日期'),
    method: cleanString().max(TEXT_LIMITS.serviceMethod, `送达方式不能超过${TEXT_LIMITS.serviceMethod}字`).optional(),
  }),
} satisfies Record<CaseAction, z.ZodType>;

export type ActionPayload<A extends CaseAction> = z.infer<(typeof ACTION_PAYLOADS)[A]>;
/** What a form submits before validation. */
export type ActionInput<A extends CaseAction> = z.input<(typeof ACTION_PAYLOADS)[A]>;

/** Validates a payload; the Chinese messages joined, as the settings page reports them. */
export function parsePayload<A extends CaseAction>(
  action: A,
  payload: unknown,
): { ok: true; value: ActionPayload<A> } | { ok: false; reason: string } {
  const parsed = ACTION_PAYLOADS[action].safeParse(payload ?? {});
  if (parsed.success) return { ok: true, value: parsed.data as ActionPayload<A> };
  return { ok: false, reason: [...new Set(parsed.error.issues.map((i) => i.message))].join('；') };
}
