import { isRealDate } from './dates';
import type { Gender } from './types';

/**
 * 身份证号 (GB 11643-1999) and phone numbers: checking, normalising and masking personal identifiers
 * (docs/domain.md §11: lists show them masked).
 */

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';

/**
 * Drops every space (a number pasted from a scan or a spreadsheet often reads '140102 19780520 3317') and
 * upper-cases so a typed lowercase 'x' check character is stored as 'X'.
 */
export function normalizeIdNumber(s: string): string {
  return s.replace(/\s/g, '').toUpperCase();
}

/** The GB 11643 check character for the first 17 digits. */
export function idCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (WEIGHTS[i] ?? 0);
  return CHECK_CHARS[sum % 11] ?? '';
}

/**
 * The province-level codes (GB/T 2260) an ID number can begin with: the mainland's 31, then 71 台湾 and 81/82/83 for
 * the residence permits of Hong Kong, Macao and Taiwan residents. A typo in the first digits is caught here rather
 * than by chance through the check character.
 */
const PROVINCE_CODES = new Set([
  '11',
  '12',
  '13',
  '14',
  '15',
  '21',
  '22',
  '23',
  '31',
  '32',
  '33',
  '34',
  '35',
  '36',
  '37',
  '41',
  '42',
  '43',
  '44',
  '45',
  '46',
  '50',
  '51',
  '52',
  '53',
  '54',
  '61',
  '62',
  '63',
  '64',
  '65',
  '71',
  '81',
  '82',
  '83',
]);

/** null when s is a valid 18-character ID number (lowercase x accepted); otherwise a Chinese message. */
export function checkIdNumber(s: string, now: Date = new Date()): string | null {
  const id = normalizeIdNumber(s);
  if (id.length !== 18) return '身份证号应为18位';
  if (!/^\d{17}[\dX]$/.test(id)) return '身份证号只能由数字和末位X组成';
  if (!PROVINCE_CODES.has(id.slice(0, 2)) || id.slice(2, 6) === '0000') return '身份证号前6位地区码不正确';
  const year = Number(id.slice(6, 10));
  const month = Number(id.slice(10, 12));
  const day = Number(id.slice(12, 14));
  if (year < 1800 || !isRealDate(year, month, day)) return '身份证号中的出生日期不正确';
  if (new Date(year, month - 1, day) > now) return '身份证号中的出生日期晚于今天，请核对';
  if (idCheckChar(id) !== id[17]) return '身份证号校验位不正确，请核对';
  return null;
}

/** 'YYYY-MM-DD' of birth from a valid ID number, or null. */
export function birthDateFromIdNumber(s: string): string | null {
  const id = normalizeIdNumber(s);
  if (checkIdNumber(id) !== null) return null;
  return `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
}

/** The 17th digit is odd for men, even for women; null for an invalid number. */
export function genderFromIdNumber(s: string): Gender | null {
  const id = normalizeIdNumber(s);
  if (checkIdNumber(id) !== null) return null;
  return Number(id[16]) % 2 === 1 ? '男' : '女';
}

/** '410602199001011234' → '4106**********1234': first 4 and last 4 kept. */
export function maskIdNumber(s: string): string {
  if (s.length <= 8) return '*'.repeat(s.length);
  return s.slice(0, 4) + '*'.repeat(s.length - 8) + s.slice(-4);
}

/** '13800001111' → '138****1111'; shorter numbers keep only their last 4 digits. */
export function maskPhone(s: string): string {
  if (s.length >= 11) return `${s.slice(0, 3)}****${s.slice(-4)}`;
  if (s.length > 4) return `****${s.slice(-4)}`;
  return s;
}

const MOBILE_RE = /^1[3-9]\d{9}$/;
const LANDLINE_RE = /^0\d{9,11}$/;

/** What a phone may be written with besides its digits: spaces, hyphens, brackets. */
const PHONE_SEPARATOR_RE = /[\s\-()（）]/;
const PHONE_SEPARATORS = new RegExp(PHONE_SEPARATOR_RE.source, 'g');

/** Removes spaces, hyphens and brackets so '0391-2345678' and '03912345678' are the same number. */
export function normalizePhone(s: string): string {
  return s.replace(PHONE_SEPARATORS, '');
}

/** A stored phone and, when kept, the form the clerk typed (Petitioner.phoneAsTyped). */
export interface PhoneOnFile {
  phone: string;
  phoneAsTyped?: string;
}

/**
 * The phone as it is shown and printed: as the clerk typed it (0912-3456789) when that is the stored number written
 * with separators, else the stored number. A record saved before the typed form was kept has none; a masked or
 * changed `phone` never shows a typed form that is not that number.
 */
export function shownPhone(p: PhoneOnFile): string {
  const typed = p.phoneAsTyped;
  return typed && normalizePhone(typed) === p.phone ? typed : p.phone;
}

/**
 * A typed phone masked digit for digit as maskPhone masks its compacted number, its separators kept:
 * '0912-3456789' → '091*-***6789'. It shows no digit maskPhone would hide, only where the clerk put separators.
 */
export function maskTypedPhone(typed: string): string {
  const digits = normalizePhone(typed);
  // A shorter number keeps only its last 4 digits behind four stars, whatever its length: shown as maskPhone shows it.
  if (digits.length < 11) return maskPhone(digits);
  let index = 0;
  let out = '';
  for (const c of typed) {
    if (PHONE_SEPARATOR_RE.test(c)) {
      out += c;
      continue;
    }
    const position = index++;
    out += position < 3 || position >= digits.length - 4 ? c : '*';
  }
  return out;
}

/**
 * null for a mobile (1[3-9] + 9 digits) or landline (0 + area code of 2–3 more digits, 7–8 digits); otherwise a
 * Chinese message. Spaces, hyphens and brackets are ignored, as normalizePhone and the ledger's search ignore them.
 */
export function checkPhone(s: string): string | null {
  const compact = normalizePhone(s);
  if (MOBILE_RE.test(compact) || LANDLINE_RE.test(compact)) return null;
  return '联系电话格式不正确（手机号11位，座机如0391-2345678）';
}
