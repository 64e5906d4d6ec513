import { formatPercent } from '../statistics/figures';
import { monthPeriod } from '../statistics/periods';
import type { StatPeriod } from '../statistics/types';
import { RISK_LEVELS, type RiskLevel, type RiskMatter, type Screening } from './types';

/**
 * 「每月一汇总」 (seed 004): the month's 矛盾纠纷排查化解情况 — matters 挂号 and 销号 in the month, those still in 办 at its
 * end, by level — with the year to date, and the screenings in seed 000's words. Pure counting over the records.
 */
export interface RiskCounts {
  registered: number;
  closed: number;
  /** 销号 ÷ 挂号 in the period (化解率); null when nothing was 挂号. */
  resolutionRate: number | null;
  byLevel: Record<RiskLevel, { registered: number; closed: number }>;
}

export interface MonthlyRiskSummary {
  month: StatPeriod;
  counts: RiskCounts;
  /** In 办 at the end of the month (挂号 by then, not yet 销号 or turned into a petition). */
  openAtEnd: number;
  yearToDate: RiskCounts;
  screenings: ScreeningCounts;
}

export interface ScreeningCounts {
  /** 集中排查 = 重点 + 普遍. */
  concentrated: number;
  key: number;
  general: number;
  routine: number;
  visits: number;
  /** Matters found by a screening and 销号 in the period (排查化解矛盾纠纷 n 起). */
  resolvedFromScreenings: number;
}

const within = (day: string | undefined, period: StatPeriod) =>
  day !== undefined && day >= period.from && day <= period.to;
const closedBySettling = (m: RiskMatter) => m.status === '已销号';

export function riskCounts(matters: readonly RiskMatter[], period: StatPeriod): RiskCounts {
  const byLevel = Object.fromEntries(RISK_LEVELS.map((level) => [level, { registered: 0, closed: 0 }])) as Record<
    RiskLevel,
    { registered: number; closed: number }
  >;
  let registered = 0;
  let closed = 0;
  for (const m of matters) {
    if (within(m.registeredOn, period)) {
      registered += 1;
      byLevel[m.level].registered += 1;
    }
    if (closedBySettling(m) && within(m.closedOn, period)) {
      closed += 1;
      byLevel[m.level].closed += 1;
    }
  }
  return { registered, closed, resolutionRate: registered === 0 ? null : closed / registered, byLevel };
}

export function screeningCounts(
  screenings: readonly Screening[],
  matters: readonly RiskMatter[],
  period: StatPeriod,
): ScreeningCounts {
  const inPeriod = screenings.filter((s) => within(s.day, period));
  const count = (...kinds: Screening['kind'][]) => inPeriod.filter((s) => kinds.includes(s.kind)).length;
  const resolvedFromScreenings = matters.filter(
    (m) => m.source === '排查' && closedBySettling(m) && within(m.closedOn, period),
  ).length;
  return {
    concentrated: count('重点排查', '普遍排查'),
    key: count('重点排查'),
    general: count('普遍排查'),
    routine: count('季度排查', '月度排查', '旬排查'),
    visits: count('走访检查'),
    resolvedFromScreenings,
  };
}

export function monthlyRiskSummary(
  matters: readonly RiskMatter[],
  screenings: readonly Screening[],
  year: number,
  month: number,
): MonthlyRiskSummary {
  const period = monthPeriod(year, month);
  const openAtEnd = matters.filter(
    (m) => m.registeredOn <= period.to && (m.closedOn === undefined || m.closedOn > period.to),
  ).length;
  return {
    month: period,
    counts: riskCounts(matters, period),
    openAtEnd,
    yearToDate: riskCounts(matters, { from: `${year}-01-01`, to: period.to }),
    screenings: screeningCounts(screenings, matters, period),
  };
}

const levelBreakdown = (counts: RiskCounts, key: 'registered' | 'closed') => {
  const parts = RISK_LEVELS.filter((level) => counts.byLevel[level][key] > 0).map(
    (level) => `${level}${counts.byLevel[level][key]}起`,
  );
  return parts.length > 1 ? `（其中${parts.join('、')}）` : '';
};

/**
 * The summary's paragraph, e.g. 「本月共组织集中排查3次，其中重点排查1次、普遍排查2次，排查化解矛盾纠纷2起。新挂号矛盾纠纷5起（其中重大1起、
 * 较大2起、一般2起），销号4起，月末在办7起；本年累计挂号23起、销号18起，化解率78.26%。」
 */
export function monthlyRiskSentence(summary: MonthlyRiskSummary): string {
  const { counts, yearToDate, screenings: s } = summary;
  const screening =
    s.concentrated > 0
      ? `本月共组织集中排查${s.concentrated}次，其中重点排查${s.key}次、普遍排查${s.general}次，排查化解矛盾纠纷${s.resolvedFromScreenings}起。`
      : `本月未组织集中排查，排查化解矛盾纠纷${s.resolvedFromScreenings}起。`;
  const month = `新挂号矛盾纠纷${counts.registered}起${levelBreakdown(counts, 'registered')}，销号${counts.closed}起，月末在办${summary.openAtEnd}起`;
  const rate = yearToDate.resolutionRate === null ? '' : `，化解率${formatPercent(yearToDate.resolutionRate)}`;
  return `${screening}${month}；本年累计挂号${yearToDate.registered}起、销号${yearToDate.closed}起${rate}。`;
}
