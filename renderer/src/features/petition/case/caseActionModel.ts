import dayjs from 'dayjs';
import { DATE_FORMAT } from '../../../domain/dates';
import { CASE_ACTIONS, REPLY_OUTCOMES, type CaseAction } from '../../../domain/workflowPayloads';

/**
 * The case page's pure decisions: which action is the main next step, what a success says, the 答复 rows a
 * petition's demands suggest, and how form values become a workflow payload.
 */

/** The step that moves a case on, in the order a case meets them; the first one available is the primary button. */
const MAIN_STEPS: readonly CaseAction[] = [
  'accept',
  'forwardToDiscipline',
  'assign',
  'startHandling',
  'reply',
  'recordService',
  'followUp',
  'close',
  'decideReview',
  'decideRecheck',
];

/** The 送达日期 hint of a decision's form: the letter is dated once the decision is recorded, so only one handed over then is served with it. */
export const SERVICE_HINT = '当面送达的可同时填写；邮寄的待送达后再登记';

export function mainAction(available: readonly CaseAction[]): CaseAction | null {
  return MAIN_STEPS.find((step) => available.includes(step)) ?? null;
}

const SUCCESS: Record<CaseAction, string> = {
  accept: '已受理',
  reject: '已作不予受理处理',
  forward: '已转送',
  forwardToDiscipline: '已转纪检监察',
  assign: '已交办',
  startHandling: '已开始办理',
  addNote: '已记录办理情况',
  extend: '已延期',
  supervise: '已记录督办',
  pauseClock: '已暂停计时',
  resumeClock: '已恢复计时',
  reply: '已答复',
  followUp: '已记录回访',
  close: '已办结销号',
  requestReview: '已登记复查申请',
  decideReview: '已记录复查意见',
  requestRecheck: '已登记复核申请',
  decideRecheck: '已记录复核意见',
  recordService: '已登记送达',
};

export function successMessage(action: CaseAction): string {
  return SUCCESS[action];
}

export function isCaseAction(key: string): key is CaseAction {
  return Object.hasOwn(CASE_ACTIONS, key);
}

/** One row of the 答复 form: a claim, its outcome and the office's opinion on it. */
export interface ClaimRow {
  claim: string;
  outcome?: (typeof REPLY_OUTCOMES)[number];
  opinion: string;
}

/** A list marker a clerk types before a demand: 1. 1、 (1) （1） ① 一、 - • */
const LIST_MARKER = /^\s*(?:\d+[.、．)）]|[（(]\d+[)）]|[①-⑳]|[一二三四五六七八九十]+、|[-•·])\s*/;

/** One 答复 row per non-empty line of the petition's demands (list markers dropped); one empty row when there are none. */
export function claimRowsFromDemands(demands: string): ClaimRow[] {
  const claims = demands
    .split(/\r?\n/)
    .map((line) => line.replace(LIST_MARKER, '').trim())
    .filter((line) => line.length > 0);
  return (claims.length > 0 ? claims : ['']).map((claim) => ({ claim, opinion: '' }));
}

/**
 * Form values to a payload: picked days become 'YYYY-MM-DD'; empty fields are left out, so an optional field is
 * absent and a required one gets the payload's own "请填写…" message.
 */
export function toActionPayload(values: unknown): unknown {
  if (dayjs.isDayjs(values)) return values.format(DATE_FORMAT);
  if (Array.isArray(values)) return values.map(toActionPayload);
  if (values !== null && typeof values === 'object') {
    const entries = Object.entries(values)
      .filter(([, v]) => v !== null && v !== undefined && v !== '')
      .map(([k, v]) => [k, toActionPayload(v)]);
    return Object.fromEntries(entries);
  }
  return values;
}

export { eventLabel } from '../../../domain/caseEventLabels';

/** 剩N天 / 今天到期 / 超期N天. */
export function daysLeftText(daysLeft: number): string {
  if (daysLeft > 0) return `剩${daysLeft}天`;
  if (daysLeft === 0) return '今天到期';
  return `超期${-daysLeft}天`;
}
