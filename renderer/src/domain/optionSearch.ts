import { pinyin } from 'pinyin-pro';

/**
 * What the clerk types into a select finds its options: the label's own characters, or its pinyin in full or by
 * initials (「gz」 and 「gongzi」 find 工资), case and spaces ignored. Every select of the desk filters with this.
 */

const PINYIN_OPTIONS = { toneType: 'none', type: 'array', v: true } as const;

/** Per label: [label, full pinyin, initials], lower-case without spaces. Labels are few (units, categories). */
const readings = new Map<string, readonly string[]>();

/** A label as it may be typed: itself, its full pinyin and its initials (lower-case, no spaces); cached per label. */
export function readingsOf(label: string): readonly string[] {
  let known = readings.get(label);
  if (!known) {
    const plain = compact(label);
    const syllables = pinyin(label, PINYIN_OPTIONS);
    const initials = pinyin(label, { ...PINYIN_OPTIONS, pattern: 'first' });
    known = [plain, compact(syllables.join('')), compact(initials.join(''))];
    readings.set(label, known);
  }
  return known;
}

function compact(text: string): string {
  return text.replace(/[\s\u3000]+/g, '').toLowerCase();
}

/** True when `typed` occurs in the label or in its pinyin; an empty search finds everything. */
export function optionMatches(typed: string, label: string): boolean {
  const wanted = compact(typed);
  if (wanted === '') return true;
  return readingsOf(label).some((reading) => reading.includes(wanted));
}

/** True when `typed` finds any of the labels (a cascader path matches when any of its steps does). */
export function anyLabelMatches(typed: string, labels: readonly string[]): boolean {
  return labels.some((label) => optionMatches(typed, label));
}

/**
 * The one item `typed` finds, for Enter to take it; null when it finds none or several (Enter then takes only an
 * option the clerk highlighted).
 */
export function singleMatch<T>(items: readonly T[], typed: string, labelsOf: (item: T) => readonly string[]): T | null {
  if (compact(typed) === '') return null;
  let found: T | null = null;
  for (const item of items) {
    if (!anyLabelMatches(typed, labelsOf(item))) continue;
    if (found !== null) return null;
    found = item;
  }
  return found;
}
