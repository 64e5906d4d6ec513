import { formatChineseDate } from '../../domain/dates';

/**
 * A due day as a letter prints it when the period ran out on a rest day or holiday and moved to the next working day
 * (docs/domain.md §5), so the reader sees why the day is not the start plus the days; the date alone otherwise.
 * 'aside': 「2026年8月24日（8月23日为法定休假日，顺延至其后第一个工作日）」. 'inline', for a day the template already
 * prints inside parentheses (no parentheses nested): 「2026年7月13日，因7月11日为法定休假日顺延」.
 */
export function dueDayText(
  due: string,
  rolledFromDay: string | null | undefined,
  style: 'aside' | 'inline' = 'aside',
): string {
  const text = formatChineseDate(due);
  if (!rolledFromDay) return text;
  const fromText = formatChineseDate(rolledFromDay);
  const from = rolledFromDay.slice(0, 4) === due.slice(0, 4) ? fromText.replace(/^\d{4}年/u, '') : fromText;
  return style === 'inline'
    ? `${text}，因${from}为法定休假日顺延`
    : `${text}（${from}为法定休假日，顺延至其后第一个工作日）`;
}
