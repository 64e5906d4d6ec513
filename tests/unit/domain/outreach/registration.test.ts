import { describe, expect, it } from 'vitest';
import { emptyRegistration } from '../../../../renderer/src/domain/registration';
import {
  problemChannel,
  problemToRegisterProblem,
  registrationFromActivityProblem,
  registrationOnReceptionDay,
} from '../../../../renderer/src/domain/outreach/registration';
import { activity } from './fixtures';

const blank = emptyRegistration(new Date(2026, 5, 3, 9, 0));

describe('登记为信访事项 from an activity’s problem', () => {
  it('takes the channel the activity’s kind implies', () => {
    expect(problemChannel('下访走访')).toBe('下访发现');
    expect(problemChannel('调研')).toBe('下访发现');
    expect(problemChannel('座谈会')).toBe('座谈会');
    expect(problemChannel('领导接待日')).toBe('领导接待日');
  });

  it('fills the summary with the problem and the unit with the activity’s, leaving the people to the clerk', () => {
    const start = registrationFromActivityProblem(activity(), 'p-1', blank);
    expect(start).toMatchObject({ channel: '下访发现', summary: '12名职工两个月工资未发', unitId: 'unit-1-1-1' });
    expect(start.petitioners).toEqual(blank.petitioners);
    expect(start.receivedAt).toBe(blank.receivedAt);
  });

  it('refuses a problem no longer on the activity or already dealt with', () => {
    expect(problemToRegisterProblem(activity(), 'p-1')).toBeNull();
    expect(problemToRegisterProblem(activity(), 'p-9')).toBe('走〔2026〕1号中已没有该问题');
    const solved = activity({
      problems: [{ id: 'p-1', text: '工资', outcome: { kind: 'closed', note: '已补发', on: '2026-06-02' } }],
    });
    expect(problemToRegisterProblem(solved, 'p-1')).toBe('走〔2026〕1号的该问题已处理，不能再登记为信访事项');
  });
});

describe('登记来访 on a reception day', () => {
  it('opens with channel 领导接待日, received now when the day is today, else on the day at this hour', () => {
    expect(registrationOnReceptionDay(blank, '2026-06-03')).toMatchObject({
      channel: '领导接待日',
      receivedAt: blank.receivedAt,
    });
    expect(registrationOnReceptionDay(blank, '2026-06-01').receivedAt).toBe('2026-06-01T09:00');
  });
});
