import { describe, expect, it } from 'vitest';
import { activityProblems } from '../../../../renderer/src/domain/outreach/activity';
import {
  noticePeriodName,
  noticeSchedule,
  notHeldYetProblem,
  receptionDayRegistrationProblems,
  receptionDaysOn,
  upcomingReceptionDays,
} from '../../../../renderer/src/domain/outreach/receptionDay';
import { DEFAULT_ACTIVITY_KINDS, DEFAULT_OUTREACH_KINDS } from '../../../../renderer/src/domain/outreach/types';
import { activity, activityInput } from './fixtures';

const TODAY = '2026-06-10';
const kinds = DEFAULT_OUTREACH_KINDS;
const day = (over: Parameters<typeof activity>[0] = {}) =>
  activity({ kind: '领导接待日', checked: [], headcount: 0, problems: [], ...over });
const scheduled = (over: Parameters<typeof activityInput>[0] = {}) =>
  activityInput({ kind: '领导接待日', checked: [], headcount: 0, problems: [], date: '2026-06-18', ...over });

describe('a reception day may be scheduled ahead; no other kind may', () => {
  it.each(DEFAULT_ACTIVITY_KINDS.filter((k) => k !== '领导接待日'))('a %s on a later day is refused', (kind) => {
    const input = activityInput({ kind, checked: [], date: '2026-06-11' });
    expect(activityProblems(input, kinds, TODAY).date).toBe('活动日期不能晚于今天');
  });

  it('a 领导接待日 a week ahead, with no 人次, 问卷 or problems yet, is accepted', () => {
    expect(activityProblems(scheduled(), kinds, TODAY)).toEqual({});
  });

  it('a 领导接待日 ahead that already claims 人次, 问卷 or problems is refused', () => {
    const said = '接待日尚未到来，覆盖人次、发放问卷和发现问题在接待当天之后填写';
    expect(activityProblems(scheduled({ headcount: 3 }), kinds, TODAY).date).toBe(said);
    expect(activityProblems(scheduled({ questionnaires: 1 }), kinds, TODAY).date).toBe(said);
    expect(activityProblems(scheduled({ problems: ['欠薪'] }), kinds, TODAY).date).toBe(said);
  });

  it('a 领导接待日 held today or before takes its 人次 and problems as any activity does', () => {
    expect(activityProblems(scheduled({ date: TODAY, headcount: 12, problems: ['欠薪'] }), kinds, TODAY)).toEqual({});
    expect(activityProblems(scheduled({ date: '2026-02-30' }), kinds, TODAY).date).toBe('活动日期无效');
  });

  it('problems are added to a scheduled day only once it has come', () => {
    expect(notHeldYetProblem({ date: '2026-06-18' }, TODAY)).toBe('该活动定于2026年6月18日，当天之后才能补充发现问题');
    expect(notHeldYetProblem({ date: TODAY }, TODAY)).toBeNull();
  });
});

describe('the days of the schedule and of the desk', () => {
  const days = [
    day({ id: 'd-3', seq: 3, date: '2026-06-25' }),
    day({ id: 'd-1', seq: 1, date: '2026-06-02' }),
    activity({ id: 'v-1', seq: 2, date: '2026-06-10' }),
    day({ id: 'd-2', seq: 4, date: '2026-06-10', unitId: 'unit-2' }),
    day({ id: 'd-4', seq: 5, date: '2026-06-10', place: '' }),
  ];

  it('upcoming: the reception days from today on, soonest first; past days and other kinds left out', () => {
    expect(upcomingReceptionDays(days, TODAY).map((a) => a.id)).toEqual(['d-2', 'd-4', 'd-3']);
  });

  it('the desk offers the reception days of the received day only', () => {
    expect(receptionDaysOn(days, '2026-06-10').map((a) => a.id)).toEqual(['d-2', 'd-4']);
    expect(receptionDaysOn(days, '2026-06-11')).toEqual([]);
  });

  it('the notice lists the days in the clerk’s period, in day order, at unit and place', () => {
    const names = new Map([
      ['unit-1-1-1', '综采一队'],
      ['unit-2', '选煤厂'],
    ]);
    expect(noticeSchedule(days, { from: '2026-06-10', to: '2026-06-30' }, (id) => names.get(id))).toEqual([
      { leader: '李矿长', date: '2026-06-10', place: '选煤厂 项目部会议室' },
      { leader: '李矿长', date: '2026-06-10', place: '综采一队' },
      { leader: '李矿长', date: '2026-06-25', place: '综采一队 项目部会议室' },
    ]);
  });

  it('names the period as the title says it', () => {
    expect(noticePeriodName({ from: '2026-12-01', to: '2026-12-31' })).toBe('2026年12月');
    expect(noticePeriodName({ from: '2026-10-01', to: '2026-12-31' })).toBe('2026年第四季度');
    expect(noticePeriodName({ from: '2026-01-01', to: '2026-12-31' })).toBe('2026年');
    expect(noticePeriodName({ from: '2026-12-07', to: '2027-01-15' })).toBe('2026年12月7日至2027年1月15日');
    // Whole months: the screen's default of this month and the next.
    expect(noticePeriodName({ from: '2026-06-01', to: '2026-07-31' })).toBe('2026年6月至7月');
    expect(noticePeriodName({ from: '2026-12-01', to: '2027-02-28' })).toBe('2026年12月至2027年2月');
    expect(noticePeriodName({ from: '2026-06-01', to: '2026-07-30' })).toBe('2026年6月1日至2026年7月30日');
  });
});

describe('registering on a reception day', () => {
  const on = { channel: '领导接待日' as const, receivedAt: '2026-06-02T09:30' };

  it('takes a 领导接待日 petition received on the day', () => {
    expect(receptionDayRegistrationProblems(day(), on)).toEqual([]);
  });

  it('refuses another channel, another day, and an activity that is no reception day', () => {
    expect(receptionDayRegistrationProblems(day(), { ...on, channel: '来访' })).toEqual([
      '在领导接待日登记的信访事项，来源渠道应为“领导接待日”',
    ]);
    expect(receptionDayRegistrationProblems(day(), { ...on, receivedAt: '2026-06-03T09:30' })).toEqual([
      '走〔2026〕1号的接待日是2026年6月2日，来访日期应为当天',
    ]);
    expect(receptionDayRegistrationProblems(activity(), on)).toEqual(['走〔2026〕1号不是领导接待日']);
  });
});
