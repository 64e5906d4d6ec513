import { AlignmentType, LineRuleType, Paragraph, type Document, type FileChild } from 'docx';
import { removeIdentities } from '../../domain/access/scrubIdentity';
import { formatChineseDate } from '../../domain/dates';
import type { RiskDailyReport } from '../../domain/risk/daily';
import type { RiskMatter } from '../../domain/risk/types';
import { BODY_LINE, body, charsToTwips, createGbDocument, FONTS, run, SIZES, title } from '../gbStyle';
import { gridTable } from '../report/tables';

/** What the 日报 prints: the day's changes (domain/risk/daily.ts), the unit names, who issues it. */
export interface DailyReportInput {
  report: RiskDailyReport;
  unitName(unitId: string | null): string;
  issuer: string;
}

const DAILY_REPORT_TITLE = '排查台账日报';

/** 「排查台账日报（2026年10月20日）」: the file's name and properties. */
export const dailyReportTitle = (day: string): string => `${DAILY_REPORT_TITLE}（${formatChineseDate(day)}）`;

/** Typed text as a circulated document may print it: no ID number or phone number. */
const clean = (text: string) => removeIdentities(text.trim());

/**
 * A section's heading: 黑体 like 「一、」 headings, in 四号 on a 20 pt line, since the day's five short tables must fit
 * one page (a 日报 is read at a glance, not filed as a 公文).
 */
const section = (text: string) =>
  new Paragraph({
    keepNext: true,
    spacing: { line: 400, lineRule: LineRuleType.EXACT, before: 120 },
    indent: { firstLine: charsToTwips(2, SIZES.sihao) },
    children: [run(text, { font: FONTS.heading1, size: SIZES.sihao })],
  });

const list = (headers: string[], rows: string[][], weights: number[], wraps: number[]): FileChild[] =>
  rows.length === 0 ? [body('无。')] : [gridTable(headers, rows, weights, { left: wraps, wraps })];

/**
 * 排查台账日报 (「每日一更新」, seed 004; docs/domain.md §10) for the unit's leader: a sentence of the day's figures, then
 * 新挂号, 更新进展 with its text, 销号, 转为信访事项 and the matters behind with their updates, each as a short table
 * by 排查 number and unit — a ledger of problems, not of people. A section with nothing reads 「无。」. An internal
 * sheet: the office and the day stand under the title instead of a sealed signature, so the day fits one page.
 */
export function buildDailyReport({ report, unitName, issuer }: DailyReportInput): Document {
  const unit = (m: RiskMatter) => unitName(m.unitId) || '—';
  const behindLine = report.behind.length > 0 ? `，其中${report.behind.length}起未按时更新进展` : '';
  const children: FileChild[] = [
    title(DAILY_REPORT_TITLE),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { line: BODY_LINE, lineRule: LineRuleType.EXACT, after: 120 },
      children: [run(`${issuer}\u3000\u3000${formatChineseDate(report.day)}`, { font: FONTS.heading2 })],
    }),
    body(
      `今日新挂号${report.registered.length}起，更新进展${report.updates.length}条，销号${report.closed.length}起，` +
        `转为信访事项${report.converted.length}起；截至今日在办${report.open}起${behindLine}。`,
    ),
    section('一、新挂号'),
    ...list(
      ['编号', '等级', '涉及单位', '矛盾纠纷情况', '包案领导'],
      report.registered.map((m) => [m.riskNo, m.level, unit(m), clean(m.problem), m.leader]),
      [0, 0, 1, 5, 0],
      [2, 3],
    ),
    section('二、更新进展'),
    ...list(
      ['编号', '等级', '涉及单位', '进展情况'],
      report.updates.map(({ matter, update }) => [matter.riskNo, matter.level, unit(matter), clean(update.text)]),
      [0, 0, 1, 5],
      [2, 3],
    ),
    section('三、销号'),
    ...list(
      ['编号', '涉及单位', '矛盾纠纷情况', '包案领导确认'],
      report.closed.map((m) => [
        m.riskNo,
        unit(m),
        clean(m.problem),
        m.confirmation ? `${m.confirmation.leader} ${formatChineseDate(m.confirmation.confirmedOn)}` : m.leader,
      ]),
      [0, 1, 5, 1],
      [1, 2, 3],
    ),
    section('四、转为信访事项'),
    ...list(
      ['编号', '涉及单位', '矛盾纠纷情况'],
      report.converted.map((m) => [m.riskNo, unit(m), clean(m.problem)]),
      [0, 1, 5],
      [1, 2],
    ),
    section('五、未按时更新进展'),
    ...list(
      ['编号', '等级', '涉及单位', '包案领导', '最近更新', '未更新工作日'],
      report.behind.map(({ matter, lastDay, missedWorkingDays }) => [
        matter.riskNo,
        matter.level,
        unit(matter),
        matter.leader,
        formatChineseDate(lastDay),
        String(missedWorkingDays),
      ]),
      [0, 0, 1, 1, 0, 0],
      [2],
    ),
  ];
  return createGbDocument({ title: dailyReportTitle(report.day), children });
}
