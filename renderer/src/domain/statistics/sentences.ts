import { change, formatChange, formatPercent } from './figures';
import type { PeriodKind, Statistics } from './types';

/** How sentences name the period and its two bases. */
export const PERIOD_WORDS: Record<PeriodKind, { current: string; previous: string; lastYear: string }> = {
  month: { current: '本月', previous: '上月', lastYear: '去年同月' },
  quarter: { current: '本季度', previous: '上季度', lastYear: '去年同期' },
  year: { current: '本年度', previous: '上年度', lastYear: '上年度' },
  custom: { current: '本期', previous: '上期', lastYear: '去年同期' },
};

interface Visits {
  batches: number;
  persons: number;
}

function against(current: Visits, base: Visits, baseWord: string): string {
  // A comparison with nothing to compare against is left out, not printed as 「同比—」 inside a sentence.
  if (base.batches === 0 && base.persons === 0) return `${baseWord}无接处访`;
  const batches = formatChange(change(current.batches, base.batches));
  const persons = formatChange(change(current.persons, base.persons));
  return `与${baseWord}${base.batches}批次${base.persons}人次相比，批次${batches}、人次${persons}`;
}

/**
 * 一、基本情况's opening in seed 004's form: "本季度共接处访12批次30人次，与去年同期10批次25人次相比，批次上升
 * 20.00%、人次上升20.00%；与上季度…。" 共接处访 is the all-channel total (docs/domain.md §8); a year has one base (上年度).
 * `words` overrides the period's names, e.g. { current: '2018年', lastYear: '2017年' }.
 */
export function visitsSentence(args: {
  kind: PeriodKind;
  current: Visits;
  lastYear: Visits;
  previous?: Visits;
  words?: Partial<(typeof PERIOD_WORDS)[PeriodKind]>;
}): string {
  const words = { ...PERIOD_WORDS[args.kind], ...args.words };
  const clauses = [against(args.current, args.lastYear, words.lastYear)];
  if (args.previous && args.kind !== 'year') clauses.push(against(args.current, args.previous, words.previous));
  return `${words.current}共接处访${args.current.batches}批次${args.current.persons}人次，${clauses.join('；')}。`;
}

/**
 * "本季度登记信访事项7件，与去年同期4件相比上升75.00%，与上季度4件相比上升75.00%。": each comparison names its base;
 * one whose base is 0 is left out (no 「同比—」 in a sentence). Which channels the 件 came by is the channel clause's.
 */
export function piecesSentence(args: {
  kind: PeriodKind;
  current: number;
  lastYear: number;
  previous?: number;
  words?: Partial<(typeof PERIOD_WORDS)[PeriodKind]>;
}): string {
  const words = { ...PERIOD_WORDS[args.kind], ...args.words };
  const bases: [string, number][] = [[words.lastYear, args.lastYear]];
  if (args.previous !== undefined && args.kind !== 'year') bases.push([words.previous, args.previous]);
  const clauses = bases
    .filter(([, base]) => base > 0)
    .map(([word, base]) => `，与${word}${base}件相比${formatChange(change(args.current, base))}`);
  return `${words.current}登记信访事项${args.current}件${clauses.join('')}。`;
}

/** 「集体访、重复访和越级访」: names joined the way a sentence lists them. */
function listed(names: readonly string[]): string {
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join('、')}和${names[names.length - 1]}`;
}

/**
 * 二、主要特点: "集体访2批次13人次，重复访3件、占本期接待涉及的13件信访事项的23.08%，越级访1批次。" Only what happened
 * is counted; what did not is said once (「本期无越级访」), never as 「0批次」. The repeat share's base (the matters
 * contacted in the period) is printed beside it.
 */
export function featuresSentence(stats: Pick<Statistics, 'collective' | 'repeat' | 'levelSkipping'>): string {
  const { collective, repeat, levelSkipping } = stats;
  const share =
    repeat.share === null
      ? ''
      : `、占本期接待涉及的${repeat.contactedPieces}件信访事项的${formatPercent(repeat.share)}`;
  const items: [string, string | null][] = [
    ['集体访', collective.batches > 0 ? `集体访${collective.batches}批次${collective.persons}人次` : null],
    ['重复访', repeat.pieces > 0 ? `重复访${repeat.pieces}件${share}` : null],
    ['越级访', levelSkipping.batches > 0 ? `越级访${levelSkipping.batches}批次` : null],
  ];
  const present = items.flatMap(([, text]) => (text ? [text] : []));
  const absent = items.filter(([, text]) => text === null).map(([name]) => name);
  const none = absent.length > 0 ? `本期无${listed(absent)}` : '';
  return present.length === 0 ? `${none}。` : `${present.join('，')}${none ? `；${none}` : ''}。`;
}

/**
 * 三、反映的主要问题: "本期登记的15件信访事项中，反映的问题主要集中在工资福利（5件，占33.33%）、社会保险（3件，占
 * 20.00%）。" The shares' base, the matters registered, opens the sentence.
 */
export function topCategoriesSentence(stats: Pick<Statistics, 'topCategories' | 'pieces'>): string {
  if (stats.topCategories.length === 0) return '本期未登记反映问题。';
  const items = stats.topCategories.map((r) => `${r.name}（${r.count}件，占${formatPercent(r.share)}）`);
  return `本期登记的${stats.pieces}件信访事项中，反映的问题主要集中在${items.join('、')}。`;
}

/**
 * 四、办理情况, four sentences: 受理 and 办结件数 (the cases handled in the period, whenever due, and how many by
 * their due day); the cases due in the period with how many of them were handled (and on time) beside each rate,
 * the base named; replies, ratings and satisfaction, each rate after its base; the overdue count. A rate whose base is
 * 0 is left out with words saying so, never printed as 「—」. `current` names the period (「本季度」).
 */
export function handlingSentence(
  stats: Pick<Statistics, 'acceptance' | 'handling' | 'satisfaction' | 'overdue'>,
  current = '本期',
): string {
  const { acceptance, handling, satisfaction, overdue } = stats;
  const accepted = acceptance.accepted > 0 ? `受理信访事项${acceptance.accepted}件` : '未受理信访事项';
  const finished =
    handling.finished > 0
      ? `办结申诉求决类事项${handling.finished}件，其中按期办结${handling.finishedOnTime}件`
      : '未办结申诉求决类事项';
  const due =
    handling.due === 0
      ? `${current}无到期应办结的申诉求决类事项，不计办结率`
      : `${current}到期应办结的申诉求决类事项${handling.due}件中，已办结${handling.closed}件、按期办结${handling.closedOnTime}件，` +
        `办结率${formatPercent(handling.closingRate)}、按期办结率${formatPercent(handling.onTimeRate)}`;
  const rated =
    satisfaction.rated === 0
      ? ''
      : `；参评的${satisfaction.rated}件中满意${satisfaction.satisfied}件、基本满意${satisfaction.basicallySatisfied}件，满意率${formatPercent(satisfaction.satisfactionRate)}`;
  const replies =
    satisfaction.replied === 0
      ? `${current}未出具处理意见书`
      : `${current}出具处理意见书${satisfaction.replied}件，其中回访参评${satisfaction.rated}件，参评率${formatPercent(satisfaction.ratingRate)}${rated}`;
  const late = overdue.length > 0 ? `超期未办结${overdue.length}件` : '无超期未办结事项';
  return `${current}${accepted}，${finished}。${due}。${replies}。${late}。`;
}
