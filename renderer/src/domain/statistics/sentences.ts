import { change } from './compare';
import type { PeriodKind, Statistics } from './types';

/** What the dashboard and the report show for a figure that cannot be computed (a base or a denominator of 0). */
export const NO_VALUE = '—';

/** 0.248138 → '24.81%' (rounded to 2 decimals); null → '—'. */
export function formatPercent(value: number | null): string {
  if (value === null) return NO_VALUE;
  const hundredths = Math.round(Math.abs(value) * 10000);
  return `${value < 0 && hundredths > 0 ? '-' : ''}${(hundredths / 100).toFixed(2)}%`;
}

/** A 同比/环比 in words: '上升24.81%', '下降24.81%', '持平' (when it rounds to 0.00%), or '—' without a base. */
export function formatChange(value: number | null): string {
  if (value === null) return NO_VALUE;
  if (Math.round(Math.abs(value) * 10000) === 0) return '持平';
  return `${value > 0 ? '上升' : '下降'}${formatPercent(Math.abs(value))}`;
}

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

function against(current: Visits, base: Visits, baseWord: string, changeWord: string): string {
  if (base.batches === 0 && base.persons === 0) return `${baseWord}无来访，${changeWord}${NO_VALUE}`;
  const batches = formatChange(change(current.batches, base.batches));
  const persons = formatChange(change(current.persons, base.persons));
  return `与${baseWord}${base.batches}批次${base.persons}人次相比，批次${batches}、人次${persons}`;
}

/**
 * 一、基本情况's opening in seed 004's form: "本季度共接待来访12批次30人次，与去年同期10批次25人次相比，批次上升
 * 20.00%、人次上升20.00%；与上季度…。" A year has one base (上年度). `words` overrides the period's names, e.g.
 * { current: '2018年', lastYear: '2017年' }.
 */
export function visitsSentence(args: {
  kind: PeriodKind;
  current: Visits;
  lastYear: Visits;
  previous?: Visits;
  words?: Partial<(typeof PERIOD_WORDS)[PeriodKind]>;
}): string {
  const words = { ...PERIOD_WORDS[args.kind], ...args.words };
  const clauses = [against(args.current, args.lastYear, words.lastYear, '同比')];
  if (args.previous && args.kind !== 'year') clauses.push(against(args.current, args.previous, words.previous, '环比'));
  return `${words.current}共接待来访${args.current.batches}批次${args.current.persons}人次，${clauses.join('；')}。`;
}

/** "本季度登记信访事项15件，其中来信3件、网上信访2件。" */
export function piecesSentence(stats: Pick<Statistics, 'pieces' | 'byChannel'>, kind: PeriodKind): string {
  const piecesOf = (channel: string) => stats.byChannel.find((c) => c.channel === channel)?.pieces ?? 0;
  return `${PERIOD_WORDS[kind].current}登记信访事项${stats.pieces}件，其中来信${piecesOf('来信')}件、网上信访${piecesOf('网上信访')}件。`;
}

/** 二、主要特点: "集体访2批次13人次，重复访3件、占本期信访事项的23.08%，越级访1批次。" */
export function featuresSentence(stats: Pick<Statistics, 'collective' | 'repeat' | 'levelSkipping'>): string {
  const { collective, repeat, levelSkipping } = stats;
  return (
    `集体访${collective.batches}批次${collective.persons}人次，` +
    `重复访${repeat.pieces}件、占本期信访事项的${formatPercent(repeat.share)}，越级访${levelSkipping.batches}批次。`
  );
}

/** 三、反映的主要问题: "反映的问题主要集中在工资福利（5件，占33.33%）、社会保险（3件，占20.00%）。" */
export function topCategoriesSentence(stats: Pick<Statistics, 'topCategories'>): string {
  if (stats.topCategories.length === 0) return '本期未登记反映问题。';
  const items = stats.topCategories.map((r) => `${r.name}（${r.count}件，占${formatPercent(r.share)}）`);
  return `反映的问题主要集中在${items.join('、')}。`;
}

/** 四、办理情况: 受理, 办结率, 按期办结率, 参评率, 满意率 and the overdue count, "—" where a base is 0. */
export function handlingSentence(stats: Pick<Statistics, 'acceptance' | 'handling' | 'satisfaction' | 'overdue'>): string {
  const { acceptance, handling, satisfaction, overdue } = stats;
  return (
    `受理信访事项${acceptance.accepted}件；` +
    `应办结${handling.due}件，已办结${handling.closed}件，办结率${formatPercent(handling.closingRate)}，按期办结率${formatPercent(handling.onTimeRate)}；` +
    `答复${satisfaction.replied}件，回访参评${satisfaction.rated}件，参评率${formatPercent(satisfaction.ratingRate)}，满意率${formatPercent(satisfaction.satisfactionRate)}；` +
    (overdue.length > 0 ? `超期未办结${overdue.length}件。` : '无超期未办结事项。')
  );
}
