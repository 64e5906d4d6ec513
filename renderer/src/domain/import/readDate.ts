import { isRealDate, toLocalDate } from '../dates';
import { cellText, type CellValue } from './cells';
import { excelSerialToMoment } from './excelSerial';
import { readFailed, readOk, type Reading } from './problems';

/**
 * A day as an old ledger holds it, read as a clerk would (issue 17): an Excel date, a day number, 「2025.3.5」,
 * 「2025-3-5」, 「2025/03/05」, 「2025年3月5日」, 20250305, or 「3月5日」 and 「3.5」 with the year of the sheet (its title or
 * name). Returns 'YYYY-MM-DD' or why not; a day that does not exist (2025年2月30日) is refused, never rolled over.
 */
export interface DateContext {
  /** The year the sheet is about, for days written without one. */
  year: number | null;
  /** Whether the workbook counts days in the 1904 system. */
  date1904?: boolean;
}

const FIRST_YEAR = 1949;
const LAST_YEAR = 2099;
const SEP = '[.\\-/．。、]';
const FULL_DATE = new RegExp(`^(\\d{4})\\s*(?:年|${SEP})\\s*(\\d{1,2})\\s*(?:月|${SEP})\\s*(\\d{1,2})\\s*(?:日|号)?`);
const COMPACT_DATE = /^(\d{4})(\d{2})(\d{2})$/;
const MONTH_DAY = new RegExp(`^(\\d{1,2})\\s*(?:月|${SEP})\\s*(\\d{1,2})\\s*(?:日|号)?$`);

function dayOf(year: number, month: number, day: number, written: string): Reading<string> {
  if (!isRealDate(year, month, day)) return readFailed(`「${written}」不是真实存在的日期`);
  if (year < FIRST_YEAR || year > LAST_YEAR)
    return readFailed(`「${written}」的年份不在${FIRST_YEAR}—${LAST_YEAR}年之间`);
  return readOk(`${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
}

function withContextYear(month: number, day: number, written: string, context: DateContext): Reading<string> {
  if (context.year === null) return readFailed(`「${written}」没有年份，表名和标题中也找不到年份`);
  return dayOf(context.year, month, day, written);
}

/**
 * A number typed as 3.5 meaning 3月5日: Excel keeps it as the number, so 3.10 arrives as 3.1 and only a day that
 * exists one way round can be read (3.1 may be the 1st or the 10th; 2.3 can only be the 3rd).
 */
function monthDotDay(value: number, context: DateContext): Reading<string> {
  const [monthText = '', fraction = ''] = String(value).split('.');
  const month = Number(monthText);
  const readings = [Number(fraction), ...(fraction.length === 1 ? [Number(fraction) * 10] : [])]
    .map((day) => withContextYear(month, day, String(value), context))
    .filter((r) => r.ok);
  if (readings.length === 1 && readings[0]) return readings[0];
  if (readings.length > 1) return readFailed(`「${value}」被Excel存为数字，分不清是几号，请按原件填写`);
  return withContextYear(month, Number(fraction), String(value), context);
}

function fromNumber(value: number, context: DateContext): Reading<string> {
  const written = String(value);
  const compact = COMPACT_DATE.exec(written);
  if (compact) return dayOf(Number(compact[1]), Number(compact[2]), Number(compact[3]), written);
  if (!Number.isInteger(value) && value > 1 && value < 13) return monthDotDay(value, context);
  const moment = excelSerialToMoment(value, context.date1904);
  if (!moment.ok) return moment;
  const [year, month, day] = moment.value.day.split('-').map(Number);
  return dayOf(year ?? 0, month ?? 0, day ?? 0, moment.value.day);
}

function fromText(text: string, context: DateContext): Reading<string> {
  const compact = text.replace(/\s/g, '');
  const full = FULL_DATE.exec(compact);
  if (full) return dayOf(Number(full[1]), Number(full[2]), Number(full[3]), text);
  const digits = COMPACT_DATE.exec(compact);
  if (digits) return dayOf(Number(digits[1]), Number(digits[2]), Number(digits[3]), text);
  const monthDay = MONTH_DAY.exec(compact);
  if (monthDay) return withContextYear(Number(monthDay[1]), Number(monthDay[2]), text, context);
  return readFailed(`「${text}」不是能识别的日期`);
}

/** The day of a cell; an empty cell is a failure with the message 「未填写」, for the caller to weigh. */
export function readDate(value: CellValue, context: DateContext): Reading<string> {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return readFailed('日期无效');
    const day = toLocalDate(value);
    return dayOf(value.getFullYear(), value.getMonth() + 1, value.getDate(), day);
  }
  if (typeof value === 'number') return fromNumber(value, context);
  const text = cellText(value);
  if (text === '') return readFailed('未填写');
  return fromText(text, context);
}

/** Four digits 19xx or 20xx standing alone (「2025年」, 「2025.3」, 「2023信访台账」) or followed by a month (「202503」). */
const YEAR_IN_TEXT = /(?<!\d)((?:19|20)\d{2})(?:(?!\d)|(?:0[1-9]|1[0-2])(?!\d))/;

/**
 * The year a sheet is about, from the first of its texts that names one: the title rows (「2025年3月信访台账」), then
 * the sheet's name (「2025.3」, 「202503」), then the file's. null when none does.
 */
export function yearFromTexts(texts: readonly string[]): number | null {
  for (const text of texts) {
    const match = YEAR_IN_TEXT.exec(text);
    if (match) return Number(match[1]);
  }
  return null;
}
