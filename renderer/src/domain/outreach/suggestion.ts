import { parseLocalDate } from '../dates';
import { dayProblem, OUTREACH_TEXT_LIMITS as LIMITS, textProblem } from './text';
import { FEEDBACK_WAYS, type FeedbackWay, type Suggestion, type SuggestionStatus } from './types';

/** What the clerk types to record a suggestion; number, status and answer are the ledger's. */
export type SuggestionInput = Pick<
  Suggestion,
  'topic' | 'text' | 'proposer' | 'activityId' | 'unitId' | 'collectedOn' | 'department' | 'measure' | 'deadline'
>;

/** Why this suggestion cannot be recorded, per field, in the clerk's words; empty when it can. */
export function suggestionProblems(
  input: SuggestionInput,
  today: string,
): Partial<Record<keyof SuggestionInput | 'proposerName' | 'proposerPhone', string>> {
  const problems: Partial<Record<keyof SuggestionInput | 'proposerName' | 'proposerPhone', string>> = {};
  const put = (field: keyof typeof problems, problem: string | null) => {
    if (problem && !problems[field]) problems[field] = problem;
  };
  put('topic', textProblem(input.topic, '建议主题', LIMITS.topic, true));
  put('text', textProblem(input.text, '建议内容', LIMITS.text, true));
  if (input.proposer) {
    put('proposerName', textProblem(input.proposer.name, '建议人姓名', LIMITS.name, true));
    put('proposerPhone', textProblem(input.proposer.phone, '联系电话', 20, false));
  }
  put('collectedOn', dayProblem(input.collectedOn, '征集日期', today));
  put('department', textProblem(input.department, '责任部门', LIMITS.department, false));
  put('measure', textProblem(input.measure, '落实措施', LIMITS.text, false));
  if (input.deadline !== null) {
    if (parseLocalDate(input.deadline) === null) put('deadline', '完成时限无效');
    else if (input.deadline < input.collectedOn) put('deadline', '完成时限不能早于征集日期');
  }
  return problems;
}

/** The status changes a suggestion allows: 已答复 is where it ends (a new point raised is a new suggestion). */
export const SUGGESTION_TRANSITIONS: Record<SuggestionStatus, readonly SuggestionStatus[]> = {
  未答复: ['跟进中', '已答复'],
  跟进中: ['已答复'],
  已答复: [],
};

/** 跟进中: the department that works on it, what it does, and by when. */
export interface FollowUpChange {
  to: '跟进中';
  department: string;
  measure: string;
  deadline: string;
  day: string;
}

/** 已答复: the answer, its day, and how it reached the workers. */
export interface AnswerChange {
  to: '已答复';
  answer: string;
  answeredOn: string;
  feedbackWay: FeedbackWay;
}

export type SuggestionChange = FollowUpChange | AnswerChange;

/** Why this status change cannot be recorded, in the clerk's words; empty when it can. */
export function suggestionChangeProblems(s: Suggestion, change: SuggestionChange, today: string): string[] {
  if (!SUGGESTION_TRANSITIONS[s.status].includes(change.to))
    return [`${s.suggestionNo}${s.status === '已答复' ? '已答复' : `处于“${s.status}”`}，不能改为“${change.to}”`];
  const problems: (string | null)[] = [];
  const after = (day: string, label: string) => {
    const problem = dayProblem(day, label, today);
    if (problem) return problem;
    if (day < s.collectedOn) return `${label}不能早于征集日期`;
    if (s.followUpOn && day < s.followUpOn) return `${label}不能早于转入跟进的日期`;
    return null;
  };
  if (change.to === '跟进中') {
    problems.push(
      textProblem(change.department, '责任部门', LIMITS.department, true),
      textProblem(change.measure, '落实措施', LIMITS.text, true),
      after(change.day, '转入跟进日期'),
    );
    if (parseLocalDate(change.deadline) === null) problems.push('请填写完成时限');
    else if (change.deadline < s.collectedOn) problems.push('完成时限不能早于征集日期');
  } else {
    problems.push(
      textProblem(change.answer, '答复内容', LIMITS.text, true),
      after(change.answeredOn, '答复日期'),
      FEEDBACK_WAYS.includes(change.feedbackWay) ? null : '请选择反馈方式',
    );
  }
  return problems.filter((p): p is string => p !== null);
}

/** The suggestion after the change (checked by suggestionChangeProblems first). */
export function applySuggestionChange(s: Suggestion, change: SuggestionChange): Suggestion {
  if (change.to === '跟进中')
    return {
      ...s,
      status: '跟进中',
      department: change.department.trim(),
      measure: change.measure.trim(),
      deadline: change.deadline,
      followUpOn: change.day,
    };
  return {
    ...s,
    status: '已答复',
    answer: change.answer.trim(),
    answeredOn: change.answeredOn,
    feedbackWay: change.feedbackWay,
  };
}

/** A suggestion's status as it stood at the end of `day`: what the counts of a past period read. */
export function suggestionStatusOn(
  s: Pick<Suggestion, 'collectedOn' | 'followUpOn' | 'answeredOn'>,
  day: string,
): SuggestionStatus | null {
  if (s.collectedOn > day) return null;
  if (s.answeredOn !== null && s.answeredOn <= day) return '已答复';
  if (s.followUpOn !== null && s.followUpOn <= day) return '跟进中';
  return '未答复';
}

/** Past its 完成时限 and still unanswered on `today` (the 督办台 lists it). */
export function suggestionOverdue(s: Pick<Suggestion, 'status' | 'deadline'>, today: string): boolean {
  return s.status !== '已答复' && s.deadline !== null && s.deadline < today;
}
