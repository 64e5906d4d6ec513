import { maskIdNumber, maskPhone } from '../idNumber';
import { CONFIDENTIAL_PLACEHOLDER } from './confidential';

/**
 * THE scrubber: finds who a free text identifies, however the clerk wrote it, and replaces it. Every text that leaves
 * the desk without a person's identity goes through here: a confidential matter's ledger row, case page and repeat
 * candidates (（保密）), letters to the accused unit, exports for circulation (（已隐去）), the report's typical cases
 * (removed), the 审计日志 (masked). Recognised, whatever the spelling:
 * - ID numbers (18 digits, the last may be x or X, or the old 15), also written in groups with spaces;
 * - mobiles (1[3-9] and 9 more digits) with spaces, dashes or dots between groups, with or without +86 / 0086;
 * - landlines with an area code: 0912-3456789, 0391 234 5678, (0391)2345678;
 * - digits and letters written full width (１３９…, Ｘ) and ideographic spaces, read as their ASCII twins;
 * - the names, addresses, ID numbers and phones of the people given, a name also with spaces between its characters.
 */

/** What the text must not reveal about one known person (a petitioner of the matter). */
export interface KnownPerson {
  name?: string;
  idNumber?: string;
  phone?: string;
  address?: string;
}

export type IdentityKind = 'idNumber' | 'phone' | 'name' | 'address';

/** One identity found in a text. */
export interface FoundIdentity {
  kind: IdentityKind;
  /** As written (with the label in front when the rules take labels). */
  text: string;
  /** A number's digits (and X), without +86; a name's or address's text as found. */
  value: string;
}

export interface ScrubRules {
  /** People whose identity goes wherever it appears. */
  people?: readonly KnownPerson[];
  /** Also every ID number and phone number, whoever's (exports for circulation, the report, the audit trail). */
  everyNumber?: boolean;
  /**
   * A label right before a number (「电话：」「身份证号」) or a known address (「住」「住址：」) goes with it: for text that
   * drops them altogether.
   */
  withLabel?: boolean;
  /** What a found identity becomes. */
  replace: (found: FoundIdentity) => string;
}

/** Full-width ASCII (１, Ｘ, －, ＋, （）) and the ideographic space as their ASCII twins, dashes as '-'; same length. */
function normalize(text: string): string {
  return text.replace(/[\uff01-\uff5e\u3000\u2010-\u2015\u2212]/gu, (c) => {
    const code = c.charCodeAt(0);
    if (code === 0x3000) return ' ';
    if (code >= 0xff01) return String.fromCharCode(code - 0xfee0);
    return '-';
  });
}

/** Between groups of a number: one space or dot, or a dash with spaces around it. */
const SEP = '(?:\\s*-\\s*|[\\s.])?';
const BEFORE = '(?<![0-9A-Za-z])';
const AFTER = '(?![0-9A-Za-z])';
const digits = (n: number) => `\\d(?:${SEP}\\d){${n - 1}}`;
const ID_NUMBER = `\\d(?:\\s?\\d){16}\\s?[\\dXx]|\\d(?:\\s?\\d){14}`;
const COUNTRY = '(?:\\(?(?:\\+|00)?86\\)?[\\s-]?)';
const MOBILE = `${COUNTRY}?1[3-9]\\d(?:${SEP}\\d){8}`;
const LANDLINE = `(?:\\(0\\d{2,3}\\)\\s?|0\\d{2,3}${SEP})${digits(7)}\\d?`;
const NUMBER_RE = new RegExp(`${BEFORE}(?:(${ID_NUMBER})|(${MOBILE})|(${LANDLINE}))${AFTER}`, 'gu');
const LABEL_RE =
  /(?:(?:公民)?身份(?:证)?(?:号码|号)?|证件号(?:码)?|联系(?:电话|方式)|手机(?:号码|号)?|电话(?:号码)?|tel)[:：]?\s*$/iu;
/** The words that say an address follows: 「住」「家住」「现住址：」. */
const ADDRESS_LABEL_RE = /(?:(?:家庭|居住|现)?住址|家住|现住|住在|住)[:：]?\s*$/u;

/** Shorter strings are too common to replace safely; no real name or address is that short. */
const MIN_TEXT_CHARS = 2;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A number's digits and X, without a country code: what masking and comparing read. */
const numberValue = (text: string, kind: 'idNumber' | 'phone') => {
  const plain = normalize(text)
    .replace(/[^0-9Xx]/g, '')
    .toUpperCase();
  return kind === 'phone' && plain.length > 11 && /^(?:00)?861[3-9]/.test(plain)
    ? plain.slice(plain.indexOf('86') + 2)
    : plain;
};

