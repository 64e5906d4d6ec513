import { describe, expect, it } from 'vitest';
import {
  calendarWarning,
  createWorkCalendar,
  hasOfficialArrangement,
  holidayArrangementError,
  type CustomArrangements,
} from '../../../renderer/src/domain/workCalendar';

/** An arrangement an office might type for 2031, a year chinese-days does not carry. */
const CUSTOM_2031: CustomArrangements = {
  2031: {
    holidays: ['2031-10-01', '2031-10-02', '2031-10-03', '2031-10-04', '2031-10-05', '2031-10-06', '2031-10-07'],
    makeUpWorkdays: ['2031-09-28', '2031-10-11'],
  },
};

describe('the State Council arrangement for 2026, as chinese-days carries it', () => {
  it.each([
    ['2026-10-01', false, 'National Day (Thursday) is a holiday'],
    ['2026-10-07', false, 'the last day of National Day leave (Wednesday) is a holiday'],
    ['2026-10-08', true, 'the Thursday after National Day is a working day'],
    ['2026-09-20', true, 'Sunday 20 September is a make-up working day'],
    ['2026-10-10', true, 'Saturday 10 October is a make-up working day'],
    ['2026-02-14', true, 'Saturday 14 February, before Spring Festival, is a make-up working day'],
    ['2026-02-23', false, 'Monday 23 February is still Spring Festival leave'],
    ['2026-02-24', true, 'Tuesday 24 February is the first working day after Spring Festival'],
    ['2026-02-28', true, 'Saturday 28 February is a make-up working day'],
    ['2026-06-28', false, 'an ordinary Sunday is a rest day'],
    ['2026-05-25', true, 'an ordinary Monday is a working day'],
  ])('%s is a working day: %s (%s)', (day, working) => {
    expect(createWorkCalendar().isWorkingDay(day)).toBe(working);
  });
});

describe('coverage', () => {
  it.each([
    [2004, 'official'],
    [2026, 'official'],
    [2003, 'fallback'],
    [2027, 'fallback'],
    [2031, 'fallback'],
  ] as const)('with no office arrangement, %i is %s', (year, coverage) => {
    expect(createWorkCalendar().coverage(year)).toBe(coverage);
  });

  it('a year the office entered reports custom', () => {
    expect(createWorkCalendar(CUSTOM_2031).coverage(2031)).toBe('custom');
  });

  it('the official arrangement wins over an office entry for a year chinese-days covers', () => {
    const calendar = createWorkCalendar({ 2026: { holidays: ['2026-05-25'], makeUpWorkdays: ['2026-06-28'] } });
    expect(calendar.coverage(2026)).toBe('official');
    expect(calendar.isWorkingDay('2026-05-25')).toBe(true);
    expect(calendar.isWorkingDay('2026-06-28')).toBe(false);
  });

  it('coverage is read from the data: 1 January carries 元旦 exactly in the years covered', () => {
    expect(hasOfficialArrangement(2026)).toBe(true);
    expect(hasOfficialArrangement(2027)).toBe(false);
  });
});

describe('a year without holiday data', () => {
  it.each([
    ['2031-10-01', true, 'National Day 2031 (Wednesday) counts as a working day'],
    ['2031-10-05', false, 'Sunday is a rest day'],
    ['2031-09-28', false, 'no make-up working Sunday is known'],
    ['2027-01-01', true, "New Year's Day 2027 (Friday) counts as a working day"],
  ])('falls back to weekends only: %s working = %s (%s)', (day, working) => {
    expect(createWorkCalendar().isWorkingDay(day)).toBe(working);
  });

  it.each([
    ['2031-10-01', false, 'an entered holiday is a rest day'],
    ['2031-10-06', false, 'an entered holiday on a Monday is a rest day'],
    ['2031-09-28', true, 'an entered make-up Sunday is a working day'],
    ['2031-10-11', true, 'an entered make-up Saturday is a working day'],
    ['2031-10-08', true, 'other weekdays stay working days'],
    ['2031-10-12', false, 'other weekends stay rest days'],
  ])('follows the office arrangement: %s working = %s (%s)', (day, working) => {
    expect(createWorkCalendar(CUSTOM_2031).isWorkingDay(day)).toBe(working);
  });

  it('is announced with a warning that tells the office what to do', () => {
    expect(calendarWarning(2027)).toBe('2027年节假日安排缺失，已按周末计算，请在设置中录入');
  });
});

describe('checking an arrangement typed in settings', () => {
  it.each([
    ['a complete arrangement', 2031, CUSTOM_2031[2031]!, null],
    [
      'a year the State Council arrangement already covers',
      2026,
      { holidays: [], makeUpWorkdays: [] },
      '2026年已有国务院公布的节假日安排，无需录入',
    ],
    [
      'a malformed day',
      2031,
      { holidays: ['2031-02-30'], makeUpWorkdays: [] },
      '日期“2031-02-30”格式应为“年-月-日”，如2026-05-01',
    ],
    [
      'a day of another year',
      2031,
      { holidays: ['2035-01-01'], makeUpWorkdays: [] },
      '日期“2035-01-01”不属于2031年的安排',
    ],
    [
      'a day both off and on',
      2031,
      { holidays: ['2031-10-11'], makeUpWorkdays: ['2031-10-11'] },
      '2031-10-11不能既是放假日又是调休上班日',
    ],
    [
      'a make-up day that is a weekday',
      2031,
      { holidays: [], makeUpWorkdays: ['2031-10-08'] },
      '调休上班日2031-10-08不是周末',
    ],
  ])('%s', (_name, year, arrangement, expected) => {
    expect(holidayArrangementError(year, arrangement)).toBe(expected);
  });
});
