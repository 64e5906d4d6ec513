import { addDays, daysBetween } from './dates';
import { dueState, handlingDue, type CaseClockFacts, type DeadlineRules, type DueStateLabel } from './deadlines';
import type { WorkCalendar } from './workCalendar';

/**
 * The 交办期限 in force on `today`: the day set at 交办, moved by as many days as a 延期 or 暂停计时 recorded after
 * the 交办 moved the case's 办理期限. A 交办期限 set to the case's 办理期限 (the form's default) thus follows it
 * exactly (2月3日 extended by 30 days → 3月5日); a shorter one keeps its margin. An extension or pause recorded
 * before the 交办 was already known when the day was set, and moves nothing. A case without the 60-day clock (not
 * 申诉求决, or not accepted) keeps the day as set.
 */
export function assignedDueInForce(
  assignedDue: string,
  assignedOn: string,
  facts: CaseClockFacts,
  rules: DeadlineRules,
  calendar: WorkCalendar,
  today: string,
): string {
  const now = handlingDue(facts, rules, calendar, today);
  if (!now) return assignedDue;
  const { extension, ...rest } = facts;
  const knownExtension = extension && extension.approvedAt.slice(0, 10) <= assignedOn ? { extension } : {};
  const pauses = (facts.pauses ?? [])
    .filter((pause) => pause.from < assignedOn)
    .map((pause) =>
      pause.to === undefined || pause.to >= assignedOn ? { ...pause, to: addDays(assignedOn, -1) } : pause,
    );
  const known = handlingDue({ ...rest, ...knownExtension, pauses }, rules, calendar, today);
  if (!known) return assignedDue;
  if (assignedDue === known) return now;
  const moved = daysBetween(known, now);
  return moved > 0 ? addDays(assignedDue, moved) : assignedDue;
}

/** The 交办期限 as the case page, the 督办台 and 我的案件 show it. */
export interface AssignedDeadline {
  due: string;
  state: DueStateLabel;
  /** Calendar days left, negative when late. */
  daysLeft: number;
  /** The unit it was given to, when the 交办 recorded its name. */
  unitName: string | null;
}

/**
 * The 交办期限 running on `today`: from the 交办 until the answer is recorded (答复) or the case leaves the office,
 * moved as assignedDueInForce moves it, 正常 / 临期 (within `dueSoonDays`) / 超期. Null when there is none.
 */
export function runningAssignedDue(
  facts: CaseClockFacts,
  rules: DeadlineRules,
  calendar: WorkCalendar,
  today: string,
  dueSoonDays = 3,
): AssignedDeadline | null {
  const assignment = facts.assignment;
  if (!assignment?.dueDate || facts.repliedAt || facts.closedAt) return null;
  const due = assignedDueInForce(assignment.dueDate, assignment.assignedAt.slice(0, 10), facts, rules, calendar, today);
  return { due, ...dueState(due, today, dueSoonDays), unitName: assignment.unitName || null };
}
