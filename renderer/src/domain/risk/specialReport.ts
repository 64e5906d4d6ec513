import { formatChineseDate } from '../dates';
import type { RiskMatter, RiskUpdate } from './types';

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

export const SPECIAL_REPORT_TITLE_SUFFIX = '的重大风险专报';

export const specialReportTitle = (subject: string): string => `关于${subject.trim()}${SPECIAL_REPORT_TITLE_SUFFIX}`;

/** Text lengths the 专报 dialog accepts (characters). */
export const SPECIAL_REPORT_LIMITS = { subject: 60, addressee: 60, supplement: 1000 };

/** Why a 专报 cannot be issued with these texts, in the clerk's words; empty when it can. */
export function specialReportProblems(input: { subject: string; to: string; supplement: string }): string[] {
  const problems: string[] = [];
  const check = (value: string, label: string, limit: number, required: boolean) => {
    if (required && value.trim() === '') problems.push(`请填写${label}`);
    else if ([...value.trim()].length > limit) problems.push(`${label}不能超过${limit}字`);
  };
  check(input.subject, '专报事由', SPECIAL_REPORT_LIMITS.subject, true);
  check(input.to, '主送单位', SPECIAL_REPORT_LIMITS.addressee, true);
  check(input.supplement, '补充说明', SPECIAL_REPORT_LIMITS.supplement, false);
  return problems;
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

const sentence = (text: string) => {
  const t = text.trim().replace(/[，,；;、\s]+$/u, '');
  return t === '' || /[。！？]$/u.test(t) ? t : `${t}。`;
};

/** The subject a matter's 专报 is titled by: 「一号矿井供热问题」. */
export function matterSubject(matter: Pick<RiskMatter, 'riskKind'>, names: MatterNames): string {
  const kind = (matter.riskKind.trim() || names.category.split(' / ').at(-1) || '矛盾纠纷').replace(/问题$/u, '');
  return `${names.unit}${kind}问题`;
}

/**
 * A 专报 drafted from a 重大 matter: 基本情况 (unit, problem, headcount, level, source, 挂号 day and number, claims),
 * 风险研判, 已采取措施 (the measures and the latest updates), 包案领导, 责任部门, 责任人 with 下一步工作, and the
 * clerk's 补充说明 if any: short, so a 专报 of a typical matter fits one page. Nothing here names a petitioner; the builder removes any ID or phone number typed in.
 */
export function matterSpecialReport(
  matter: RiskMatter,
  updates: readonly Pick<RiskUpdate, 'day' | 'text'>[],
  names: MatterNames,
  supplement = '',
): SpecialReportContent {
  const where = names.unit ? `${names.unit}：` : '';
  const found = matter.source === '排查' ? '排查发现' : `经${matter.source}反映`;
  const claims = matter.claims.map((c) => c.text.trim().replace(/[。；]$/u, '')).filter(Boolean);
  const claimText = claims.length > 0 ? `主要诉求：${claims.map((c, i) => `${i + 1}.${c}`).join('；')}。` : '';
  const basic = [
    `${where}${sentence(matter.problem)}${formatChineseDate(matter.registeredOn)}${found}，列入排查台账（${matter.riskNo}），涉及${matter.headcount}人。${claimText}`,
  ];
  const crowd = matter.headcount >= 5 ? '涉及人数较多、' : '';
  const assessment = [`${crowd}诉求集中，易引发集体访、越级访，经研判列为重大风险。`];
  const recent = [...updates]
    .sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0))
    .slice(-RECENT_UPDATES)
    .map((u) => `${formatChineseDate(u.day)}，${sentence(u.text)}`);
  const measures = [
    ...(matter.measures.trim() ? [sentence(matter.measures)] : ['已列入排查台账，明确包案领导和责任人。']),
    ...recent,
  ];
  const target = formatChineseDate(matter.targetDate);
  const next = [
    `包案领导${matter.leader}，责任部门${matter.department}，责任人${matter.responsible}。于${target}前逐项化解到位，每日更新进展，重要情况随时报告。`,
  ];
  const extra = supplement
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  return {
    subject: matterSubject(matter, names),
    sections: [
      { heading: '基本情况', paragraphs: basic },
      { heading: '风险研判', paragraphs: assessment },
      { heading: '已采取措施', paragraphs: measures },
      { heading: '包案领导和下一步工作', paragraphs: next },
      ...(extra.length > 0 ? [{ heading: '补充说明', paragraphs: extra }] : []),
    ],
  };
}

/**
 * Where a 专报 goes unless the clerk names another body: the company office (seed 004), named after the organisation
 * in settings when there is one.
 */
export function defaultSpecialReportAddressee(organisationName: string): string {
  const name = organisationName.trim();
  return name ? `${name}办公室` : '公司办公室';
}
