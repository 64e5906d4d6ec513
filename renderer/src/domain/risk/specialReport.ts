import { formatChineseDate } from '../dates';
import { sentence } from '../phrases';
import type { RiskMatter, RiskSource, RiskUpdate, SpecialReportPrinted, SpecialReportRecord } from './types';

/**
 * 重大风险专报 (docs/domain.md §10; seed 004: a major risk goes up the same day): a one-page report with its own 文号 to
 * the company office. The content is neutral — a subject and sections — so a 专报 can be drafted from a 重大 matter
 * of the screening ledger (below) or from anything else that must go up the same day.
 */
export interface SpecialReportSection {
  /** The heading without its number: 「基本情况」. */
  heading: string;
  paragraphs: string[];
}

export interface SpecialReportContent {
  /** What the title is about: 「关于{subject}的重大风险专报」. */
  subject: string;
  sections: SpecialReportSection[];
}

/** A 专报 as the builder prints it (documents/risk/specialReport.ts): what was printed, with its 文号, 主送 and day. */
export interface SpecialReportLetter extends SpecialReportPrinted {
  docNo: string;
  /** 主送, printed under the title with a full-width colon. */
  addressee: string;
  /** 成文日期 'YYYY-MM-DD': the day it is built and sent. */
  date: string;
}

/** The letter a recorded 专报 printed, to export it again with its 文号; null for one recorded without it. */
export function recordedLetter(record: SpecialReportRecord): SpecialReportLetter | null {
  return record.letter ? { ...record.letter, docNo: record.docNo, addressee: record.to, date: record.sentOn } : null;
}

export const SPECIAL_REPORT_TITLE_SUFFIX = '的重大风险专报';

export const specialReportTitle = (subject: string): string => `关于${subject.trim()}${SPECIAL_REPORT_TITLE_SUFFIX}`;

/** Text lengths the 专报 dialog accepts (characters). */
export const SPECIAL_REPORT_LIMITS = { subject: 60, addressee: 60, signer: 20, assessment: 500, supplement: 1000 };

/** What the clerk writes or confirms in the 专报 dialog; the rest is drafted from the records. */
export interface SpecialReportTexts {
  /** 「关于{subject}的重大风险专报」. */
  subject: string;
  /** 主送: the body it goes to. */
  to: string;
  /** 签发人: a 专报 goes up, and GB/T 9704 prints who signed it off beside the 文号. */
  signer: string;
  /** 风险研判: drafted, always the clerk's to confirm or rewrite. */
  assessment: string;
  /** 补充说明, optional; one paragraph per line. */
  supplement: string;
}

/** Why a 专报 cannot be issued with these texts, in the clerk's words; empty when it can. */
export function specialReportProblems(input: SpecialReportTexts): string[] {
  const problems: string[] = [];
  const check = (value: string, label: string, limit: number, required: boolean) => {
    if (required && value.trim() === '') problems.push(`请填写${label}`);
    else if ([...value.trim()].length > limit) problems.push(`${label}不能超过${limit}字`);
  };
  check(input.subject, '专报事由', SPECIAL_REPORT_LIMITS.subject, true);
  check(input.to, '主送单位', SPECIAL_REPORT_LIMITS.addressee, true);
  check(input.signer, '签发人', SPECIAL_REPORT_LIMITS.signer, true);
  check(input.assessment, '风险研判', SPECIAL_REPORT_LIMITS.assessment, true);
  check(input.supplement, '补充说明', SPECIAL_REPORT_LIMITS.supplement, false);
  return problems;
}

/** The 补充说明 as a section of its own, a sentence per line; none when it is empty. */
export function supplementSection(supplement: string): SpecialReportSection[] {
  const lines = supplement
    .split('\n')
    .map((line) => sentence(line))
    .filter(Boolean);
  return lines.length > 0 ? [{ heading: '补充说明', paragraphs: lines }] : [];
}

/** The 风险研判 as the clerk wrote it, one paragraph per line. */
export function assessmentSection(assessment: string): SpecialReportSection {
  return {
    heading: '风险研判',
    paragraphs: assessment
      .split('\n')
      .map((line) => sentence(line))
      .filter(Boolean),
  };
}

/** Why this matter cannot go up as a 专报: only a 重大 matter in 办 does. */
export function specialReportRefusal(matter: Pick<RiskMatter, 'riskNo' | 'level' | 'status'>): string | null {
  if (matter.level !== '重大') return `${matter.riskNo}不是重大风险，不需要报送重大风险专报`;
  if (matter.status !== '在办')
    return `${matter.riskNo}已${matter.status === '已销号' ? '销号' : '转为信访事项'}，不能再报送专报`;
  return null;
}

