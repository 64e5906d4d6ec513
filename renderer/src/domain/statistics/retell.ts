import { removeIdentities } from '../access/scrubIdentity';
import type { Channel } from '../types';

/**
 * 典型事例 retold for the report (docs/domain.md §9, §11): in the third person, the petitioner named by surname and 某
 * (张某), never by the words the clerk took down (「本人…」), and without ID numbers or phones.
 */

/** Two-character surnames: 欧阳明 is 欧阳某, not 欧某. */
const COMPOUND_SURNAMES = [
  '欧阳',
  '司马',
  '上官',
  '诸葛',
  '东方',
  '皇甫',
  '尉迟',
  '公孙',
  '慕容',
  '令狐',
  '长孙',
  '宇文',
  '司徒',
  '夏侯',
  '轩辕',
  '端木',
  '独孤',
  '南宫',
  '西门',
  '钟离',
];

const HAN = /^\p{Script=Han}/u;

/** 「张某」 from 「张建国」; null when the name is empty or does not start with a Chinese character. */
export function maskedName(name: string): string | null {
  const trimmed = name.trim();
  if (!HAN.test(trimmed)) return null;
  const compound = COMPOUND_SURNAMES.find((s) => trimmed.startsWith(s) && trimmed.length > s.length);
  return `${compound ?? [...trimmed][0]}某`;
}

/** Each name that has a 某-name, with it: [['张建国', '张某'], …]. */
function nameMasks(names: readonly string[]): (readonly [string, string])[] {
  return names.flatMap((name) => {
    const masked = maskedName(name);
    return masked && name.trim() ? [[name.trim(), masked] as const] : [];
  });
}

function withMaskedNames(text: string, masks: readonly (readonly [string, string])[]): string {
  let result = text;
  for (const [name, masked] of [...masks].sort((a, b) => b[0].length - a[0].length))
    result = result.split(name).join(masked);
  return result;
}

/**
 * A text with the names replaced by their 某-names (张建国 → 张某), and those 某-names: what a reader who may not know
 * who asked (a 党支部书记) is given, so the report still reads 「张某等3人来访反映」.
 */
export function maskNames(text: string, names: readonly string[]): { text: string; maskedNames: string[] } {
  const masks = nameMasks(names);
  return { text: withMaskedNames(text, masks), maskedNames: masks.map(([, masked]) => masked) };
}

/** The petitioner's own words in the third person: 本人/我 → 其, 我们 → 他们, 我矿 → 该矿, 我单位 → 所在单位. */
export function thirdPerson(text: string): string {
  return (
    text
      .replace(/我们|咱们|我等/gu, '他们')
      .replace(/我单位/gu, '所在单位')
      .replace(/我(?=[矿厂队科处局司部区])/gu, '该')
      // 我国 is the country, not the petitioner.
      .replace(/本人|我的|我(?!国)/gu, '其')
  );
}

/** How a contact came, as the sentence says it: 「张某等6人来访反映」. */
const HOW: Record<Channel, string> = {
  来访: '来访',
  来信: '来信',
  来电: '来电',
  网上信访: '通过网上信访',
  下访发现: '在下访中',
  座谈会: '在座谈会上',
  上级转送: '经上级转送',
  领导接待日: '在领导接待日',
};

/** What a chosen case prints from its stored petition: the whole summary, and its petitioners' names to keep out. */
export type CaseText = Pick<CaseToRetell, 'summary' | 'petitionerNames'>;

export interface CaseToRetell {
  /** The stored summary, as the clerk took it down. */
  summary: string;
  /** The petitioners' names, the first one naming the case (「张某等6人」). */
  petitionerNames: readonly string[];
  channel: Channel;
  headcount: number;
  anonymous: boolean;
  /** 保密: no surname either; the petitioners are 「信访人」. */
  confidential: boolean;
}

/** A summary opening with one of these says what kind of matter it is; the sentence keeps it as its verb. */
const VERB_FIRST = /^(?:检举|举报|投诉|控告|咨询|求助|请求|要求|建议|申诉)/u;

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/**
 * 「张某等6人来访反映，其所在班组精益奖金分配不公开，他们要求公开明细。」 Who (a 某-name and the headcount), how they
 * came, then the summary: its names replaced by their 某-names (or 「信访人」 on a confidential matter), ID numbers and
 * phones removed, a leading 「张某反映：」 dropped (the sentence says it), and first person turned to third. '' when
 * nothing is left to say.
 */
export function retellCase(c: CaseToRetell): string {
  const masks = c.confidential ? [] : nameMasks(c.petitionerNames);
  const text = removeIdentities(withMaskedNames(c.summary.trim(), masks), c.petitionerNames);
  const first = masks[0]?.[1];
  const subject = first ?? (c.anonymous ? '匿名信访人' : '信访人');
  const who = `${subject}${c.headcount > 1 ? `等${c.headcount}人` : ''}`;
  const names = [...new Set([...masks.map(([, m]) => m), '匿名信访人', '信访人'])].map(escape).join('|');
  // 「8人来访，反映…」: a headcount without a name opens the sentence too; the retelling says it once.
  const opening = new RegExp(
    `^(?:(?:${names})(?:等\\d+人)?|\\d+人)?(?:来访|来信|来电)?[：:，,、\\s]*(?:反映|反应|诉称|称)?[：:，,、\\s]*`,
    'u',
  );
  // 「张某本人所得」: the 某-name says who; 本人 would become 「张某其所得」.
  const rest = thirdPerson(
    text
      .replace(opening, '')
      .replace(new RegExp(`(${names})本人`, 'gu'), '$1')
      .trim(),
  );
  if (!/[\p{Script=Han}\p{L}\p{N}]/u.test(rest)) return '';
  // 「信访人来访检举…」: a verb of its own is kept; otherwise the matter is what they 反映.
  return VERB_FIRST.test(rest) ? `${who}${HOW[c.channel]}${rest}` : `${who}${HOW[c.channel]}反映，${rest}`;
}
