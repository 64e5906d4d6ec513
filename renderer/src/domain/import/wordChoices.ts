import { categoryTable, categoryWordKey } from './categoryMapping';
import { matchUnit, unitWholeKey } from './unitMatch';
import type { Category, Unit } from '../types';
import type { ImportMemory } from './importPlan';
import type { ImportedRow } from './readRow';

/**
 * The office's category words and unit names of a file, each with the desk's category or unit it goes to: suggested,
 * remembered from an earlier import, or chosen by the clerk. A unit only near in name waits for the clerk's
 * confirmation; the import goes ahead only when none waits.
 */
export interface WordChoice {
  word: string;
  key: string;
  id: string | null;
  /** A near match the clerk has not confirmed yet. */
  open: boolean;
}

function distinct(words: readonly string[]): string[] {
  return [...new Set(words.map((w) => w.trim()).filter((w) => w !== ''))];
}

export function categoryChoices(
  words: readonly string[],
  categories: readonly Category[],
  learned: Readonly<Record<string, string>>,
): WordChoice[] {
  return categoryTable(distinct(words), categories, learned).map(({ word, key, suggestion }) => ({
    word,
    key,
    id: suggestion?.categoryId ?? null,
    open: false,
  }));
}

export function unitChoices(
  words: readonly string[],
  units: readonly Unit[],
  learned: Readonly<Record<string, string>>,
): WordChoice[] {
  const byKey = new Map<string, WordChoice>();
  for (const word of distinct(words)) {
    const key = unitWholeKey(word);
    if (byKey.has(key)) continue;
    const match = matchUnit(word, units, learned);
    byKey.set(key, {
      word,
      key,
      id: match.kind === 'none' ? null : match.unitId,
      open: match.kind === 'near',
    });
  }
  return [...byKey.values()];
}

/**
 * The table again over the rows' words after the clerk fixed a row: a word the fix brought in is listed with its
 * suggestion (so it is mapped, never silently nothing), the clerk's choices are kept by key, and a word no row holds
 * any more leaves.
 */
export function keptChoices(previous: readonly WordChoice[], fresh: readonly WordChoice[]): WordChoice[] {
  const chosen = new Map(previous.map((c) => [c.key, c]));
  return fresh.map((c) => chosen.get(c.key) ?? c);
}

/** The chosen id of a word, looked up by its key. */
export function chosenId(choices: readonly WordChoice[], key: string): string | null {
  return choices.find((c) => c.key === key)?.id ?? null;
}

export const categoryKeyOf = categoryWordKey;
export const unitKeyOf = unitWholeKey;

/** What this import teaches the next: each word the clerk settled, under its key. */
export function learnedWords(choices: readonly WordChoice[]): Record<string, string> {
  return Object.fromEntries(choices.flatMap((c) => (c.id !== null && !c.open ? [[c.key, c.id]] : [])));
}

/** What the tables are suggested from: the desk's category and unit trees. */
export interface WordReference {
  categories: readonly Category[];
  units: readonly Unit[];
}

/** The category and unit tables over the rows' words, with what earlier imports taught. */
export function wordTables(readings: readonly ImportedRow[], memory: ImportMemory, reference: WordReference) {
  return {
    categories: categoryChoices(
      readings.map((r) => r.category),
      reference.categories,
      memory.categoryWords,
    ),
    units: unitChoices(
      readings.map((r) => r.unit),
      reference.units,
      memory.unitWords,
    ),
  };
}
