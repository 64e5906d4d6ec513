/**
 * Personal identifiers out of report text: the report describes typical cases by category, unit and what was
 * asked, never by who asked (DOMAIN.md §9). Removes 18- and 15-digit ID numbers, mobile and landline numbers with
 * the label in front of them (「身份证号：」「电话：」), and replaces the names given with 「信访人」.
 */

const LABEL = '(?:(?:公民)?身份(?:证)?(?:号码|号)?|证件号(?:码)?|联系(?:电话|方式)|手机(?:号码|号)?|电话(?:号码)?|tel)[:：]?\\s*';
const ID_NUMBER = '\\d{17}[\\dXx]|\\d{15}';
const MOBILE = '(?:\\+?86[-\\s]?)?1[3-9]\\d(?:[-\\s]?\\d{4}){2}';
const LANDLINE = '0\\d{2,3}[-－—\\s]?\\d{7,8}';
/** Not inside a longer run of digits or letters, so a number that merely contains one is left alone. */
const IDENTIFIER = new RegExp(`(?:${LABEL})?(?<![0-9A-Za-z])(?:${ID_NUMBER}|${MOBILE}|${LANDLINE})(?![0-9A-Za-z])`, 'giu');

/** What replaces a petitioner's name. */
export const NAME_PLACEHOLDER = '信访人';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Punctuation a removed number leaves behind: 「（）」, doubled commas, a comma before the full stop. */
function tidy(text: string): string {
  return text
    .replace(/[（(][\s，、；,]*[)）]/gu, '')
    .replace(/([，、；,])\s*(?=[，、；。,.])/gu, '')
    .replace(/^[，、；, ]+/u, '')
    .replace(/ {2,}/gu, ' ')
    .replace(/ +(?=[，、；。：）])/gu, '')
    .trim();
}

/** The text without ID numbers, phone numbers and the given names (names shorter than two characters are ignored). */
export function scrubIdentifiers(text: string, names: readonly string[] = []): string {
  let result = text.replace(IDENTIFIER, '');
  // Longest first, so 「王建国」 is replaced whole before a shorter 「王建」 could split it.
  const distinct = [...new Set(names.map((n) => n.trim()).filter((n) => [...n].length >= 2))].sort((a, b) => b.length - a.length);
  if (distinct.length > 0) result = result.replace(new RegExp(distinct.map(escape).join('|'), 'gu'), NAME_PLACEHOLDER);
  return tidy(result);
}

/** Whether the text holds an ID number or phone number that issuing would remove. */
export function hasIdentifiers(text: string): boolean {
  IDENTIFIER.lastIndex = 0;
  const found = IDENTIFIER.test(text);
  IDENTIFIER.lastIndex = 0;
  return found;
}
