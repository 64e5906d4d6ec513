/**
 * Exports for circulation carry no ID numbers or phones (DOMAIN.md §11). The rows hold none in their own fields, but
 * the free text (事由摘要) is typed by the clerk and may quote them; those numbers are cut out of it.
 */

export const CUT_OUT = '（已隐去）';

/** The mark on a sheet and file that does carry ID numbers and phones. */
export const PERSONAL_INFO_MARK = '含个人信息';

/** 18-digit (last may be X) and old 15-digit ID numbers, standing alone. */
const ID_NUMBER_RE = /(?<![0-9A-Za-z])(?:\d{17}[\dXx]|\d{15})(?![0-9A-Za-z])/g;
/** Mobiles, also written 138-0000-1111 or 138 0000 1111, with or without +86. */
const MOBILE_RE = /(?<!\d)(?:\+?86[\s-]?)?1[3-9]\d(?:[\s-]?\d){8}(?!\d)/g;
/** Landlines with their area code: 0391-2345678, (0391)2345678, （0391）2345678. */
const LANDLINE_RE = /(?<!\d)(?:[(（]0\d{2,3}[)）]|0\d{2,3})[\s-]?\d{7,8}(?!\d)/g;

/** The text with every ID number and phone number replaced by （已隐去）. */
export function cutOutContacts(text: string): string {
  return text.replace(ID_NUMBER_RE, CUT_OUT).replace(MOBILE_RE, CUT_OUT).replace(LANDLINE_RE, CUT_OUT);
}
