/**
 * Characters XML 1.0 cannot carry: C0 controls but tab and line feed (a carriage return goes too: the forms give
 * line feeds), U+FFFE, U+FFFF and UTF-16 surrogates that are not part of a pair. One of them in any field would make
 * every .docx or .xlsx built from it invalid XML, so they are stripped on input and again where text enters a
 * document. With the `u` flag, [\uD800-\uDFFF] matches only a lone surrogate: a pair is one code point.
 */
// eslint-disable-next-line no-control-regex -- control characters are exactly what must be stripped
const NOT_XML = /[\u0000-\u0008\u000B-\u001F\uFFFE\uFFFF]|[\uD800-\uDFFF]/gu;

/** The text without the characters XML cannot carry; everything else, line breaks included, kept as it was. */
export function stripXmlIllegal(text: string): string {
  return text.replace(NOT_XML, '');
}

/**
 * Whitespace, format characters (zero-width space and joiners, BOM, soft hyphen, direction marks), controls, and the
 * letters that render as nothing (Hangul fillers, the blank braille pattern, the combining grapheme joiner).
 */
const INVISIBLE = /[\s\p{Cf}\p{Cc}\p{Z}\u034F\u115F\u1160\u3164\uFFA0\u2800]/gu;

/** True when the text shows at least one character: a name of only spaces or zero-width characters does not. */
export function hasVisibleCharacter(text: string): boolean {
  return text.replace(INVISIBLE, '').length > 0;
}

/** A typed value as stored: the characters XML cannot carry stripped, then trimmed. */
export function cleanText(text: string): string {
  return stripXmlIllegal(text).trim();
}
