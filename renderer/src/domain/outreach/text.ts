import { formatDocNo } from '../docNo';
import { parseLocalDate } from '../dates';

/** Text lengths the outreach records accept (characters). */
export const OUTREACH_TEXT_LIMITS = {
  name: 50,
  kind: 20,
  checkItem: 30,
  place: 100,
  department: 100,
  topic: 100,
  text: 2000,
};

/** Why a typed text cannot be kept (empty when required, too long), in the clerk's words; null when it can. */
export function textProblem(value: string, label: string, limit: number, required: boolean): string | null {
  const trimmed = value.trim();
  if (required && trimmed === '') return `请填写${label}`;
  if ([...trimmed].length > limit) return `${label}不能超过${limit}字`;
  return null;
}

/** Why a day cannot be recorded: not a real day, or after today. */
export function dayProblem(day: string, label: string, today: string): string | null {
  if (parseLocalDate(day) === null) return `${label}无效`;
  if (day > today) return `${label}不能晚于今天`;
  return null;
}

/** A count typed by the clerk (人次, 问卷): a whole number from 0. */
export function countProblem(value: number, label: string, max = 100_000): string | null {
  return Number.isInteger(value) && value >= 0 && value <= max ? null : `${label}应为0到${max}之间的整数`;
}

/** The 代字 of an activity's and a suggestion's numbers: 走〔2026〕3号, 建〔2026〕12号. */
export const ACTIVITY_NO_PREFIX = '走';
export const SUGGESTION_NO_PREFIX = '建';

export const formatActivityNo = (year: number, seq: number) => formatDocNo(ACTIVITY_NO_PREFIX, year, seq);
export const formatSuggestionNo = (year: number, seq: number) => formatDocNo(SUGGESTION_NO_PREFIX, year, seq);
