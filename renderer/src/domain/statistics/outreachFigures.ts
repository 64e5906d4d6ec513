import type { OutreachCounts } from '../outreach/counts';
import { figuresByKey, type FigureSpec } from './figures';

/**
 * 走出去's part of the figure catalogue (docs/domain.md §10): each figure once with its label, unit and definition,
 * read by the dashboard, the statistics workbook and the report alike. Problems and suggestions are read as they
 * stood on the period's last day (outreachCounts), so a past period's figures and their 同比 do not move.
 */
export const OUTREACH_FIGURES = [
  {
    key: 'outreachActivities',
    label: '走访座谈活动',
    unit: '次',
    definition: '本期开展的下访走访、领导接待日、座谈会、调研、政策宣讲等活动',
    of: (c) => c.activities,
    comparable: true,
  },
  {
    key: 'outreachPersons',
    label: '走访座谈人次',
    unit: '人次',
    definition: '上述活动覆盖的人次之和',
    of: (c) => c.headcountReached,
    comparable: true,
  },
  {
    key: 'outreachQuestionnaires',
    label: '发放调查问卷',
    unit: '份',
    definition: '上述活动发放的调查问卷',
    of: (c) => c.questionnaires,
    comparable: true,
  },
  {
    key: 'problemsFound',
    label: '走访发现问题',
    unit: '条',
    definition: '上述活动发现的问题',
    of: (c) => c.problems.found,
    comparable: true,
  },
  {
    key: 'problemsClosed',
    label: '当场解决问题',
    unit: '条',
    definition: '走访发现问题中截至期末已当场解决的',
    of: (c) => c.problems.closed,
    comparable: true,
  },
  {
    key: 'problemsToPetition',
    label: '转为信访事项的问题',
    unit: '条',
    definition: '走访发现问题中截至期末已转为信访事项的',
    of: (c) => c.problems.toPetition,
    comparable: true,
  },
  {
    key: 'problemsToRisk',
    label: '纳入排查台账的问题',
    unit: '条',
    definition: '走访发现问题中截至期末已纳入排查台账的',
    of: (c) => c.problems.toRisk,
    comparable: true,
  },
  {
    key: 'problemsOpen',
    label: '待处理问题',
    unit: '条',
    definition: '走访发现问题中截至期末尚未处理的',
    of: (c) => c.problems.open,
    comparable: true,
  },
  {
    key: 'suggestionsCollected',
    label: '征集建议',
    unit: '条',
    definition: '本期征集的意见建议',
    of: (c) => c.suggestions.collected,
    comparable: true,
  },
  {
    key: 'suggestionsAnswered',
    label: '已答复建议',
    unit: '条',
    definition: '本期征集的建议中截至期末已向职工反馈答复的',
    of: (c) => c.suggestions.answered,
    comparable: true,
  },
  {
    key: 'suggestionsInProgress',
    label: '跟进落实中建议',
    unit: '条',
    definition: '本期征集的建议中截至期末正在跟进落实的',
    of: (c) => c.suggestions.inProgress,
    comparable: true,
  },
  {
    key: 'suggestionsUnanswered',
    label: '未答复建议',
    unit: '条',
    definition: '本期征集的建议中截至期末尚未答复、也未转入跟进的',
    of: (c) => c.suggestions.unanswered,
    comparable: true,
  },
  {
    key: 'helpPersons',
    label: '帮扶救助人次',
    unit: '人次',
    definition: '本期给予的帮扶救助人次之和',
    of: (c) => c.helps.headcount,
    comparable: true,
  },
  {
    key: 'helpAmount',
    label: '帮扶救助金额',
    unit: '元',
    definition: '本期给予的帮扶救助金额之和',
    of: (c) => c.helps.amountFen / 100,
    comparable: true,
  },
] as const satisfies readonly FigureSpec<OutreachCounts>[];

export type OutreachFigureKey = (typeof OUTREACH_FIGURES)[number]['key'];

export const outreachFigure = figuresByKey<OutreachCounts, OutreachFigureKey>(OUTREACH_FIGURES);

const KIND_KEY_PREFIX = 'activities:';

/** The key of one activity kind's figure: the kinds are the office's (设置), so their figures are made from them. */
export const activityKindKey = (kind: string) => `${KIND_KEY_PREFIX}${kind}`;

export const isActivityKindKey = (key: string) => key.startsWith(KIND_KEY_PREFIX);

/** One activity kind's figure, in the catalogue's shape: labelled by the kind itself (「座谈会」, counted in 次). */
export function activityKindFigure(kind: string): FigureSpec<OutreachCounts> {
  return {
    key: activityKindKey(kind),
    label: kind,
    unit: '次',
    definition: `本期开展的${kind}`,
    of: (c) => c.byKind.find((k) => k.kind === kind)?.count ?? 0,
    comparable: true,
  };
}

/** A period's 走出去 counts with 同比's base and, where the period has one shown, 环比's. */
export interface OutreachComparison {
  current: OutreachCounts;
  lastYear: OutreachCounts;
  previous: OutreachCounts | null;
}

/**
 * Every 走出去 figure of a comparison in the catalogue's order, with a figure for each activity kind held in the
 * period or a base after the total (the office's kinds first, then any other: a kind since removed from 设置); a
 * kind nobody held in any of them has none.
 */
export function outreachFigures(c: OutreachComparison): FigureSpec<OutreachCounts>[] {
  const held = [c.current, c.lastYear, c.previous].flatMap(
    (counts) => counts?.byKind.filter((k) => k.count > 0).map((k) => k.kind) ?? [],
  );
  const [total, ...rest] = OUTREACH_FIGURES;
  return [total, ...[...new Set(held)].map(activityKindFigure), ...rest];
}
