import { cleanText, hasVisibleCharacter } from '../xmlSafeText';
import { TEXT_LIMITS } from '../textLimits';

/** Wrong passwords in a row that lock an account (等保 2.0: 登录失败处理). */
export const MAX_FAILED_ATTEMPTS = 5;
/** How long such an account stays locked. */
export const LOCK_MINUTES = 15;

const USERNAME_RE = /^[a-z0-9][a-z0-9_.-]{1,31}$/;

/** 登录名 as stored and compared: trimmed, lower case. */
export function normalizeUsername(username: string): string {
  return username.trim().toLowerCase();
}

/** 2–32 letters, digits, '_', '.', '-', starting with a letter or digit; the problem in Chinese, or null. */
export function usernameProblem(username: string): string | null {
  const name = normalizeUsername(username);
  if (name === '') return '请填写登录名';
  if (!USERNAME_RE.test(name)) return '登录名为2至32个字母、数字、下划线、点或连字符，以字母或数字开头';
  return null;
}

/** 姓名 as recorded on case actions and audit records: 1–20 characters, at least one of them visible. */
export function displayNameProblem(displayName: string): string | null {
  const name = cleanText(displayName);
  if (name === '') return '请填写姓名';
  if (!hasVisibleCharacter(name)) return '姓名须含有可见的文字';
  if (name.length > TEXT_LIMITS.displayName) return `姓名不能超过${TEXT_LIMITS.displayName}个字`;
  return null;
}
