import type { Dayjs } from 'dayjs';
import { DATE_TIME_FORMAT } from '../../domain/dates';

/** A picker's moment as the records keep it ('YYYY-MM-DDTHH:mm'); a cleared picker gives '', which the rules refuse. */
export const momentOf = (value: Dayjs | null | undefined): string => (value ? value.format(DATE_TIME_FORMAT) : '');

/** What a moment picker shows and takes as typed. */
export const MOMENT_PICKER = {
  showTime: { format: 'HH:mm' },
  format: 'YYYY-MM-DD HH:mm',
  needConfirm: false,
  showNow: false,
  style: { width: '100%' },
} as const;
