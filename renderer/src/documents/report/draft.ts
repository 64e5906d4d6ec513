import {
  featuresSentence,
  formatChange,
  formatPercent,
  handlingSentence,
  piecesSentence,
  topCategoriesSentence,
  visitsSentence,
  type Statistics,
} from '../../domain/statistics';
import { quarterName } from './period';
import type { DraftedParagraphs, DraftedSection, ReportFigures, TypicalCase } from './types';

/**
 * Sections 一–四 drafted from the figures as paragraphs in the style of seed 004 (「本季度共接处访12批次30人次，与
 * 去年同期…相比，批次上升20.00%…」). Every number is read from ReportFigures, which computeStatistics produced.
 */

const visits = (s: Statistics) => ({ batches: s.batches, persons: s.persons });

/** 「来访12批次30人次、来电2批次2人次；来信3件、网上信访2件」: the channels that had any contact. */
function channelClause(stats: Statistics): string {
  const contacts = stats.byChannel.filter((c) => c.batches !== null && c.batches > 0).map((c) => `${c.name}${c.batches}批次${c.persons}人次`);
  const letters = stats.byChannel.filter((c) => c.batches === null && c.pieces > 0).map((c) => `${c.name}${c.pieces}件`);
  return [contacts.join('、'), letters.join('、')].filter(Boolean).join('；');
}

/** 上升 more than a tenth: rising; falling more than a tenth: falling; otherwise steady; no base: nothing to say. */
function trendWord(change: number | null): string | null {
  if (change === null) return null;
  if (change > 0.1) return '有所上升';
  if (change < -0.1) return '呈下降态势';
  return '总体平稳';
}

/** 「集体访批次持平，重复访件数上升50.00%」: the changes that have a base, or '' when none has. */
function changes(items: readonly [string, number | null][]): string {
  return items
    .filter(([, value]) => value !== null)
    .map(([label, value]) => `${label}${formatChange(value)}`)
    .join('，');
}

function basic(f: ReportFigures): string[] {
  const { current } = f;
  const kind = f.period.kind;
  const words = kind === 'year' ? { current: `${f.period.year}年`, lastYear: `${f.period.year - 1}年` } : undefined;
  const paragraphs = [
    visitsSentence({ kind, current: visits(current), lastYear: visits(f.lastYear), previous: f.previous ? visits(f.previous) : undefined, words }),
    piecesSentence(current, kind).replace(/^本年度/u, `${f.period.year}年`) +
      (() => {
        const pieces = changes([
          ['同比', f.yearOnYear.pieces],
          ['环比', f.sequential?.pieces ?? null],
        ]).replace('，', '、');
        return pieces ? `信访事项件数${pieces}。` : '';
      })(),
  ];
  const channels = channelClause(current);
  if (channels) paragraphs.push(`从信访渠道看，${channels}。`);
  if (kind === 'year' && f.quarters.length > 0) {
    const parts = f.quarters.map((q) => `${quarterName(q.quarter)}${q.stats.batches}批次${q.stats.persons}人次`);
    paragraphs.push(`分季度看，${parts.join('，')}。`);
  }
  return paragraphs;
}

function features(f: ReportFigures): string[] {
  const { current, yearOnYear, sequential } = f;
  const base = f.period.kind === 'year' ? '上年度' : '去年同期';
  const paragraphs = [featuresSentence(current)];
  const groups = changes([
    ['集体访批次', yearOnYear.collectiveBatches],
    ['重复访件数', yearOnYear.repeatPieces],
    ['越级访批次', yearOnYear.levelSkippingBatches],
  ]);
  if (groups) paragraphs.push(`与${base}相比，${groups}。`);
  const trend = trendWord(yearOnYear.batches);
  const period = f.period.kind === 'year' ? '全年' : '本季度';
  const sequentialText = sequential ? `环比${formatChange(sequential.batches)}` : '';
  paragraphs.push(
    trend
      ? `从走势看，${period}来访批次同比${formatChange(yearOnYear.batches)}${sequentialText ? `、${sequentialText}` : ''}，信访总量${trend}。`
      : `从走势看，${base}无来访，不作同比${sequentialText ? `；${period}来访批次${sequentialText}` : ''}。`,
  );
  if (f.period.kind === 'year' && f.quarters.length > 0) {
    const busiest = f.quarters.reduce((a, b) => (b.stats.batches > a.stats.batches ? b : a));
    if (busiest.stats.batches > 0) paragraphs.push(`${quarterName(busiest.quarter)}来访最多，${busiest.stats.batches}批次${busiest.stats.persons}人次。`);
  }
  return paragraphs;
}

function problems(f: ReportFigures, cases: readonly TypicalCase[]): string[] {
  const paragraphs = [topCategoriesSentence(f.current)];
  const [first] = f.current.topCategories;
  if (first) paragraphs.push(`其中，${first.name}问题最为集中，${first.count}件，占本期登记的${f.current.pieces}件信访事项的${formatPercent(first.share)}。`);
  if (cases.length > 0) {
    paragraphs.push('典型事例：');
    cases.forEach((c, i) => paragraphs.push(`${i + 1}. ${c.category}方面。${c.unit}：${c.summary}`));
  }
  return paragraphs;
}

function handling(f: ReportFigures): string[] {
  const { current } = f;
  const paragraphs = [handlingSentence(current)];
  const { overdue } = current;
  if (overdue.length > 0) {
    const longest = Math.max(...overdue.map((o) => o.daysOverdue));
    paragraphs.push(`超期未办结事项${overdue.length}件，最长超期${longest}天，详见下表，须逐件督办、限期办结。`);
  }
  return paragraphs;
}

/** One section drafted afresh (重新生成). */
export function draftSection(section: DraftedSection, figures: ReportFigures, cases: readonly TypicalCase[] = []): string[] {
  switch (section) {
    case 'basic':
      return basic(figures);
    case 'features':
      return features(figures);
    case 'problems':
      return problems(figures, cases);
    case 'handling':
      return handling(figures);
  }
}

/** Sections 一–四 as the app drafts them. */
export function draftParagraphs(figures: ReportFigures, cases: readonly TypicalCase[] = []): DraftedParagraphs {
  return { basic: basic(figures), features: features(figures), problems: problems(figures, cases), handling: handling(figures) };
}
