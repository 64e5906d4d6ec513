import { pathNames } from '../treePath';
import type { Unit } from '../types';
import { normalizeWord } from './cells';

/**
 * An old ledger's 单位 matched to the org tree (issue 17): the same name or path (or one the clerk confirmed in an
 * earlier import) is exact; a name one holds the other of (「一矿综采一队」 and 综采一队, 「综采1队」 after digits are read) is
 * near and needs the clerk's confirmation; anything else is none, and the row keeps its words as a warning.
 */
export type UnitMatch =
  { kind: 'exact'; unitId: string } | { kind: 'near'; unitId: string; name: string } | { kind: 'none' };

const CHINESE_DIGITS: Record<string, string> = {
  一: '1',
  二: '2',
  三: '3',
  四: '4',
  五: '5',
  六: '6',
  七: '7',
  八: '8',
  九: '9',
};

const arabicDigits = (text: string) => text.replace(/[一二三四五六七八九]/g, (d) => CHINESE_DIGITS[d] ?? d);

/** The key a unit's name is compared under for a near match: no spaces or brackets, 「一号」 and 「1号」 alike. */
export function unitWordKey(name: string): string {
  return arabicDigits(normalizeWord(name));
}

/** A word as written, but for spaces, colons and full-width letters: brackets and what they hold are kept. */
const wholeWord = (text: string) =>
  text.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/[\s\u3000:]/g, '');

/**
 * The key a file's unit word is listed and remembered under: the whole word with its brackets (「综采一队（一矿）」 and
 * 「综采一队（二矿）」 are two words, two choices, two learned units), spaces and the way digits are written aside.
 */
export function unitWholeKey(word: string): string {
  return arabicDigits(wholeWord(word));
}

function heldScore(key: string, unit: Unit): number {
  const name = unitWordKey(unit.name);
  return (key.endsWith(name) ? 1000 : 0) + name.length;
}

export function matchUnit(word: string, units: readonly Unit[], learned: Readonly<Record<string, string>>): UnitMatch {
  const key = unitWordKey(word);
  if (key === '') return { kind: 'none' };
  const known = (id: string | undefined) => units.find((u) => u.id === id);
  const learnedUnit = known(learned[unitWholeKey(word)]);
  if (learnedUnit) return { kind: 'exact', unitId: learnedUnit.id };
  // Imports before the whole word was kept learned words without their brackets, so a word learned for 一矿's team
  // may now be 二矿's: such a word suggests its unit, for the clerk to confirm.
  const legacyUnit = known(learned[key]);
  if (legacyUnit) return { kind: 'near', unitId: legacyUnit.id, name: legacyUnit.name };
  // Exact only for the whole word (its brackets too: 「综采一队（二矿）」 says more than 综采一队) and one unit of that
  // name: two mines may each have a 综采一队, and a wrong unit puts the row before the wrong 党支部.
  const whole = wholeWord(word);
  const sameName = units.filter((u) => wholeWord(u.name) === whole);
  if (sameName.length === 1 && sameName[0]) return { kind: 'exact', unitId: sameName[0].id };
  // The desk's own export writes a unit's path: 「某煤业集团有限公司 / 一号矿井 / 综采一队」.
  const byPath = [...pathNames(units)].filter(([, path]) => wholeWord(path) === whole);
  if (byPath.length === 1 && byPath[0]) return { kind: 'exact', unitId: byPath[0][0] };
  const keyed = units.filter((u) => unitWordKey(u.name) === key);
  const near =
    keyed[0] ??
    // A name the word holds: the one it ends with (「一号矿井综采一队」 → 综采一队, the unit written last is the most
    // specific), else the longest; failing that, a name that holds the word.
    [...units]
      .filter((u) => unitWordKey(u.name).length >= 2 && key.includes(unitWordKey(u.name)))
      .sort((a, b) => heldScore(key, b) - heldScore(key, a))[0] ??
    (key.length >= 2 ? units.find((u) => unitWordKey(u.name).includes(key)) : undefined);
  return near ? { kind: 'near', unitId: near.id, name: near.name } : { kind: 'none' };
}
