import chineseDays from 'chinese-days';
import { parseLocalDate, weekday } from './dates';

// The default import: Node (scripts run with tsx) loads the package's CommonJS build, whose named exports it cannot see.
const { getDayDetail, isWorkday } = chineseDays;

/**
 * 工作日历: which days are working days (docs/domain.md §5). The State Council's yearly arrangement, including make-up
 * working weekends (调休), comes from `chinese-days` (2004–2026 in the installed version). For a year it does not
 * cover the office can enter the arrangement in settings; otherwise the calendar falls back to "Monday to Friday"
 * and says so, so the UI can warn that deadlines in that year ignore public holidays.
 */
export type CalendarCoverage = 'official' | 'custom' | 'fallback';

/** One year's arrangement as the office enters it: days off (放假) and make-up working weekend days (调休上班). */
export interface HolidayArrangement {
  holidays: string[];
  makeUpWorkdays: string[];
}

/** Office-entered arrangements by year (settings). */
export type CustomArrangements = Record<number, HolidayArrangement>;

export interface WorkCalendar {
  /** True on a working day; a make-up working weekend counts as one. */
  isWorkingDay(day: string): boolean;
  /** Where this year's arrangement comes from. */
  coverage(year: number): CalendarCoverage;
}

/**
 * chinese-days answers for any date, treating days it has no data for as plain weekdays/weekends, so coverage is
 * detected from the data itself: New Year's Day (元旦) is a statutory holiday every year and the package marks it in
 * every year it carries, while an uncovered year reports 1 January under its weekday name.
 */
export function hasOfficialArrangement(year: number): boolean {
  return getDayDetail(`${year}-01-01`).name.includes('元旦');
}

/** The banner shown when a deadline runs through a year without an arrangement. */
export function calendarWarning(year: number): string {
  return `${year}年节假日安排缺失，已按周末计算，请在设置中录入`;
}

function isWeekday(day: string): boolean {
  const d = weekday(day);
  return d !== 0 && d !== 6;
}

/**
 * Official data wins for the years chinese-days covers (the State Council's arrangement is not an office's choice);
 * an office arrangement applies to any other year; every remaining year is weekends only. Answers are memoised
 * because the 督办 board asks about the same few hundred days for every open case.
 */
export function createWorkCalendar(custom: CustomArrangements = {}): WorkCalendar {
  const customHolidays = new Set<string>();
  const customWorkdays = new Set<string>();
  for (const arrangement of Object.values(custom)) {
    arrangement.holidays.forEach((d) => customHolidays.add(d));
    arrangement.makeUpWorkdays.forEach((d) => customWorkdays.add(d));
  }
  const coverageByYear = new Map<number, CalendarCoverage>();
  const answers = new Map<string, boolean>();

  function coverage(year: number): CalendarCoverage {
    let known = coverageByYear.get(year);
    if (known === undefined) {
      known = hasOfficialArrangement(year) ? 'official' : year in custom ? 'custom' : 'fallback';
      coverageByYear.set(year, known);
    }
    return known;
  }

  function compute(day: string): boolean {
    const source = coverage(Number(day.slice(0, 4)));
    if (source === 'official') return isWorkday(day);
    // An office arrangement may list a day of the neighbouring year (元旦 leave starting on 31 December).
    if (customWorkdays.has(day)) return true;
    if (customHolidays.has(day)) return false;
    return isWeekday(day);
  }

  return {
    coverage,
    isWorkingDay(day) {
      let answer = answers.get(day);
      if (answer === undefined) {
        answer = compute(day);
        answers.set(day, answer);
      }
      return answer;
    },
  };
}

/** Checks an arrangement typed in settings; a Chinese message for the first problem, or null. */
export function holidayArrangementError(year: number, arrangement: HolidayArrangement): string | null {
  if (!Number.isInteger(year) || year < 2000 || year > 2100) return '年份应在2000年至2100年之间';
  if (hasOfficialArrangement(year)) return `${year}年已有国务院公布的节假日安排，无需录入`;
  for (const day of [...arrangement.holidays, ...arrangement.makeUpWorkdays]) {
    if (!parseLocalDate(day)) return `日期“${day}”格式应为“年-月-日”，如2026-05-01`;
    if (Math.abs(Number(day.slice(0, 4)) - year) > 1) return `日期“${day}”不属于${year}年的安排`;
  }
  const both = arrangement.holidays.find((d) => arrangement.makeUpWorkdays.includes(d));
  if (both) return `${both}不能既是放假日又是调休上班日`;
  const weekdayMakeUp = arrangement.makeUpWorkdays.find(isWeekday);
  if (weekdayMakeUp) return `调休上班日${weekdayMakeUp}不是周末`;
  return null;
}
