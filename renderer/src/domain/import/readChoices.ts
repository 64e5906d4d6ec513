import { isOpenStatus } from '../ledgerQuery';
import { CHANNELS, PETITION_STATUSES, type Channel, type PetitionStatus } from '../types';
import { SATISFACTION_LEVELS } from '../workflowPayloads';
import { cellText, normalizeWord, type CellValue } from './cells';
import { readFailed, readOk, type Reading } from './problems';

/**
 * The office's own words for a channel, a yes or no and a satisfaction, read into the desk's values (issue 17). A
 * word is looked up whole first, then as a part of the cell (「电话反映」), the more specific channels before 来访 so
 * that 「领导接待日来访」 is a 领导接待日 and 「网上来访」 is 网上信访.
 */
const CHANNEL_WORDS: readonly (readonly [Channel, readonly string[]])[] = [
  ['领导接待日', ['领导接待日', '接待日', '领导接待', '领导接访', '书记接待', '矿长接待']],
  ['上级转送', ['上级转送', '上级交办', '转送', '交办', '转办', '批转', '上级转']],
  ['下访发现', ['下访发现', '下访', '走访发现', '排查发现']],
  ['座谈会', ['座谈会', '座谈']],
  ['网上信访', ['网上信访', '网上', '网信', '网络', '微信', '邮件', '电子邮件', '邮箱', '留言', 'email', 'e-mail']],
  ['来电', ['来电', '电话', '热线', '致电']],
  ['来信', ['来信', '信件', '信箱', '书信', '邮寄', '写信', '信函', '传真']],
  ['来访', ['来访', '走访', '上访', '到访', '接访', '面访', '当面', '个访', '集体访', '访']],
];

function lookUp<T>(table: readonly (readonly [T, readonly string[]])[], word: string): T | null {
  for (const [value, words] of table) if (words.includes(word)) return value;
  for (const [value, words] of table) if (words.some((w) => w.length > 1 && word.includes(w))) return value;
  return null;
}

function wordOf(value: CellValue): string {
  return normalizeWord(cellText(value)).toLowerCase();
}

/** null for an empty cell; a failure names the word the desk does not know. */
export function readChannel(value: CellValue): Reading<Channel> | null {
  const word = wordOf(value);
  if (word === '') return null;
  const channel = (CHANNELS as readonly string[]).includes(word) ? (word as Channel) : lookUp(CHANNEL_WORDS, word);
  return channel ? readOk(channel) : readFailed(`来访形式「${cellText(value)}」无法识别`);
}

/** Negative words first: 「未办结」 holds 「办结」. */
const YES_NO_WORDS: readonly (readonly [boolean, readonly string[]])[] = [
  [
    false,
    [
      '否',
      '未办结',
      '未结',
      '未结案',
      '未完成',
      '在办',
      '办理中',
      '正在办理',
      '未',
      '没有',
      '无',
      '×',
      '✗',
      'x',
      'n',
      'no',
      '0',
    ],
  ],
  [
    true,
    [
      '是',
      '已办结',
      '办结',
      '已结',
      '结案',
      '已结案',
      '完成',
      '已完成',
      '已处理',
      '已销号',
      '销号',
      '√',
      '✓',
      '✔',
      'y',
      'yes',
      '1',
    ],
  ],
];

/**
 * The desk's own status words, as its ledger export writes them in 状态: 已办结, 不予受理, 已转送 and 已终结 are done,
 * every other but 已作废 (a mistaken registration, not a matter to import) is not.
 */
const STATUS_DONE = new Map(
  (Object.entries(PETITION_STATUSES) as [PetitionStatus, string][])
    .filter(([status]) => status !== 'voided')
    .map(([status, label]) => [label, !isOpenStatus(status)]),
);

/** 是否办结 and similar: null for an empty cell. */
export function readYesNo(value: CellValue): Reading<boolean> | null {
  if (typeof value === 'boolean') return readOk(value);
  const word = wordOf(value);
  if (word === '') return null;
  const answer = STATUS_DONE.get(word) ?? lookUp(YES_NO_WORDS, word);
  return answer === null ? readFailed(`「${cellText(value)}」看不出是否办结`) : readOk(answer);
}

export type Satisfaction = (typeof SATISFACTION_LEVELS)[number];

/** 不满意 before 满意, which it holds; 比较满意 is the desk's 基本满意. */
const SATISFACTION_WORDS: readonly (readonly [Satisfaction, readonly string[]])[] = [
  ['不满意', ['不满意', '不太满意', '很不满意', '非常不满意']],
  ['基本满意', ['基本满意', '比较满意', '较满意', '基本认可']],
  ['满意', ['满意', '非常满意', '很满意', '十分满意', '认可']],
];

const SATISFIED = /满意|认可/;
const NEGATION = /[不没未]/g;
/** How far before 满意 or 认可 a 不, 没 or 未 still negates it (「不是很满意」), within one clause (not 「未回访，满意」). */
const NEGATION_REACH = 3;

/**
 * 1 when the word negates its 满意 or 认可 (「不认可」, 「没有满意」), 2 or more when it negates twice (「不是不满意」),
 * 0 when it does not.
 */
function negationsOf(word: string): number {
  const at = word.search(SATISFIED);
  if (at < 0) return 0;
  const clause =
    word
      .slice(0, at)
      .split(/[，,。;；、]/)
      .pop() ?? '';
  return clause.slice(-NEGATION_REACH).match(NEGATION)?.length ?? 0;
}

/** 满意度: null for an empty cell or one that says there was no 回访 yet (未回访, 未评价). A double negation is refused. */
export function readSatisfaction(value: CellValue): Reading<Satisfaction> | null {
  const word = wordOf(value);
  if (word === '' || /^(未回访|未评价|未参评|无|\/|-)$/.test(word)) return null;
  const negations = negationsOf(word);
  const level = negations === 0 ? lookUp(SATISFACTION_WORDS, word) : negations === 1 ? '不满意' : null;
  return level ? readOk(level) : readFailed(`满意度「${cellText(value)}」无法识别`);
}
