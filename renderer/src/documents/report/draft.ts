import {
  featuresSentence,
  figure,
  formatChange,
  PERIOD_WORDS,
  handlingSentence,
  piecesSentence,
  topCategoriesSentence,
  visitsSentence,
  type ComparableFigureKey,
  type Statistics,
  type StatisticsChange,
} from '../../domain/statistics';
import { outreachFeatures } from '../../domain/outreach/reportParagraphs';
import { quarterName } from './period';
import type { ReportFigures, TypicalCase } from './types';
import type { DraftedParagraphs, DraftedSection } from '../../domain/reportDraft';

/**
 * Sections 一–四 drafted from the figures as paragraphs in the style of seed 004 (「本季度共接处访12批次30人次，与
 * 去年同期…相比，批次上升20.00%…」). Every number is read from ReportFigures, which computeStatistics produced.
 */

const visits = (s: Statistics) => ({ batches: s.batches, persons: s.persons });

/** 「来访12批次30人次、来电2批次2人次；来信3件、网上信访2件」: the channels that had any contact. */
function channelClause(stats: Statistics): string {
  const contacts = stats.byChannel
    .filter((c) => c.batches !== null && c.batches > 0)
    .map((c) => `${c.name}${c.batches}批次${c.persons}人次`);
  const letters = stats.byChannel
    .filter((c) => c.batches === null && c.pieces > 0)
    .map((c) => `${c.name}${c.pieces}件`);
  return [contacts.join('、'), letters.join('、')].filter(Boolean).join('；');
}

/** 上升 more than a tenth: rising; falling more than a tenth: falling; otherwise steady; no base: nothing to say. */
function trendWord(change: number | null): string | null {
  if (change === null) return null;
  if (change > 0.1) return '有所上升';
  if (change < -0.1) return '呈下降态势';
  return '总体平稳';
}

/** 「集体访批次持平，重复访件数上升50.00%」: the catalogue's label and change of each figure that has a base, or ''. */
function changes(keys: readonly ComparableFigureKey[], of: StatisticsChange): string {
  return keys
    .filter((key) => of[key].ratio !== null)
    .map((key) => `${figure(key).label}${formatChange(of[key], figure(key).unit)}`)
    .join('，');
}

/** How the report names its period and bases: 「本季度」, or 「2026年」 and 「2025年」 for a year. */
function periodWords(f: ReportFigures) {
  return f.period.kind === 'year' ? { current: `${f.period.year}年`, lastYear: `${f.period.year - 1}年` } : undefined;
}

function basic(f: ReportFigures): string[] {
  const { current } = f;
  const kind = f.period.kind;
  const words = periodWords(f);
  const paragraphs = [
    visitsSentence({
      kind,
      current: visits(current),
      lastYear: visits(f.lastYear),
      previous: f.previous ? visits(f.previous) : undefined,
      words,
    }),
    piecesSentence({ kind, current: current.pieces, lastYear: f.lastYear.pieces, previous: f.previous?.pieces, words }),
  ];
  const channels = channelClause(current);
  if (channels) paragraphs.push(`从信访渠道看，${channels}。`);
  if (kind === 'year' && f.quarters.length > 0) {
    const parts = f.quarters.map((q) => `${quarterName(q.quarter)}${q.stats.batches}批次${q.stats.persons}人次`);
    paragraphs.push(`分季度看，${parts.join('，')}。`);
  }
  return paragraphs;
}

/**
 * 「从走势看，与去年同期相比信访总量有所上升，与上季度相比总体平稳。」: the direction of the 批次 against each base that
 * had any, in words only (the percentages are 一、基本情况's, not repeated here); nothing when no base had visits.
 */
function trendParagraph(f: ReportFigures, base: string): string | null {
  const clauses: string[] = [];
  const yearOnYear = trendWord(f.yearOnYear.batches.ratio);
  if (yearOnYear) clauses.push(`与${base}相比信访总量${yearOnYear}`);
  const sequential = f.sequential ? trendWord(f.sequential.batches.ratio) : null;
  if (sequential) clauses.push(`与上季度相比${clauses.length > 0 ? '' : '信访总量'}${sequential}`);
  return clauses.length > 0 ? `从走势看，${clauses.join('，')}。` : null;
}

/** 二、主要特点's 同比 sentence, by catalogue key. */
export const FEATURE_FIGURES = [
  'collectiveBatches',
  'repeatPieces',
  'levelSkippingBatches',
] as const satisfies readonly ComparableFigureKey[];

function features(f: ReportFigures): string[] {
  const { current, yearOnYear } = f;
  const base = f.period.kind === 'year' ? `${f.period.year - 1}年` : '去年同期';
  const paragraphs = [featuresSentence(current)];
  const groups = changes(FEATURE_FIGURES, yearOnYear);
  if (groups) paragraphs.push(`与${base}相比，${groups}。`);
  const trend = trendParagraph(f, base);
  if (trend) paragraphs.push(trend);
  if (f.period.kind === 'year' && f.quarters.length > 0) {
    const busiest = f.quarters.reduce((a, b) => (b.stats.batches > a.stats.batches ? b : a));
    if (busiest.stats.batches > 0)
      paragraphs.push(
        `${quarterName(busiest.quarter)}接处访最多，${busiest.stats.batches}批次${busiest.stats.persons}人次。`,
      );
  }
  if (f.outreach) {
    const current = periodWords(f)?.current ?? PERIOD_WORDS[f.period.kind].current;
    paragraphs.push(...outreachFeatures(f.outreach, { current, base }));
  }
  return paragraphs;
}

function problems(f: ReportFigures, cases: readonly TypicalCase[]): string[] {
  // The first category's count and share are in this sentence already: not repeated as 「其中…最为集中」.
  const paragraphs = [topCategoriesSentence(f.current)];
  if (cases.length > 0) {
    paragraphs.push('典型事例：');
    cases.forEach((c, i) =>
      paragraphs.push(`${i + 1}.${c.category}方面${c.unit ? `（${c.unit}）` : ''}。${c.summary}`),
    );
  }
  return paragraphs;
}

function handling(f: ReportFigures): string[] {
  const { current } = f;
  const paragraphs = [handlingSentence(current, periodWords(f)?.current ?? PERIOD_WORDS[f.period.kind].current)];
  const { overdue } = current;
  if (overdue.length > 0) {
    const longest = Math.max(...overdue.map((o) => o.daysOverdue));
    paragraphs.push(`上述超期事项最长超期${longest}天，详见下表，须逐件督办、限期办结。`);
  }
  return paragraphs;
}

/** One section drafted afresh (重新生成). */
export function draftSection(
  section: DraftedSection,
  figures: ReportFigures,
  cases: readonly TypicalCase[] = [],
): string[] {
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
  return {
    basic: basic(figures),
    features: features(figures),
    problems: problems(figures, cases),
    handling: handling(figures),
  };
}
