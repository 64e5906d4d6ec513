import type { Dayjs } from 'dayjs';
import { DATE_FORMAT } from '../../domain/dates';
import { now } from '../../services/clock';

/** A DatePicker's day as the records keep it ('YYYY-MM-DD'). */
export const dayOf = (value: Dayjs): string => value.format(DATE_FORMAT);

/** No day after today (the desk's clock) can be picked for what already happened. */
export function isAfterToday(day: Dayjs): boolean {
  return day.isAfter(now(), 'day');
}
