import { cellText, type CellValue } from './cells';

/**
 * The 信访人 cell of an old ledger: 「张三」, 「张三、李四」, 「张三,李四」, 「张三、李四等12人」, 「王五等」,
 * 「王五等十二人」. The named people become petitioners; the headcount is the larger of the named and the stated
 * count. 「王五等」 names one and says there were more without saying how many: it counts as at least two, and
 * `moreUnstated` tells the row reader to look at the 人数 column, or to warn.
 */
export interface PeopleReading {
  names: string[];
  /** The count written after 等 (「等12人」), or null. */
  statedCount: number | null;
  headcount: number;
  moreUnstated: boolean;
  /** The cell says the writer gave no name (匿名, the desk's own export writes （匿名）). */
  anonymous: boolean;
}

const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** 「12」, 「十二」, 「二十」, 「一百二十」 → the number; null when the text is not one. */
export function readCount(text: string): number | null {
  const t = text.trim();
  if (/^\d+$/.test(t)) return Number(t);
  const match =
    /^(?:([一二两三四五六七八九])百)?(?:([一二两三四五六七八九])?(十))?[零〇]?([一二两三四五六七八九])?$/.exec(t);
  if (!match || t === '') return null;
  const [, hundreds, tens, ten, ones] = match;
  const tensValue = ten ? (tens ? (DIGITS[tens] ?? 0) : 1) : 0;
  return (hundreds ? (DIGITS[hundreds] ?? 0) * 100 : 0) + tensValue * 10 + (ones ? (DIGITS[ones] ?? 0) : 0);
}

const MORE = /等\s*([\d一二两三四五六七八九十百零〇]+)?\s*(?:人|名|位)?\s*$/;
const NAME_SEPARATORS = /[、，,;；/]+/;
const NO_NAME = /^[（(]?(匿名|无名|不详|未留名|未署名)[）)]?$/;

/**
 * The names of a piece between separators: spaces part two names (「张三 李四」), but a name spaced out for alignment
 * (「王 五」 with a full-width space, 「李 小 龙」) is one, so runs of single characters are joined again.
 */
function namesSpacedOut(piece: string): string[] {
  const names: string[] = [];
  let run = '';
  for (const part of piece.split(/\s+/).filter((p) => p !== '')) {
    if ([...part].length === 1) {
      run += part;
      continue;
    }
    if (run !== '') names.push(run);
    names.push(part);
    run = '';
  }
  if (run !== '') names.push(run);
  return names;
}

export function readPeople(value: CellValue): PeopleReading {
  let text = cellText(value);
  const more = MORE.exec(text);
  let statedCount: number | null = null;
  if (more) {
    text = text.slice(0, more.index);
    statedCount = more[1] ? readCount(more[1]) : null;
  }
  const written = text.split(NAME_SEPARATORS).flatMap(namesSpacedOut);
  const names = written.filter((name) => !NO_NAME.test(name));
  const moreUnstated = more !== null && statedCount === null;
  return {
    names,
    anonymous: names.length === 0 && written.length > 0,
    statedCount,
    headcount: Math.max(names.length, statedCount ?? 0, moreUnstated ? names.length + 1 : 0),
    moreUnstated,
  };
}
