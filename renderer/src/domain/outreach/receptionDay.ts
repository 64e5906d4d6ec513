import { formatChineseDate } from '../dates';
import { monthPeriod, quarterPeriod, yearPeriod } from '../statistics/periods';
import type { StatPeriod } from '../statistics/types';
import { isConfidential } from '../access/confidential';
import type { Channel, Petition } from '../types';
import type { Activity } from './types';

/**
 * 领导接待日 (docs/domain.md §10): a leader's reception day is an activity of this kind. Unlike the other kinds it is
 * put on the schedule ahead of its day (the notice announces it), and the petitions registered on the day link to it.
 */
export const RECEPTION_DAY_KIND = '领导接待日';

/** The channel of a petition registered on a reception day (docs/domain.md §2). */
export const RECEPTION_DAY_CHANNEL: Channel = '领导接待日';

export const isReceptionDay = (activity: Pick<Activity, 'kind'>): boolean => activity.kind === RECEPTION_DAY_KIND;

/**
 * Why an activity's day cannot be recorded, or null. Only a reception day may lie ahead (it is scheduled), and then
 * nothing it would reach or find can have happened yet: no 人次, 问卷 or problems.
 */
export function scheduledDayProblem(
  input: Pick<Activity, 'kind' | 'date' | 'headcount' | 'questionnaires'> & { problems: readonly string[] },
  today: string,
): string | null {
  if (input.date <= today) return null;
  if (!isReceptionDay(input)) return '活动日期不能晚于今天';
  if (input.headcount > 0 || input.questionnaires > 0 || input.problems.length > 0)
    return '接待日尚未到来，覆盖人次、发放问卷和发现问题在接待当天之后填写';
  return null;
}

/** Why problems cannot be added to this activity yet: a reception day scheduled ahead has found nothing. */
export function notHeldYetProblem(activity: Pick<Activity, 'date'>, today: string): string | null {
  return activity.date > today ? `该活动定于${formatChineseDate(activity.date)}，当天之后才能补充发现问题` : null;
}

/** The reception days from `today` on, soonest first (the 接待日安排 tab). */
export function upcomingReceptionDays(activities: readonly Activity[], today: string): Activity[] {
  return activities
    .filter((a) => isReceptionDay(a) && a.date >= today)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.seq - b.seq));
}

/** The reception days held on `day` ('YYYY-MM-DD'): those a petition received that day may be registered on. */
export const receptionDaysOn = (activities: readonly Activity[], day: string): Activity[] =>
  activities.filter((a) => isReceptionDay(a) && a.date === day);

/**
 * Why a petition cannot be registered on this reception day (db/petitions.ts, inside the registering transaction):
 * the activity must be a reception day, and the petition come in by 领导接待日 on that very day. (Its summary is
 * appended to the day as the problem it became, so the day must also have room for one more: activity.ts.)
 */
export function receptionDayRegistrationProblems(
  day: Activity,
  registration: { channel: Channel; receivedAt: string },
): string[] {
  const problems: string[] = [];
  if (!isReceptionDay(day)) problems.push(`${day.activityNo}不是领导接待日`);
  if (registration.channel !== RECEPTION_DAY_CHANNEL)
    problems.push(`在领导接待日登记的信访事项，来源渠道应为“${RECEPTION_DAY_CHANNEL}”`);
  if (registration.receivedAt.slice(0, 10) !== day.date)
    problems.push(`${day.activityNo}的接待日是${formatChineseDate(day.date)}，来访日期应为当天`);
  return problems;
}

/**
 * Why a reception day's facts cannot change so (updateActivity), or null: once petitions were registered on it, its
 * day and kind are what they were registered on — moving either would leave them linked to a day they did not come on.
 */
export function receptionDayChangeProblem(
  current: Pick<Activity, 'kind' | 'date' | 'activityNo'>,
  registeredOnIt: number,
  next: Pick<Activity, 'kind' | 'date'>,
): string | null {
  if (!isReceptionDay(current) || registeredOnIt === 0) return null;
  if (next.kind === current.kind && next.date === current.date) return null;
  return `已有${registeredOnIt}件信访事项在${current.activityNo}登记，不能更改接待日的日期或类型`;
}

/**
 * Why a petition registered on a reception day cannot be corrected so (db/corrections.ts), or null: it keeps the
 * channel 领导接待日 and that day's date, as when it was registered on it.
 */
export function correctionOffReceptionDay(
  day: Activity,
  corrected: { channel: Channel; receivedAt: string },
): string | null {
  const problems = receptionDayRegistrationProblems(day, corrected);
  return problems.length === 0 ? null : `该信访事项在领导接待日${day.activityNo}登记：${problems.join('；')}`;
}

/** One row of the notice's schedule (documents/outreach/receptionNotice.ts prints it). */
export interface ScheduledReceptionDay {
  leader: string;
  date: string;
  place: string;
}

/**
 * The notice's schedule: the reception days in the period, day order, each at its unit and place as the office
 * wrote them (「综采一队 会议室」); `unitName` gives a unit's name.
 */
export function noticeSchedule(
  activities: readonly Activity[],
  period: StatPeriod,
  unitName: (unitId: string) => string | undefined,
): ScheduledReceptionDay[] {
  return activities
    .filter((a) => isReceptionDay(a) && a.date >= period.from && a.date <= period.to)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.seq - b.seq))
    .map((a) => ({
      leader: a.leader,
      date: a.date,
      place: [unitName(a.unitId) ?? '', a.place].filter((part) => part.trim() !== '').join(' '),
    }));
}

const QUARTER_NAMES = ['一', '二', '三', '四'] as const;
const same = (a: StatPeriod, b: StatPeriod) => a.from === b.from && a.to === b.to;

/**
 * The period as the notice's title says it: 「2026年12月」 for a whole month, 「2026年第四季度」 for a whole quarter,
 * 「2026年」 for a whole year, 「2026年6月至7月」 or 「2026年12月至2027年2月」 for whole months, else
 * 「2026年12月7日至2027年1月15日」.
 */
export function noticePeriodName(period: StatPeriod): string {
  const year = Number(period.from.slice(0, 4));
  const month = Number(period.from.slice(5, 7));
  if (same(period, yearPeriod(year))) return `${year}年`;
  const quarter = Math.ceil(month / 3);
  if (same(period, quarterPeriod(year, quarter))) return `${year}年第${QUARTER_NAMES[quarter - 1]}季度`;
  if (same(period, monthPeriod(year, month))) return `${year}年${month}月`;
  const lastYear = Number(period.to.slice(0, 4));
  const lastMonth = Number(period.to.slice(5, 7));
  if (period.from.endsWith('-01') && monthPeriod(lastYear, lastMonth).to === period.to)
    return `${year}年${month}月至${lastYear === year ? '' : `${lastYear}年`}${lastMonth}月`;
  return `${formatChineseDate(period.from)}至${formatChineseDate(period.to)}`;
}

/**
 * How a petition registered on a 领导接待日 stands among the day's problems: by its number, never its summary, which
 * may name people and is read by every 走出去 reader, a 党支部 and the 审计员; a 保密 matter (检举控告 or marked) not
 * even by its number (docs/security.md). The day's page lists the visits from the ledger, masked per account.
 */
export function receptionDayProblemText(petition: Pick<Petition, 'regNo' | 'nature' | 'confidential'>): string {
  return isConfidential(petition) ? '来访登记（保密事项）' : `来访登记，信访事项${petition.regNo}`;
}
