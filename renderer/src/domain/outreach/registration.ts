import type { RegistrationInput } from '../registration';
import type { Channel } from '../types';
import { RECEPTION_DAY_CHANNEL } from './receptionDay';
import type { Activity } from './types';

/**
 * The channel a petition registered from an activity's problem comes in by (docs/domain.md §2): found at a forum
 * 座谈会, on a leader's reception day 领导接待日, on any other visit 下访发现.
 */
export function problemChannel(kind: string): Channel {
  if (kind === '座谈会') return '座谈会';
  if (kind === '领导接待日') return '领导接待日';
  return '下访发现';
}

/**
 * 登记为信访事项 (docs/domain.md §10): the registration form opens with what the activity knows of the problem — its
 * text as the summary, the activity's unit, the channel its kind implies. The people, the category and the rest are
 * the clerk's: an activity names no petitioner.
 */
export function registrationFromActivityProblem(
  activity: Activity,
  problemId: string,
  blank: RegistrationInput,
): RegistrationInput {
  const problem = activity.problems.find((p) => p.id === problemId);
  return {
    ...blank,
    channel: problemChannel(activity.kind),
    summary: problem?.text ?? '',
    unitId: activity.unitId,
  };
}

/** Why this problem cannot be registered now, or null: it must still be on the activity and open. */
export function problemToRegisterProblem(activity: Activity, problemId: string): string | null {
  const problem = activity.problems.find((p) => p.id === problemId);
  if (!problem) return `${activity.activityNo}中已没有该问题`;
  return problem.outcome.kind === 'open' ? null : `${activity.activityNo}的该问题已处理，不能再登记为信访事项`;
}

/**
 * 登记来访 on a reception day (docs/domain.md §10): the form opens with channel 领导接待日, received on the day — now
 * when the day is today, else the day at the hour the desk opened the form (the clerk corrects the time).
 */
export function registrationOnReceptionDay(blank: RegistrationInput, day: string): RegistrationInput {
  const receivedAt = blank.receivedAt.startsWith(day) ? blank.receivedAt : `${day}${blank.receivedAt.slice(10)}`;
  return { ...blank, channel: RECEPTION_DAY_CHANNEL, receivedAt };
}
