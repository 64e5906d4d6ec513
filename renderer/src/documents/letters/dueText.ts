import { formatChineseDate } from '../../domain/dates';

/**
 * A due day as a letter prints it: 「2026年8月24日（8月23日为法定休假日，顺延至其后第一个工作日）」 when the period ran
 * out on a rest day or holiday and moved to the next working day (docs/domain.md §5), else the date alone, so the
 * reader sees why the day is not the start plus the days.
 */
export function dueDayText(due: string, rolledFromDay: string | null | undefined): string {
  const text = formatChineseDate(due);
  if (!rolledFromDay) return text;
  const fromText = formatChineseDate(rolledFromDay);
  const sameYear = rolledFromDay.slice(0, 4) === due.slice(0, 4);
  return `${text}（${sameYear ? fromText.replace(/^\d{4}年/u, '') : fromText}为法定休假日，顺延至其后第一个工作日）`;
}
