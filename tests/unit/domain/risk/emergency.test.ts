import { describe, expect, it } from 'vitest';
import { arrivalDeadline, arrivalState, DEFAULT_ARRIVAL_LIMITS } from '../../../../renderer/src/domain/risk/emergency';

describe('突发信访事件: leaders on the scene within the limit of where the group is', () => {
  it('gives seed 004’s limits: 1 h in the city or the provincial capital, 2 h elsewhere, 6 h in Beijing', () => {
    expect(arrivalDeadline('2026-06-10T09:15', '本市单位')).toBe('2026-06-10T10:15');
    expect(arrivalDeadline('2026-06-10T09:15', '省内其他')).toBe('2026-06-10T11:15');
    expect(arrivalDeadline('2026-06-10T21:30', '赴京')).toBe('2026-06-11T03:30');
  });

  it('runs a live clock while nobody has arrived, then counts the minutes past the limit', () => {
    expect(arrivalState('2026-06-10T09:00', '赴京', null, '2026-06-10T13:20')).toEqual({
      state: '等待到场',
      deadline: '2026-06-10T15:00',
      minutesLeft: 100,
    });
    expect(arrivalState('2026-06-10T09:00', '赴京', null, '2026-06-10T15:45')).toEqual({
      state: '已超时未到场',
      deadline: '2026-06-10T15:00',
      minutesLate: 45,
    });
  });

  it('records an arrival at the limit as on time and one after it as late, with the minutes', () => {
    expect(arrivalState('2026-06-10T09:00', '市外', '2026-06-10T11:00', '2026-06-10T12:00').state).toBe('按时到场');
    expect(arrivalState('2026-06-10T09:00', '赴京', '2026-06-10T16:10', '2026-06-10T17:00')).toEqual({
      state: '迟到',
      deadline: '2026-06-10T15:00',
      minutesLate: 70,
    });
  });

  it('takes the office’s own limits, and refuses an arrival before the report or a malformed time', () => {
    const limits = { ...DEFAULT_ARRIVAL_LIMITS, 本市单位: 0.5 };
    expect(arrivalDeadline('2026-06-10T09:00', '本市单位', limits)).toBe('2026-06-10T09:30');
    expect(() => arrivalState('2026-06-10T09:00', '本市单位', '2026-06-10T08:50', '2026-06-10T10:00')).toThrow(
      '到场时间不能早于报告时间',
    );
    expect(() => arrivalDeadline('2026-06-31T09:00', '赴京')).toThrow('不是有效的时间');
  });
});
