import { describe, expect, it } from 'vitest';
import { problemRiskDraft, problemRiskSource } from '../../../../renderer/src/domain/outreach/problemRisk';
import { activity } from './fixtures';

describe('纳入排查台账: the 挂号 a problem found opens with', () => {
  it('takes the problem, the activity’s unit and leader, and today; no screening', () => {
    const a = activity();
    const problem = a.problems[0];
    if (!problem) throw new Error('the fixture has a problem');
    expect(problemRiskDraft(a, problem, '2026-06-10')).toEqual({
      source: '走访座谈',
      screeningId: null,
      problem: '12名职工两个月工资未发',
      unitId: 'unit-1-1-1',
      registeredOn: '2026-06-10',
      leader: '李矿长',
    });
  });

  it('a forum’s problem was found at a 座谈会, any other activity’s on 走访座谈', () => {
    expect(problemRiskSource('座谈会')).toBe('座谈会');
    expect(['下访走访', '调研', '领导接待日', '夏送清凉'].map(problemRiskSource)).toEqual([
      '走访座谈',
      '走访座谈',
      '走访座谈',
      '走访座谈',
    ]);
  });
});
