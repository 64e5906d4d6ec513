import {
  previousPeriod,
  quarterPeriod,
  samePeriodLastYear,
  yearPeriod,
  type StatPeriod,
} from '../../domain/statistics';
import type { ReportPeriod } from '../../domain/reportDraft';

const QUARTER_NAMES = ['一', '二', '三', '四'] as const;

/** '第二季度' */
export function quarterName(quarter: number): string {
  return `第${QUARTER_NAMES[quarter - 1] ?? quarter}季度`;
}

/** '2026年第二季度' or '2026年度'. */
export function periodLabel(period: ReportPeriod): string {
  return period.kind === 'quarter' ? `${period.year}年${quarterName(period.quarter)}` : `${period.year}年度`;
}

/** How the report store keys a period: '2026-Q2' or '2026'. */
export function periodKey(period: ReportPeriod): string {
  return period.kind === 'quarter' ? `${period.year}-Q${period.quarter}` : String(period.year);
}

/** periodKey read back; null when it is not one. */
export function parsePeriodKey(key: string): ReportPeriod | null {
  const quarter = /^(\d{4})-Q([1-4])$/.exec(key);
  if (quarter) return { kind: 'quarter', year: Number(quarter[1]), quarter: Number(quarter[2]) };
  return /^\d{4}$/.test(key) ? { kind: 'year', year: Number(key) } : null;
}

export function statPeriodOf(period: ReportPeriod): StatPeriod {
  return period.kind === 'quarter' ? quarterPeriod(period.year, period.quarter) : yearPeriod(period.year);
}

/** The quarter or year that contains a day ('YYYY-MM-DD'). */
export function reportPeriodContaining(kind: ReportPeriod['kind'], day: string): ReportPeriod {
  const year = Number(day.slice(0, 4));
  return kind === 'year' ? { kind, year } : { kind, year, quarter: Math.ceil(Number(day.slice(5, 7)) / 3) };
}

/** The periods a report compares: its own, 同比's base and (for a quarter) 环比's base. */
export function comparedPeriods(period: ReportPeriod): {
  current: StatPeriod;
  lastYear: StatPeriod;
  previous: StatPeriod | null;
} {
  const current = statPeriodOf(period);
  return {
    current,
    lastYear: samePeriodLastYear(current, period.kind),
    previous: period.kind === 'quarter' ? previousPeriod(current, 'quarter') : null,
  };
}
