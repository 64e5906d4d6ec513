import { pinyin } from 'pinyin-pro';

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

/**
 * Denormalised lower-case text for substring search: each name with its full pinyin and initials, the phones,
 * the registration number, summary and demands, separated by newlines so no term spans two parts.
 */
export function buildSearchText(parts: SearchParts): string {
  const pieces: string[] = [parts.regNo];
  for (const name of parts.names) {
    const trimmed = name.trim();
    if (!trimmed) continue;
    const [full, initials] = namePinyin(trimmed);
    pieces.push(trimmed, full, initials);
  }
  for (const phone of parts.phones) if (phone.trim()) pieces.push(phone.trim());
  pieces.push(parts.summary.replace(/\s+/g, ' '), parts.demands.replace(/\s+/g, ' '));
  return pieces.filter((p) => p.length > 0).join('\n').toLowerCase();
}

/** Only digits and the separators people write phones with: '0391-2345678', '(0391)2345678'. */
const PHONE_LIKE_RE = /^[\d\-()（）]*\d[\d\-()（）]*$/;
/** A registration number or its beginning ('2026-0012', '2026-00'): its hyphen is stored, so it stays. */
const REG_NO_LIKE_RE = /^(19|20)\d{2}-\d*$/;

/** Phones are stored digits only, so a phone-like term loses its hyphens and brackets to match them. */
function normalizeTerm(term: string): string {
  if (!PHONE_LIKE_RE.test(term) || REG_NO_LIKE_RE.test(term)) return term;
  return term.replace(/[-()（）]/g, '');
}

/** The query's terms: trimmed, lower-cased, split on whitespace (including the full-width space). */
export function searchTerms(query: string): string[] {
  return query
    .trim()
    .toLowerCase()
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
