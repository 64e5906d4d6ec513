/** The report's kinds, periods and sections as stored with a draft and printed. */

/** 季度报告 or its year-end variant (年度报告). */
export type ReportKind = 'quarter' | 'year';

/** A report's period: a quarter (1–4) of a year, or the whole year. */
export type ReportPeriod = { kind: 'quarter'; year: number; quarter: number } | { kind: 'year'; year: number };

/** The sections 一–四 the app drafts from the figures; each is a list of paragraphs the branch may edit. */
export const DRAFTED_SECTIONS = ['basic', 'features', 'problems', 'handling'] as const;
export type DraftedSection = (typeof DRAFTED_SECTIONS)[number];

export const SECTION_TITLES: Record<DraftedSection | 'analysis' | 'measures', string> = {
  basic: '一、基本情况',
  features: '二、主要特点',
  problems: '三、反映的主要问题',
  handling: '四、办理情况',
  analysis: '五、原因分析与风险研判',
  measures: '六、下步工作措施',
};

export type DraftedParagraphs = Record<DraftedSection, string[]>;
