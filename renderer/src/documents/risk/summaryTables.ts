import { formatPercent, NO_VALUE } from '../../domain/statistics/figures';
import {
  monthlyRiskBreakdowns,
  monthlyRiskSummary,
  type MonthlyRiskBreakdowns,
  type MonthlyRiskSummary,
  type RiskGroupRow,
  type ScreeningCounts,
} from '../../domain/risk/summary';
import type { RiskMatter, Screening } from '../../domain/risk/types';

/**
 * The 月度汇总's tables (docs/domain.md §10), as text and figures both the .docx and the .xlsx print, so the two files
 * cannot disagree: the month's totals, the screenings, and the matters by level, category and unit, each with the
 * year to date. Nothing here counts: the figures are domain/risk/summary.ts's.
 */
export interface SummaryTable {
  /** The table's caption (and the workbook's sheet name). */
  name: string;
  headers: string[];
  /** Figures stay numbers (the workbook sums and sorts them); '—' where there is none. */
  rows: (string | number)[][];
}

/** What the 月度汇总 prints: the counts, the breakdowns and who issues it when. */
export interface MonthlySummaryInput {
  summary: MonthlyRiskSummary;
  breakdowns: MonthlyRiskBreakdowns;
  /** 发文机关署名 */
  issuer: string;
  /** 成文日期 'YYYY-MM-DD' */
  date: string;
}

/** The 月度汇总 of a month from the ledger's records, as the page and `npm run samples` build it. */
export function monthlySummaryInput(
  records: { matters: readonly RiskMatter[]; screenings: readonly Screening[] },
  month: { year: number; month: number },
  names: { category(id: string): string | undefined; unit(id: string): string | undefined },
  issued: { issuer: string; date: string },
): MonthlySummaryInput {
  const summary = monthlyRiskSummary(records.matters, records.screenings, month.year, month.month);
  return { summary, breakdowns: monthlyRiskBreakdowns(records.matters, summary.month, names), ...issued };
}

/** '2026年10月' */
export function monthLabel(summary: Pick<MonthlyRiskSummary, 'month'>): string {
  return `${summary.month.from.slice(0, 4)}年${Number(summary.month.from.slice(5, 7))}月`;
}

/** 「2026年10月矛盾纠纷排查化解情况」 */
export function monthlySummaryTitle(summary: Pick<MonthlyRiskSummary, 'month'>): string {
  return `${monthLabel(summary)}矛盾纠纷排查化解情况`;
}

/** Two-line headings in the .docx, so the name column keeps the width (the workbook joins the lines). */
const GROUP_HEADERS = ['本月\n挂号', '本月\n销号', '本月\n转信访', '本年\n挂号', '本年\n销号', '月末\n在办'];

const groupLine = (r: RiskGroupRow): (string | number)[] => [
  r.name,
  r.registered,
  r.closed,
  r.converted,
  r.registeredYearToDate,
  r.closedYearToDate,
  r.openAtEnd,
];

/** The group's lines and a 合计 line: every matter is in one group, so the 合计 is the month's total. */
const groupLines = (rows: readonly RiskGroupRow[]): (string | number)[][] => {
  if (rows.length === 0) return [];
  const sum = (key: Exclude<keyof RiskGroupRow, 'name'>) => rows.reduce((total, r) => total + r[key], 0);
  return [
    ...rows.map(groupLine),
    [
      '合计',
      sum('registered'),
      sum('closed'),
      sum('converted'),
      sum('registeredYearToDate'),
      sum('closedYearToDate'),
      sum('openAtEnd'),
    ],
  ];
};

const screeningColumn = (s: ScreeningCounts) => [
  s.concentrated,
  s.key,
  s.general,
  s.routine,
  s.visits,
  s.resolvedFromScreenings,
];

export function summaryTables({
  summary,
  breakdowns,
}: Pick<MonthlySummaryInput, 'summary' | 'breakdowns'>): SummaryTable[] {
  const { counts, yearToDate } = summary;
  const screenings = screeningColumn(summary.screenings);
  const screeningsYearToDate = screeningColumn(summary.screeningsYearToDate);
  return [
    {
      name: '总体情况',
      headers: ['指标', '本月', '本年累计'],
      rows: [
        ['新挂号', counts.registered, yearToDate.registered],
        ['销号', counts.closed, yearToDate.closed],
        ['转为信访事项', counts.converted, yearToDate.converted],
        ['化解率（销号÷挂号）', formatPercent(counts.resolutionRate), formatPercent(yearToDate.resolutionRate)],
        ['月末在办', summary.openAtEnd, NO_VALUE],
      ],
    },
    {
      name: '排查情况',
      headers: ['排查类型', '本月', '本年累计'],
      rows: [
        '集中排查（次）',
        '其中：重点排查（次）',
        '普遍排查（次）',
        '季度、月度、旬排查（次）',
        '走访检查（次）',
        '排查化解矛盾纠纷（起）',
      ].map((label, i) => [label, screenings[i] ?? 0, screeningsYearToDate[i] ?? 0]),
    },
    { name: '按风险等级', headers: ['风险等级', ...GROUP_HEADERS], rows: groupLines(breakdowns.byLevel) },
    { name: '按类别', headers: ['类别', ...GROUP_HEADERS], rows: groupLines(breakdowns.byCategory) },
    { name: '按单位', headers: ['涉及单位', ...GROUP_HEADERS], rows: groupLines(breakdowns.byUnit) },
  ];
}
