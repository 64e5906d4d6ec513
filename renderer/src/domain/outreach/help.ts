import type { Nature } from '../types';
import type { StatPeriod } from '../statistics/types';
import { countProblem, dayProblem, OUTREACH_TEXT_LIMITS as LIMITS, textProblem } from './text';
import type { Activity, Help } from './types';

/** The most one help may record (yuan): a typing slip of extra zeros is refused, not summed. */
export const HELP_MAX_YUAN = 1_000_000;

/**
 * '1234.5' → 123450 fen; null for anything but a non-negative amount of yuan with at most two decimals. Amounts are
 * kept as whole fen, so totals add up exactly.
 */
export function yuanToFen(typed: string): number | null {
  const match = /^(\d+)(?:\.(\d{1,2}))?$/.exec(typed.trim());
  if (!match?.[1]) return null;
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}

/** 123450 → '1234.50' (yuan, always two decimals). */
export function formatFen(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

export type HelpInput = Pick<
  Help,
  | 'kind'
  | 'amountFen'
  | 'date'
  | 'approver'
  | 'recipient'
  | 'headcount'
  | 'unitId'
  | 'petitionId'
  | 'activityId'
  | 'problemId'
  | 'note'
>;

/** Why this help cannot be recorded (its own fields), per field, in the clerk's words; empty when it can. */
export function helpProblems(input: HelpInput, today: string): Partial<Record<keyof HelpInput, string>> {
  const problems: Partial<Record<keyof HelpInput, string>> = {};
  const put = (field: keyof HelpInput, problem: string | null) => {
    if (problem && !problems[field]) problems[field] = problem;
  };
  put('kind', textProblem(input.kind, '救助类型', LIMITS.kind, true));
  if (!Number.isInteger(input.amountFen) || input.amountFen < 0) put('amountFen', '金额应为不小于0的数，最多两位小数');
  else if (input.amountFen > HELP_MAX_YUAN * 100) put('amountFen', `金额不能超过${HELP_MAX_YUAN}元`);
  put('date', dayProblem(input.date, '救助日期', today));
  put('approver', textProblem(input.approver, '审批人', LIMITS.name, true));
  put('recipient', textProblem(input.recipient, '救助对象', LIMITS.department, true));
  put('headcount', input.headcount < 1 ? '救助人次应至少为1' : countProblem(input.headcount, '救助人次', 10_000));
  put('note', textProblem(input.note, '备注', LIMITS.text, false));
  const onProblem = input.activityId !== null || input.problemId !== null;
  if (input.petitionId === null && !onProblem) put('petitionId', '请选择求助的信访事项或走访发现的问题');
  else if (input.petitionId !== null && onProblem) put('petitionId', '一次救助只关联一个信访事项或一个走访发现的问题');
  else if (onProblem && (input.activityId === null || input.problemId === null))
    put('problemId', '请选择走访发现的问题');
  return problems;
}

/** Why the help's link does not hold: a petition must be a 求助 matter, a problem one the activity found and not registered as a petition. */
export function helpLinkProblem(
  input: Pick<HelpInput, 'petitionId' | 'problemId' | 'date'>,
  linked: { petitionNature?: Nature | null; activity?: Activity | null },
): string | null {
  if (input.petitionId !== null) {
    if (linked.petitionNature === null || linked.petitionNature === undefined)
      return '所关联的信访事项已不存在，请刷新后重试';
    return linked.petitionNature === '求助' ? null : '帮扶救助只能记在求助类信访事项上';
  }
  const activity = linked.activity;
  if (!activity) return '所关联的走访活动已不存在，请刷新后重试';
  const problem = activity.problems.find((p) => p.id === input.problemId);
  if (!problem) return '所选问题不在该活动发现的问题中';
  // Once registered, the petition is the matter: its helps are counted there, once (a 求助 one takes them).
  if (problem.outcome.kind === 'petition') return '该问题已登记为信访事项，帮扶救助请记在该信访事项上（求助类）';
  if (input.date < activity.date) return '救助日期不能早于活动日期';
  return null;
}

/** Totals of helps: 人次 and amount (fen). */
export interface HelpTotals {
  count: number;
  headcount: number;
  amountFen: number;
}

const emptyTotals = (): HelpTotals => ({ count: 0, headcount: 0, amountFen: 0 });

function bucket<K>(map: Map<K, HelpTotals>, key: K): HelpTotals {
  const found = map.get(key);
  if (found) return found;
  const fresh = emptyTotals();
  map.set(key, fresh);
  return fresh;
}

const add = (totals: HelpTotals, h: Pick<Help, 'headcount' | 'amountFen'>) => {
  totals.count += 1;
  totals.headcount += h.headcount;
  totals.amountFen += h.amountFen;
};

/**
 * The helps given in a period (days inclusive), in total, per kind and per unit (null: none recorded), each kind and
 * unit in the order first met in date order.
 */
export function helpTotals(
  helps: readonly Pick<Help, 'date' | 'kind' | 'unitId' | 'headcount' | 'amountFen'>[],
  period: StatPeriod,
): { total: HelpTotals; byKind: Map<string, HelpTotals>; byUnit: Map<string | null, HelpTotals> } {
  const total = emptyTotals();
  const byKind = new Map<string, HelpTotals>();
  const byUnit = new Map<string | null, HelpTotals>();
  const inPeriod = helps.filter((h) => h.date >= period.from && h.date <= period.to);
  for (const h of [...inPeriod].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))) {
    add(total, h);
    add(bucket(byKind, h.kind), h);
    add(bucket(byUnit, h.unitId), h);
  }
  return { total, byKind, byUnit };
}
