import dayjs from 'dayjs';

/**
 * The one date helper. Days are 'YYYY-MM-DD', moments 'YYYY-MM-DDTHH:mm' in local time (what a clerk types),
 * system timestamps 'YYYY-MM-DDTHH:mm:ss.SSS' so events recorded in the same minute still sort in order.
 */
export const DATE_FORMAT = 'YYYY-MM-DD';
export const DATE_TIME_FORMAT = 'YYYY-MM-DDTHH:mm';
const TIMESTAMP_FORMAT = 'YYYY-MM-DDTHH:mm:ss.SSS';

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** True when y-m-d names a day that exists (rejects 2026-02-30). */
export function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const d = new Date(year, month - 1, day);
  return d.getFullYear() === year && d.getMonth() === month - 1 && d.getDate() === day;
}

/** Parses 'YYYY-MM-DD' into a local Date at midnight, or null when malformed or not a real day. */
export function parseLocalDate(s: string): Date | null {
  const m = DATE_RE.exec(s);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isRealDate(y, mo, d) ? new Date(y, mo - 1, d) : null;
}

/** Parses 'YYYY-MM-DDTHH:mm' into a local Date, or null when malformed or not a real moment. */
export function parseLocalDateTime(s: string): Date | null {
  const m = DATE_TIME_RE.exec(s);
  if (!m) return null;
  const [y, mo, d, h, mi] = [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5])];
  if (!isRealDate(y, mo, d) || h > 23 || mi > 59) return null;
  return new Date(y, mo - 1, d, h, mi);
}

/** 'YYYY-MM-DD' of a Date in local time. */
export function toLocalDate(date: Date): string {
  return dayjs(date).format(DATE_FORMAT);
}

/** 'YYYY-MM-DDTHH:mm' of a Date in local time: the value of a received-at field. */
export function toLocalDateTime(date: Date): string {
  return dayjs(date).format(DATE_TIME_FORMAT);
}

/** 'YYYY-MM-DDTHH:mm:ss.SSS' for createdAt/updatedAt and timeline events. */
export function toTimestamp(date: Date): string {
  return dayjs(date).format(TIMESTAMP_FORMAT);
}

/** Today's day string for the given clock reading. */
export function today(now: Date): string {
  return toLocalDate(now);
}

/** '2026-05-25' (or a longer ISO string starting with a day) → '2026年5月25日', as letters and reports write it. */
export function formatChineseDate(s: string): string {
  const d = parseLocalDate(s.slice(0, 10));
  if (!d) return s;
  return `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日`;
}

/** '2026-05-25T09:30' → '2026年5月25日 09:30', as printed forms write a moment. */
export function formatChineseDateTime(moment: string): string {
  const time = moment.slice(11, 16);
  return time ? `${formatChineseDate(moment)} ${time}` : formatChineseDate(moment);
}

/** '2026-05-25T09:05' → '2026年5月25日9时05分', as a report's sentence tells a moment. */
export function formatChineseMoment(moment: string): string {
  const hour = Number(moment.slice(11, 13));
  const minute = moment.slice(14, 16);
  return moment.length >= 16 ? `${formatChineseDate(moment)}${hour}时${minute}分` : formatChineseDate(moment);
}

/** '2026-05-25T09:30' → '2026-05-25 09:30' for lists and detail pages. */
export function formatDateTime(s: string): string {
  return s.length >= 16 ? `${s.slice(0, 10)} ${s.slice(11, 16)}` : s.slice(0, 10);
}

/** Calendar arithmetic on 'YYYY-MM-DD' in UTC, so a daylight-saving change on the machine can never shift a day. */
function dayToUtcMs(day: string): number {
  return Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
}

function utcMsToDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

const DAY_MS = 86_400_000;

/** The day `n` calendar days after `day` (before it when n is negative): addDays('2026-09-30', 1) → '2026-10-01'. */
export function addDays(day: string, n: number): string {
  return utcMsToDay(dayToUtcMs(day) + n * DAY_MS);
}

/** Calendar days from `from` to `to`: 0 on the same day, negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((dayToUtcMs(to) - dayToUtcMs(from)) / DAY_MS);
}

/** Day of the week of 'YYYY-MM-DD': 0 Sunday … 6 Saturday. */
export function weekday(day: string): number {
  return new Date(dayToUtcMs(day)).getUTCDay();
}
