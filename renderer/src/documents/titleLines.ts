/**
 * 标题回行 (GB/T 9704-2012 §7.3.1): a title too long for one line breaks between words, never inside one, and its
 * lines form a 梯形 (each line no longer than the next) or a 菱形 (the middle line the longest). Words are what the
 * caller knows to be whole: a unit's name, a period, 「信访工作研判分析报告」; a plain string is cut at the boundaries a
 * title's grammar gives without a dictionary (after 的, before 关于 and before 信访工作 or 工作).
 */

/** Width in full-width characters: a digit or Latin letter is half one. */
export function widthInChars(text: string): number {
  let width = 0;
  for (const ch of text) width += ch.charCodeAt(0) < 0x80 ? 0.5 : 1;
  return width;
}

const BOUNDARY = /(?<=的)|(?=关于)|(?=信访工作)|(?=(?<!信访)工作)/u;

/** A title cut into words at the boundaries its grammar gives. */
export function titleWords(text: string): string[] {
  return text.split(BOUNDARY).filter(Boolean);
}

/** Every way of cutting `words` into `lines` consecutive groups, joined. */
function splits(words: readonly string[], lines: number): string[][] {
  if (lines === 1) return [[words.join('')]];
  const out: string[][] = [];
  for (let i = 1; i <= words.length - lines + 1; i++) {
    for (const rest of splits(words.slice(i), lines - 1)) out.push([words.slice(0, i).join(''), ...rest]);
  }
  return out;
}

const isTrapezoid = (widths: readonly number[]) => widths.every((w, i) => i === 0 || (widths[i - 1] ?? 0) <= w);
const isDiamond = (widths: readonly number[]) => {
  if (widths.length !== 3) return false;
  const [top = 0, middle = 0, bottom = 0] = widths;
  return middle >= top && middle >= bottom;
};

/**
 * The title's lines: one line when it fits in `maxChars`; otherwise the fewest lines that fit, in a 梯形 or 菱形
 * shape if any cut gives one, the most even among those. A word longer than a line is cut by characters as a last
 * resort.
 */
export function titleLines(words: readonly string[], maxChars: number): string[] {
  const whole = words.flatMap((word) => (widthInChars(word) <= maxChars ? [word] : [...word]));
  if (widthInChars(whole.join('')) <= maxChars) return [whole.join('')];
  for (let lines = 2; lines <= whole.length; lines++) {
    const fitting = splits(whole, lines).filter((cut) => cut.every((line) => widthInChars(line) <= maxChars));
    if (fitting.length === 0) continue;
    const shaped = fitting.filter((cut) => {
      const widths = cut.map(widthInChars);
      return isTrapezoid(widths) || isDiamond(widths);
    });
    const spread = (cut: string[]) => {
      const widths = cut.map(widthInChars);
      return Math.max(...widths) - Math.min(...widths);
    };
    return [...(shaped.length > 0 ? shaped : fitting)].sort((a, b) => spread(a) - spread(b))[0] ?? fitting[0]!;
  }
  return whole;
}
