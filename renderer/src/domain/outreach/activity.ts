import { parseLocalDate } from '../dates';
import type { Channel } from '../types';
import { countProblem, OUTREACH_TEXT_LIMITS as LIMITS, textProblem } from './text';
import { scheduledDayProblem } from './receptionDay';
import type { Activity, ActivityProblem, OutreachKind, ProblemOutcome } from './types';

/** What the clerk types to record an activity; the problems found are listed as text, each still open. */
export type ActivityInput = Pick<
  Activity,
  'kind' | 'date' | 'unitId' | 'place' | 'leader' | 'group' | 'headcount' | 'checked' | 'questionnaires' | 'notes'
> & { problems: string[] };

/** The most problems one activity lists (seed 000: 72 found by 13 groups). */
export const MAX_PROBLEMS = 200;

/** Why this activity cannot be recorded, per field, in the clerk's words; empty when it can. */
export function activityProblems(
  input: ActivityInput,
  kinds: readonly OutreachKind[],
  today: string,
): Partial<Record<keyof ActivityInput, string>> {
  const problems: Partial<Record<keyof ActivityInput, string>> = {};
  const put = (field: keyof ActivityInput, problem: string | null) => {
    if (problem && !problems[field]) problems[field] = problem;
  };
  const kind = kinds.find((k) => k.kind === input.kind);
  if (!kind) put('kind', '请选择活动类型');
  // A reception day may be scheduled ahead (docs/domain.md §10); any other activity is recorded once held.
  put('date', parseLocalDate(input.date) === null ? '活动日期无效' : scheduledDayProblem(input, today));
  if (!input.unitId) put('unitId', '请选择活动单位');
  put('place', textProblem(input.place, '活动地点', LIMITS.place, false));
  put('leader', textProblem(input.leader, '带队领导', LIMITS.name, true));
  put('group', textProblem(input.group, '参加人员', LIMITS.text, false));
  put('headcount', countProblem(input.headcount, '覆盖人次'));
  put('questionnaires', countProblem(input.questionnaires, '发放问卷数'));
  put('notes', textProblem(input.notes, '活动情况', LIMITS.text, false));
  if (kind) {
    const unknown = input.checked.filter((item) => !kind.checklist.includes(item));
    if (unknown.length > 0) put('checked', `“${input.kind}”的检查内容中没有：${unknown.join('、')}`);
  }
  if (new Set(input.checked).size !== input.checked.length) put('checked', '检查内容有重复');
  put('problems', newProblemsProblem(input.problems, 0));
  return problems;
}

/** Why these problems cannot be added to the `alreadyFound` an activity lists: empty text, too long, too many. */
export function newProblemsProblem(texts: readonly string[], alreadyFound: number): string | null {
  if (alreadyFound + texts.length > MAX_PROBLEMS) return `发现问题不能超过${MAX_PROBLEMS}条`;
  for (const [i, text] of texts.entries()) {
    const problem = textProblem(text, `第${alreadyFound + i + 1}条发现问题`, LIMITS.text, true);
    if (problem) return problem;
  }
  return null;
}

/**
 * Why this problem cannot take this outcome, in the clerk's words; empty when it can. Only an open problem takes
 * one (a petition or a ledger matter once opened is worked there, and a note closed on the spot stays closed), on a
 * day from the activity to today; closed on the spot needs what was done.
 */
export function problemOutcomeProblems(
  activity: Activity,
  problemId: string,
  outcome: ProblemOutcome,
  today: string,
): string[] {
  const notOpen = notOpenProblem(activity, problemId);
  if (notOpen) return [notOpen];
  if (outcome.kind === 'open') return ['请选择处理结果'];
  const problems: string[] = [];
  if (outcome.kind === 'petition' && !outcome.petitionId) problems.push('请选择转为的信访事项');
  if (outcome.kind === 'risk' && !outcome.riskMatterId) problems.push('请选择纳入的排查台账事项');
  if (outcome.kind === 'closed') {
    const note = textProblem(outcome.note, '解决情况', LIMITS.text, true);
    if (note) problems.push(note);
  }
  if (parseLocalDate(outcome.on) === null) problems.push('处理日期无效');
  else if (outcome.on < activity.date) problems.push('处理日期不能早于活动日期');
  else if (outcome.on > today) problems.push('处理日期不能晚于今天');
  return problems;
}

function notOpenProblem(activity: Activity, problemId: string): string | null {
  const problem = activity.problems.find((p) => p.id === problemId);
  if (!problem) return '该问题已不存在，请刷新后重试';
  return problem.outcome.kind === 'open' ? null : `该问题已${PROBLEM_DONE[problem.outcome.kind]}，不能再改变处理结果`;
}

/** The channels of a petition registered from a problem an activity found (docs/domain.md §2). */
export const PROBLEM_CHANNELS: readonly Channel[] = ['下访发现', '座谈会', '领导接待日'];

/**
 * Why a petition cannot be registered from this problem (in one step, db/petitions.ts): the problem must still be
 * open, and the petition come in by 下访发现, 座谈会 or 领导接待日.
 */
export function problemRegistrationProblems(activity: Activity, problemId: string, channel: Channel): string[] {
  const problems: string[] = [];
  const notOpen = notOpenProblem(activity, problemId);
  if (notOpen) problems.push(notOpen);
  if (!PROBLEM_CHANNELS.includes(channel))
    problems.push(`由${activity.activityNo}发现的问题登记的信访事项，来源渠道应为“${PROBLEM_CHANNELS.join('”“')}”之一`);
  return problems;
}

const PROBLEM_DONE: Record<Exclude<ProblemOutcome['kind'], 'open'>, string> = {
  petition: '转为信访事项',
  risk: '纳入排查台账',
  closed: '当场解决',
};

/** New problems from typed text, each still open. */
export function openProblems(texts: readonly string[], newId: () => string): ActivityProblem[] {
  return texts.map((text) => ({ id: newId(), text: text.trim(), outcome: { kind: 'open' } }));
}

/** The petitions and ledger matters an activity's problems became (its indexed links), each once. */
export function problemLinks(problems: readonly ActivityProblem[]): Pick<Activity, 'petitionIds' | 'riskMatterIds'> {
  const petitionIds = new Set<string>();
  const riskMatterIds = new Set<string>();
  for (const { outcome } of problems) {
    if (outcome.kind === 'petition') petitionIds.add(outcome.petitionId);
    if (outcome.kind === 'risk') riskMatterIds.add(outcome.riskMatterId);
  }
  return { petitionIds: [...petitionIds], riskMatterIds: [...riskMatterIds] };
}