interface Pattern {
  kind: IdentityKind;
  source: string;
}

/** A known person's strings as patterns: numbers with any separators, words with any spaces between characters. */
function patternsOf(people: readonly KnownPerson[]): Pattern[] {
  const patterns: Pattern[] = [];
  for (const person of people) {
    for (const kind of ['idNumber', 'phone'] as const) {
      const plain = numberValue(person[kind] ?? '', kind);
      // An area code in brackets, (0912)3456789, goes with its opening bracket.
      const bracket = kind === 'phone' ? '(?:\\((?=\\d{2,4}\\)))?' : '';
      if (plain.length >= 5)
        patterns.push({
          kind,
          source: `(?<!\\d)${bracket}${[...plain].map((c) => (c === 'X' ? '[Xx]' : c)).join('[\\s.()-]{0,3}')}(?![0-9])`,
        });
    }
    for (const kind of ['name', 'address'] as const) {
      const chars = [...normalize(person[kind] ?? '').replace(/\s/g, '')];
      if (chars.length >= MIN_TEXT_CHARS) patterns.push({ kind, source: chars.map(escape).join('\\s*') });
    }
  }
  return patterns;
}

/** The shortest number recognised (a landline's area code and 7 digits, or the old 15-digit ID) has 10 digits. */
const MIN_DIGITS = 10;

/** A cheap first look, so the audit trail's 100,000 records are not all run through NUMBER_RE. */
function mayHoldNumber(normalized: string): boolean {
  let count = 0;
  for (let i = 0; i < normalized.length; i++) {
    const code = normalized.charCodeAt(i);
    if (code >= 48 && code <= 57 && ++count >= MIN_DIGITS) return true;
  }
  return false;
}

interface Span {
  start: number;
  end: number;
  kind: IdentityKind;
}

function spansIn(
  normalized: string,
  known: readonly { kind: IdentityKind; re: RegExp }[],
  everyNumber: boolean,
): Span[] {
  const spans: Span[] = [];
  for (const { kind, re } of known)
    for (const m of normalized.matchAll(re)) spans.push({ start: m.index, end: m.index + m[0].length, kind });
  if (everyNumber && mayHoldNumber(normalized)) {
    for (const m of normalized.matchAll(NUMBER_RE))
      spans.push({ start: m.index, end: m.index + m[0].length, kind: m[1] !== undefined ? 'idNumber' : 'phone' });
  }
  // Earliest first, the longest of those: an address holding the name goes whole, an ID number before a phone in it.
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Span[] = [];
  for (const span of spans) if (kept.length === 0 || span.start >= (kept[kept.length - 1] as Span).end) kept.push(span);
  return kept;
}

/** The identities in a text under these rules, in order; for a scrubber, and to warn before text is issued. */
export function identityFinder(
  rules: Omit<ScrubRules, 'replace'>,
): (text: string) => (FoundIdentity & { start: number; end: number })[] {
  const known = patternsOf(rules.people ?? []).map(({ kind, source }) => ({ kind, re: new RegExp(source, 'giu') }));
  return (text) => {
    const normalized = normalize(text);
    return spansIn(normalized, known, rules.everyNumber === true).map(({ start, end, kind }) => {
      const isNumber = kind === 'idNumber' || kind === 'phone';
      const labelRe = isNumber ? LABEL_RE : kind === 'address' ? ADDRESS_LABEL_RE : null;
      const label =
        labelRe && rules.withLabel
          ? (labelRe.exec(normalized.slice(Math.max(0, start - 12), start))?.[0].length ?? 0)
          : 0;
      const written = text.slice(start, end);
      return {
        kind,
        start: start - label,
        end,
        text: text.slice(start - label, end),
        value: isNumber ? numberValue(written, kind) : written,
      };
    });
  };
}

const OPENING = '（([【［〔';
const CLOSING = '）)]】］〕';
/** A replacement that carries its own brackets, like （保密）. */
const isBracketed = (text: string) =>
  OPENING.includes(text[0] ?? '\0') && CLOSING.includes(text[text.length - 1] ?? '\0');

/**
 * The span widened over the brackets that hold nothing but the identity (「（18935217730）」, 「( 赵振华 )」), so a
 * bracketed replacement takes their place instead of nesting inside them: never 「（（保密））」.
 */
