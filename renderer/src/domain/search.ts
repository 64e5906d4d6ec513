import { pinyin } from 'pinyin-pro';
import { normalizePhone } from './idNumber';

/** The parts of a petition the ledger's one search box looks through. ID numbers are deliberately absent (§11). */
export interface SearchParts {
  names: string[];
  phones: string[];
  regNo: string;
  summary: string;
  demands: string;
}

const PINYIN_OPTIONS = { toneType: 'none', type: 'array', surname: 'head', v: true } as const;

/** '张三' → ['zhangsan', 'zs']; 'surname' reads 单 as shan and 曾 as zeng, 'v' writes 吕 as lv as people type it. */
export function namePinyin(name: string): [full: string, initials: string] {
  const syllables = pinyin(name, PINYIN_OPTIONS);
  const initials = pinyin(name, { ...PINYIN_OPTIONS, pattern: 'first' });
  return [syllables.join('').replace(/\s/g, ''), initials.join('').replace(/\s/g, '')];
}

/** The digits a phone has at least to be searched as a whole phone (a landline without area code has 7). */
const WHOLE_PHONE_DIGITS = 7;

/**
 * What the search text holds for a phone: never the number itself (the ledger's rows reach every role, and a full
 * phone is shown only through 显示完整信息, audited; §11), but a digest that the whole number typed into the search
 * box finds, and the last four digits, which the masked phone shows anyway. FNV-1a, twice with different seeds: the
 * search loop needs it synchronously, and it hides the number from a reader of the rows, not from someone able to
 * run code in the page (who could read the petitioners table itself; docs/security.md).
 */
export function phoneSearchPieces(phone: string): string[] {
  const digits = normalizePhone(phone);
  if (digits.length < WHOLE_PHONE_DIGITS) return digits.length > 0 ? [`尾号${digits}`] : [];
  return [phoneDigest(digits), `尾号${digits.slice(-4)}`];
}

function phoneDigest(digits: string): string {
  return `电话#${fnv1a(digits, 0x811c9dc5).toString(36)}${fnv1a(digits, 0x01000193).toString(36)}`;
}

function fnv1a(text: string, seed: number): number {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** A line of search text that is a whole phone in the clear (written before phones were digested). */
const PLAIN_PHONE_LINE_RE = /^\d{7,}$/;

/** Search text stored before phones were digested, with each phone line replaced by its digest and last digits. */
export function withDigestedPhones(searchText: string): string {
  if (!/\d{7}/.test(searchText)) return searchText;
  return searchText
    .split('\n')
    .flatMap((line) => (PLAIN_PHONE_LINE_RE.test(line) ? phoneSearchPieces(line) : [line]))
    .join('\n');
}

/**
 * Denormalised lower-case text for substring search: each name with its full pinyin and initials, each phone as its
 * digest and last digits (phoneSearchPieces), the registration number, summary and demands, separated by newlines
 * so no term spans two parts.
 */
export function buildSearchText(parts: SearchParts): string {
  const pieces: string[] = [parts.regNo];
  for (const name of parts.names) {
    const trimmed = name.trim();
    if (!trimmed) continue;
    const [full, initials] = namePinyin(trimmed);
    pieces.push(trimmed, full, initials);
  }
  for (const phone of parts.phones) pieces.push(...phoneSearchPieces(phone));
  pieces.push(parts.summary.replace(/\s+/g, ' '), parts.demands.replace(/\s+/g, ' '));
  return pieces
    .filter((p) => p.length > 0)
    .join('\n')
    .toLowerCase();
}

/** Only digits and the separators people write phones with: '0391-2345678', '(0391)2345678'. */
const PHONE_LIKE_RE = /^[\d\-()（）]*\d[\d\-()（）]*$/;
/**
 * A query of digit groups only that starts as a phone does (0 for an area code, 1 for a mobile), e.g. '0391 2345678'
 * or '138 0000 1111'; '2026 0012' stays two terms.
 */
const PHONE_WITH_SPACES_RE = /^[(（]?[01][\d\-()（）]*(?:[\s\u3000]+[\d\-()（）]+)+$/;
/** A registration number or its beginning ('2026-0012', '2026-00'): its hyphen is stored, so it stays. */
const REG_NO_LIKE_RE = /^(19|20)\d{2}-\d*$/;

/**
 * A phone-like term loses its hyphens and brackets; a whole phone (7 digits or more) is searched by its digest, as
 * the search text holds it. So a long run of digits is always taken for a phone.
 */
function normalizeTerm(term: string): string {
  if (!PHONE_LIKE_RE.test(term) || REG_NO_LIKE_RE.test(term)) return term;
  const digits = normalizePhone(term);
  return digits.length >= WHOLE_PHONE_DIGITS ? phoneDigest(digits) : digits;
}

/** The query's terms: trimmed, lower-cased, split on whitespace (including the full-width space). */
export function searchTerms(query: string): string[] {
  const trimmed = query.trim().toLowerCase();
  // '0391 2345678' is one phone written in two groups, not two terms.
  if (PHONE_WITH_SPACES_RE.test(trimmed)) return [normalizeTerm(normalizePhone(trimmed))];
  return trimmed
    .split(/[\s\u3000]+/)
    .map(normalizeTerm)
    .filter((t) => t.length > 0);
}

/** True when every term is a substring of the search text; used in the ledger's hot loop, so no allocation. */
export function matchesTerms(searchText: string, terms: readonly string[]): boolean {
  for (let i = 0; i < terms.length; i++) {
    if (!searchText.includes(terms[i] as string)) return false;
  }
  return true;
}

/** True when every whitespace-separated term of the query occurs in the search text; an empty query matches all. */
export function matchesSearch(searchText: string, query: string): boolean {
  return matchesTerms(searchText, searchTerms(query));
}