export interface MatterNames {
  /** The unit's name, '' when the matter names none. */
  unit: string;
  /** The matter's category as a summary names it (summary.ts riskCategoryName). */
  category: string;
}

/** How many of the latest 更新进展 entries 已采取措施 lists. */
const RECENT_UPDATES = 2;

/** How the 基本情况 says where the matter came from (RiskMatter.source). */
const FOUND_BY: Record<RiskSource, string> = {
  排查: '排查发现',
  信访事项: '经职工群众信访反映',
  座谈会: '在座谈会上收集',
  走访座谈: '在走访座谈中发现',
  单位专报: '经所属单位专报',
};

/** The subject a matter's 专报 is titled by: 「一号矿井供热问题」. */
export function matterSubject(matter: Pick<RiskMatter, 'riskKind'>, names: MatterNames): string {
  const kind = (matter.riskKind.trim() || names.category.split(' / ').at(-1) || '矛盾纠纷').replace(/问题$/u, '');
  return `${names.unit}${kind}问题`;
}

/** The 风险研判 a matter's 专报 is drafted with, for the clerk to confirm or rewrite: one line of the page. */
export function matterAssessment(matter: Pick<RiskMatter, 'headcount'>): string {
  const crowd = matter.headcount >= 5 ? '涉及人数较多，' : '';
  return `${crowd}易引发集体访、越级访，研判为重大风险。`;
}

/**
 * A 专报 drafted from a 重大 matter: 基本情况 (unit, problem, headcount, source, 挂号 day and number, claims), the
 * clerk's 风险研判, 已采取措施和下一步工作 (the measures, the latest updates, 包案领导, 责任部门, 责任人 and the target),
 * and the clerk's 补充说明 if any: short, so a 专报 of a typical matter fits one page. Nothing here names a petitioner; the
 * builder removes any ID or phone number typed in.
 */
export function matterSpecialReport(
  matter: RiskMatter,
  updates: readonly Pick<RiskUpdate, 'day' | 'text'>[],
  names: MatterNames,
  texts: Pick<SpecialReportTexts, 'assessment' | 'supplement'>,
): SpecialReportContent {
  const where = names.unit ? `${names.unit}：` : '';
  const claims = matter.claims.map((c) => c.text.trim().replace(/[。；]$/u, '')).filter(Boolean);
  const claimText = claims.length > 0 ? `主要诉求：${claims.map((c, i) => `${i + 1}.${c}`).join('；')}。` : '';
  const basic = [
    `${where}${sentence(matter.problem)}${formatChineseDate(matter.registeredOn)}${FOUND_BY[matter.source]}，列入排查台账（${matter.riskNo}），涉及${matter.headcount}人。${claimText}`,
  ];
  const recent = [...updates]
    .sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0))
    .slice(-RECENT_UPDATES)
    .map((u) => `${formatChineseDate(u.day)}，${sentence(u.text)}`);
  // 已采取措施 and 下一步工作 in one paragraph: a 专报 is read in a minute, and a typical one fits its page with the
  // signature.
  const target = formatChineseDate(matter.targetDate);
  const measures = [
    matter.measures.trim() ? sentence(matter.measures) : '已列入排查台账，明确包案领导和责任人。',
    ...recent,
    `包案领导${matter.leader}，责任部门${matter.department}，责任人${matter.responsible}，${target}前化解到位，及时报告进展情况。`,
  ].join('');
  return {
    subject: matterSubject(matter, names),
    sections: [
      { heading: '基本情况', paragraphs: basic },
      assessmentSection(texts.assessment),
      { heading: '已采取措施和下一步工作', paragraphs: [measures] },
      ...supplementSection(texts.supplement),
    ],
  };
}

/** Where a 专报 goes unless the clerk names another body: the company office (seed 004). */
export const DEFAULT_SPECIAL_REPORT_ADDRESSEE = '公司办公室';

/** The 主送 and 签发人 the latest 专报 went with, kept in the settings table under this key (db/specialReports.ts). */
export const LAST_SPECIAL_REPORT_KEY = 'riskReport:lastSent';

/**
 * The 主送 and 签发人 a new 专报 is drafted with: those of the latest 专报 (an office names its superior and its
 * signing leader once and keeps them), else the company office and no 签发人. Not the desk's own organisation: a
 * mine's 专报 goes up, not to its own office. `last` is the stored value, checked here since it is read back as is.
 */
export function specialReportDefaults(last: unknown): Pick<SpecialReportTexts, 'to' | 'signer'> {
  const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');
  const kept = typeof last === 'object' && last !== null ? (last as Record<string, unknown>) : {};
  return { to: text(kept.to) || DEFAULT_SPECIAL_REPORT_ADDRESSEE, signer: text(kept.signer) };
}
