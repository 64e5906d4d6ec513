import type { Dayjs } from 'dayjs';
import { DATE_FORMAT } from '../../domain/dates';
import { now } from '../../services/clock';

/**
 * A DatePicker's day as the records keep it ('YYYY-MM-DD'); a cleared picker gives '', which the repository refuses
 * with its own message (日期无效) rather than the form failing on a missing value.
 */
export const dayOf = (value: Dayjs | null | undefined): string => (value ? value.format(DATE_FORMAT) : '');

/** No day after today (the desk's clock) can be picked for what already happened. */
export function isAfterToday(day: Dayjs): boolean {
  return day.isAfter(now(), 'day');
}
