import { addDays } from '../dates';
import { readFailed, readOk, type Reading } from './problems';

/**
 * Excel's day numbers (序列号). In the 1900 system day 1 is 1900-01-01 and Excel, copying Lotus 1-2-3, counts a
 * 1900-02-29 that never was as day 60: days from 61 on are one more than the calendar says, so they count from
 * 1899-12-30, days 1–59 from 1899-12-31, and day 60 names no day. The 1904 system (old Mac workbooks) counts from
 * 1904-01-01 as day 0. The fraction is the time of day.
 */
export interface ExcelMoment {
  /** 'YYYY-MM-DD' */
  day: string;
  hour: number;
  minute: number;
}

const LAST_SERIAL = 2958465; // 9999-12-31

export function excelSerialToMoment(serial: number, date1904 = false): Reading<ExcelMoment> {
  if (!Number.isFinite(serial) || serial < (date1904 ? 0 : 1) || serial > LAST_SERIAL) {
    return readFailed(`${serial} 不是Excel日期`);
  }
  const whole = Math.floor(serial);
  if (!date1904 && whole === 60) return readFailed('Excel的1900年2月29日并不存在');
  const day = date1904
    ? addDays('1904-01-01', whole)
    : whole < 60
      ? addDays('1899-12-31', whole)
      : addDays('1899-12-30', whole);
  // Rounded to the minute: a time typed as 9:30 is stored as 0.395833…, never exactly.
  const minutes = Math.round((serial - whole) * 24 * 60);
  if (minutes >= 24 * 60) return readOk({ day: addDays(day, 1), hour: 0, minute: 0 });
  return readOk({ day, hour: Math.floor(minutes / 60), minute: minutes % 60 });
}
