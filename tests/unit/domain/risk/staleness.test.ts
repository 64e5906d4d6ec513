import { describe, expect, it } from 'vitest';
import { latestUpdateDay, updateState, workingDaysBetween } from '../../../../renderer/src/domain/risk/staleness';
import { addDays } from '../../../../renderer/src/domain/dates';
import type { RiskLevel } from '../../../../renderer/src/domain/risk/types';
import { createWorkCalendar } from '../../../../renderer/src/domain/workCalendar';

const calendar = createWorkCalendar();
/** A matter with update entries on these days, as the ledger keeps it (the latest day on the matter). */
const matter = (level: RiskLevel, registeredOn: string, days: string[] = [], today = '2099-12-31') => ({
  level,
  registeredOn,
  lastUpdatedOn: latestUpdateDay(
    days.map((day) => ({ day })),
    today,
  ),
});

// 2026 (State Council arrangement): 中秋 Fri 09-25 off; 国庆 10-01…10-07 off; Sun 09-20 and Sat 10-10 are working days.
describe('whether a matter is behind with its updates (每日一更新)', () => {
  it('does not count the 国庆 holiday against a 重大 matter, and counts the first working day after it', () => {
    const m = matter('重大', '2026-09-30');
    expect(updateState(m, '2026-10-08', calendar)).toMatchObject({ missedWorkingDays: 0, stale: false });
    expect(updateState(m, '2026-10-09', calendar)).toMatchObject({ missedWorkingDays: 1, stale: true });
  });

  it('counts a make-up working Saturday as a day the matter should have been updated', () => {
    const m = matter('重大', '2026-10-01', ['2026-10-09']);
    expect(updateState(m, '2026-10-12', calendar)).toMatchObject({
      lastDay: '2026-10-09',
      missedWorkingDays: 1,
      stale: true,
    });
  });

  it('lets a 重大 matter updated on Thursday rest over 中秋 and the weekend', () => {
    const m = matter('重大', '2026-09-21', ['2026-09-22', '2026-09-24']);
    expect(updateState(m, '2026-09-28', calendar)).toMatchObject({ missedWorkingDays: 0, stale: false });
  });

  it('gives a 一般 matter seven working days, counted across the holiday', () => {
    const m = matter('一般', '2026-09-28', []);
    // 09-29, 09-30, 10-08, 10-09, 10-10 (make-up): five.
    expect(updateState(m, '2026-10-12', calendar)).toMatchObject({ missedWorkingDays: 5, stale: false });
    // …then 10-12, 10-13, 10-14: eight.
    expect(updateState(m, '2026-10-15', calendar)).toMatchObject({ missedWorkingDays: 8, stale: true });
  });

  it('says when the matter was updated today, and ignores an entry dated after today', () => {
    const days = ['2026-06-03', '2026-06-10'];
    expect(updateState(matter('较大', '2026-06-01', days, '2026-06-03'), '2026-06-03', calendar)).toMatchObject({
      lastDay: '2026-06-03',
      updatedToday: true,
    });
    expect(latestUpdateDay([{ day: '2026-06-10' }, { day: '2026-06-03' }], '2026-06-09')).toBe('2026-06-03');
    // The matter says 06-10 (written while the clock was ahead); on 06-09 that entry is not counted.
    expect(updateState(matter('较大', '2026-06-01', days), '2026-06-09', calendar)).toMatchObject({
      lastDay: '2026-06-01',
      updatedToday: false,
    });
  });

  it('takes the thresholds from settings', () => {
    const m = matter('较大', '2026-06-01');
    expect(updateState(m, '2026-06-04', calendar).stale).toBe(false);
    expect(updateState(m, '2026-06-04', calendar, { 重大: 1, 较大: 2, 一般: 7 }).stale).toBe(true);
  });
});

describe('working days between two days, from the yearly tables', () => {
  it('equals a day-by-day count across years, holidays and make-up weekends, in any calendar', () => {
    const custom = createWorkCalendar({ 2027: { holidays: ['2027-01-04'], makeUpWorkdays: ['2027-01-09'] } });
    for (const calendar of [createWorkCalendar(), custom]) {
      const walk = (from: string, to: string) => {
        let n = 0;
        for (let day = from; day < to; day = addDays(day, 1)) if (calendar.isWorkingDay(day)) n += 1;
        return n;
      };
      for (const [from, to] of [
        ['2026-09-30', '2026-10-09'],
        ['2025-12-20', '2027-01-12'],
        ['2024-02-28', '2024-03-02'],
        ['2026-06-01', '2026-06-01'],
        ['2024-12-31', '2025-01-01'],
      ] as const)
        expect(workingDaysBetween(calendar, from, to), `${from}..${to}`).toBe(walk(from, to));
    }
  });
});
