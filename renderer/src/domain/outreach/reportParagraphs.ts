import { figureChange, formatChange, formatFigure } from '../statistics/figures';
import { outreachFigure, type OutreachComparison, type OutreachFigureKey } from '../statistics/outreachFigures';
import { suggestionSentence, type OutreachCounts } from './counts';

/**
 * 走出去 in the quarterly report (docs/domain.md §9, §10): section 二 tells the period's activities, suggestions and
 * help in the seeds' sentences (seed 000's visits and forums, seed 002's relief) with their 同比, and section 六 opens
 * with what is still to follow up. Every number is a figure of the catalogue (statistics/outreachFigures.ts); counts
 * only, nothing names a person.
 */

/** How the report names its period and 同比's base: 「本季度」 and 「去年同期」, or 「2026年」 and 「2025年」. */
export interface OutreachPeriodWords {
  current: string;
  base: string;
}

/** Nothing held, found, collected or given: the report says nothing of 走出去. */
export function outreachIsEmpty(c: OutreachCounts): boolean {
  return c.activities === 0 && c.suggestions.collected === 0 && c.helps.count === 0;
}

const value = (key: OutreachFigureKey, c: OutreachCounts) => {
  const f = outreachFigure(key);
  return formatFigure(f.of(c), f.unit);
};

/** 「其中当场解决16条、转为信访事项2条」 and what is left: 「目前已全部处理」 or 「3条尚待处理」. */
function problemsClause(c: OutreachCounts): string {
  const { closed, toPetition, toRisk, open } = c.problems;
  const handled = [
    closed > 0 ? `当场解决${value('problemsClosed', c)}条` : null,
    toPetition > 0 ? `转为信访事项${value('problemsToPetition', c)}条` : null,
    toRisk > 0 ? `纳入排查台账${value('problemsToRisk', c)}条` : null,
  ].filter((p): p is string => p !== null);
  const parts = [`发现问题${value('problemsFound', c)}条`];
  if (handled.length > 0) parts.push(`其中${handled.join('、')}`);
  parts.push(open === 0 ? '目前已全部处理' : `${value('problemsOpen', c)}条尚待处理`);
  return parts.join('，');
}

/**
 * Seed 000's visits sentence for the period: 「本季度共开展走访座谈活动8次，其中下访走访3次、座谈会3次、调研2次，
 * 覆盖职工465人次，发放调查问卷112份，发现问题72条，其中当场解决…，目前已全部处理。」
 */
export function activitiesSentence(c: OutreachCounts, periodWord: string): string {
  const kinds = c.byKind.filter((k) => k.count > 0).map((k) => `${k.kind}${k.count}次`);
  const parts =
    kinds.length === 1
      ? [`${periodWord}共开展${kinds[0]}`]
      : [`${periodWord}共开展走访座谈活动${value('outreachActivities', c)}次`, `其中${kinds.join('、')}`];
  parts.push(`覆盖职工${value('outreachPersons', c)}人次`);
  if (c.questionnaires > 0) parts.push(`发放调查问卷${value('outreachQuestionnaires', c)}份`);
  if (c.problems.found > 0) parts.push(problemsClause(c));
  return `${parts.join('，')}。`;
}

/** Seed 002's relief sentence: 「本季度帮扶救助困难职工12人次，救助金额8600.00元。」 */
export function helpSentence(c: OutreachCounts, periodWord: string): string {
  return `${periodWord}帮扶救助困难职工${value('helpPersons', c)}人次，救助金额${value('helpAmount', c)}元。`;
}

/** The figures section 二's 同比 sentence names, by catalogue key. */
export const OUTREACH_FEATURE_FIGURES = [
  'outreachActivities',
  'outreachPersons',
  'problemsFound',
  'suggestionsCollected',
  'helpPersons',
  'helpAmount',
] as const satisfies readonly OutreachFigureKey[];

/** 「与去年同期相比，走访座谈活动上升50.00%，…」: each figure with a base, by the catalogue's label; null when none has. */
export function outreachChangeSentence(c: OutreachComparison, base: string): string | null {
  const named = OUTREACH_FEATURE_FIGURES.map((key) => {
    const f = outreachFigure(key);
    const yearOnYear = figureChange(f, c.current, c.lastYear);
    return yearOnYear.ratio === null ? null : `${f.label}${formatChange(yearOnYear, f.unit)}`;
  }).filter((p): p is string => p !== null);
  return named.length > 0 ? `在走出去工作方面，与${base}相比，${named.join('，')}。` : null;
}

/**
 * Section 二's 走出去 paragraphs: the activities and what they found, the suggestions in seed 000's words, the help
 * given, then their 同比. Each only when the period counts any; none at all when it counts nothing.
 */
export function outreachFeatures(c: OutreachComparison, words: OutreachPeriodWords): string[] {
  const { current } = c;
  if (outreachIsEmpty(current)) return [];
  const paragraphs: string[] = [];
  if (current.activities > 0) paragraphs.push(activitiesSentence(current, words.current));
  const forums = current.byKind.some((k) => k.kind === '座谈会' && k.count > 0);
  if (current.suggestions.collected > 0 || forums) paragraphs.push(`${words.current}${suggestionSentence(current)}。`);
  if (current.helps.count > 0) paragraphs.push(helpSentence(current, words.current));
  const changes = outreachChangeSentence(c, words.base);
  if (changes) paragraphs.push(changes);
  return paragraphs;
}

/** The sub-heading section 六's drafted part starts with (a line beginning 「（一）」 prints as one). */
export const OUTREACH_MEASURES_HEADING = '（一）深化走访座谈，抓好建议答复和问题办理';

/**
 * Section 六 (下步工作措施) opens with what the period left to follow up: the suggestions in progress or not yet
 * answered, the problems still open; the branch edits it and writes its other measures below. Empty when the period
 * counts nothing of 走出去.
 */
export function outreachMeasuresDraft(c: OutreachCounts): string {
  if (outreachIsEmpty(c)) return '';
  const { inProgress, unanswered } = c.suggestions;
  const pendingSuggestions = [
    inProgress > 0 ? `正在跟进落实的${inProgress}条` : null,
    unanswered > 0 ? `尚未答复的${unanswered}条` : null,
  ].filter((p): p is string => p !== null);
  const steps = [
    pendingSuggestions.length > 0
      ? `对${pendingSuggestions.join('和')}职工建议，逐条明确责任部门、落实措施和完成时限，按期向职工反馈答复`
      : null,
    c.problems.open > 0 ? `对走访发现尚待处理的${c.problems.open}条问题，逐条跟踪督办、限期解决` : null,
    '坚持下访走访、领导接待日和职工座谈会制度，对确有困难的职工及时帮扶救助',
  ].filter((p): p is string => p !== null);
  return `${OUTREACH_MEASURES_HEADING}\n${steps.join('；')}。`;
}