function widenOverBrackets(text: string, start: number, end: number): { start: number; end: number } {
  let before = start;
  while (before > 0 && /\s/u.test(text[before - 1] ?? '')) before -= 1;
  let after = end;
  while (after < text.length && /\s/u.test(text[after] ?? '')) after += 1;
  const open = OPENING.indexOf(text[before - 1] ?? '\0');
  const close = CLOSING.indexOf(text[after] ?? '\0');
  return open >= 0 && close >= 0 ? { start: before - 1, end: after + 1 } : { start, end };
}

/** A bracketed replacement already standing alone in brackets (from an earlier pass or typed so) loses the outer pair. */
function unnest(text: string, placeholder: string): string {
  const inner = escape(placeholder);
  const nested = new RegExp(`[${escape(OPENING)}]\\s*${inner}\\s*[${escape(CLOSING)}]`, 'gu');
  let result = text;
  for (let previous = ''; previous !== result;) {
    previous = result;
    result = result.replace(nested, placeholder);
  }
  return result;
}

/**
 * A function that replaces every identity the rules recognise in a text. Build it once per matter and reuse it. A
 * replacement with its own brackets (（保密）) takes the place of brackets that held only the identity, so redaction
 * never nests.
 */
export function identityScrubber(rules: ScrubRules): (text: string) => string {
  const find = identityFinder(rules);
  return (text) => {
    if (text === '') return text;
    let result = '';
    let at = 0;
    const placeholders = new Set<string>();
    for (const found of find(text)) {
      const replacement = rules.replace(found);
      const bracketed = isBracketed(replacement);
      const span = bracketed ? widenOverBrackets(text, found.start, found.end) : found;
      if (bracketed) placeholders.add(replacement);
      // A span widened back over text already copied (two identities in one bracket) keeps its own bounds.
      const start = Math.max(span.start, at);
      result += text.slice(at, start) + replacement;
      at = Math.max(span.end, at);
    }
    result += text.slice(at);
    // What a name becomes, when bracketed, is also undone where a text already held it nested.
    const namePlaceholder = rules.replace({ kind: 'name', text: '', value: '' });
    if (isBracketed(namePlaceholder)) placeholders.add(namePlaceholder);
    for (const placeholder of placeholders) result = unnest(result, placeholder);
    return result;
  };
}

const findNumbers = identityFinder({ everyNumber: true });

/** Whether the text holds an ID number or phone number, whoever's. */
export function hasIdentityNumbers(text: string): boolean {
  return findNumbers(text).length > 0;
}

/** Replacements the callers share. */
export const REPLACE = {
  /** Everything as （保密）: a confidential matter's text for an account without the grant. */
  confidential: (): string => CONFIDENTIAL_PLACEHOLDER,
  /** Numbers masked as the lists show them (docs/domain.md §11: 4106**********123X, 139****0000); names （保密）. */
  masked: (found: FoundIdentity): string =>
    found.kind === 'idNumber'
      ? maskIdNumber(found.value)
      : found.kind === 'phone'
        ? maskPhone(found.value)
        : CONFIDENTIAL_PLACEHOLDER,
} as const;

/** A confidential matter's texts for an account without the grant: its people and every number in them as （保密）. */
export function confidentialScrubber(people: readonly KnownPerson[]): (text: string) => string {
  return identityScrubber({ people, everyNumber: true, replace: REPLACE.confidential });
}

/** Text with every ID number and phone number masked (4106**********123X, 139****0000): the 审计日志's free text. */
export const maskIdentityNumbers = identityScrubber({ everyNumber: true, replace: REPLACE.masked });

/** What replaces a petitioner's name in the report. */
export const NAME_PLACEHOLDER = '信访人';

/** Punctuation a removed number leaves behind: 「（）」, doubled commas, a comma before the full stop or at the end. */
function tidy(text: string): string {
  return text
    .replace(/[（(][\s，、；,]*[)）]/gu, '')
    .replace(/([，、；,])\s*(?=[，、；。,.])/gu, '')
    .replace(/^[，、；, ]+/u, '')
    .replace(/[，、；, ]+$/u, '')
    .replace(/ {2,}/gu, ' ')
    .replace(/ +(?=[，、；。：）])/gu, '')
    .trim();
}

/**
 * Text for the report (docs/domain.md §9: typical cases by category, unit and what was asked, never by who asked):
 * every ID number and phone removed with its label, the given names replaced by 「信访人」, the punctuation left tidied.
 */
export function removeIdentities(text: string, names: readonly string[] = []): string {
  const scrub = identityScrubber({
    people: names.map((name) => ({ name })),
    everyNumber: true,
    withLabel: true,
    replace: (found) => (found.kind === 'name' ? NAME_PLACEHOLDER : ''),
  });
  return tidy(scrub(text));
}
