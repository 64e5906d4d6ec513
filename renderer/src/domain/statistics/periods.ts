import { addDays, daysBetween, isRealDate, parseLocalDate } from '../dates';
import type { PeriodKind, StatPeriod } from './types';

const pad = (n: number) => String(n).padStart(2, '0');
const lastDayOfMonth = (year: number, month: number) => new Date(year, month, 0).getDate();

export function monthPeriod(year: number, month: number): StatPeriod {
  return { from: `${year}-${pad(month)}-01`, to: `${year}-${pad(month)}-${pad(lastDayOfMonth(year, month))}` };
}

/** quarter 1–4. */
export function quarterPeriod(year: number, quarter: number): StatPeriod {
  const first = (quarter - 1) * 3 + 1;
  return { from: monthPeriod(year, first).from, to: monthPeriod(year, first + 2).to };
}

export function yearPeriod(year: number): StatPeriod {
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}

const yearOf = (day: string) => Number(day.slice(0, 4));
const monthOf = (day: string) => Number(day.slice(5, 7));

/** The month, quarter or year that contains `day`. */
export function periodContaining(kind: Exclude<PeriodKind, 'custom'>, day: string): StatPeriod {
  const year = yearOf(day);
  if (kind === 'year') return yearPeriod(year);
  if (kind === 'quarter') return quarterPeriod(year, Math.ceil(monthOf(day) / 3));
  return monthPeriod(year, monthOf(day));
}

/** Month `month` of `year` moved by `delta` months. */
function shiftMonth(year: number, month: number, delta: number): [number, number] {
  const index = year * 12 + (month - 1) + delta;
  return [Math.floor(index / 12), (index % 12) + 1];
}

/**
 * 环比's base: the month, quarter or year before; for a custom period, the same number of days just before it.
 * Month, quarter and year are read from period.from.
 */
export function previousPeriod(period: StatPeriod, kind: PeriodKind): StatPeriod {
  const year = yearOf(period.from);
  const month = monthOf(period.from);
  if (kind === 'year') return yearPeriod(year - 1);
  if (kind === 'quarter') {
    const [y, m] = shiftMonth(year, month, -3);
    return quarterPeriod(y, Math.ceil(m / 3));
  }
  if (kind === 'month') return monthPeriod(...shiftMonth(year, month, -1));
  const length = daysBetween(period.from, period.to) + 1;
  return { from: addDays(period.from, -length), to: addDays(period.from, -1) };
}

/** The same day a year earlier; 29 February becomes 28 February. */
function dayAYearEarlier(day: string): string {
  const year = yearOf(day) - 1;
  const month = monthOf(day);
  const d = Number(day.slice(8, 10));
  return `${year}-${pad(month)}-${pad(isRealDate(year, month, d) ? d : lastDayOfMonth(year, month))}`;
}

/** 同比's base: the same month, quarter or year a year earlier; a custom period moved back by a year. */
export function samePeriodLastYear(period: StatPeriod, kind: PeriodKind): StatPeriod {
  if (kind === 'custom') return { from: dayAYearEarlier(period.from), to: dayAYearEarlier(period.to) };
  return periodContaining(kind, dayAYearEarlier(period.from));
}

/** Why a period cannot be used, in Chinese, or null. */
export function periodError(period: StatPeriod): string | null {
  if (!parseLocalDate(period.from)) return '统计起始日期应为有效日期（YYYY-MM-DD）';
  if (!parseLocalDate(period.to)) return '统计截止日期应为有效日期（YYYY-MM-DD）';
  if (period.from > period.to) return '统计起始日期不能晚于截止日期';
  return null;
}
