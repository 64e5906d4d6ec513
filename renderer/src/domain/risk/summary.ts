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
  /** Turned into petitions (转为信访事项) in the period: left the ledger, but not 销号. */
  converted: number;
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
  screeningsYearToDate: ScreeningCounts;
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
const convertedToPetition = (m: RiskMatter) => m.status === '已转信访事项';

/** In 办 at the end of `day`: 挂号 by then, and neither 销号 nor turned into a petition by then. */
export const openOn = (m: Pick<RiskMatter, 'registeredOn' | 'closedOn'>, day: string): boolean =>
  m.registeredOn <= day && (m.closedOn === undefined || m.closedOn > day);

export function riskCounts(matters: readonly RiskMatter[], period: StatPeriod): RiskCounts {
  const byLevel = Object.fromEntries(RISK_LEVELS.map((level) => [level, { registered: 0, closed: 0 }])) as Record<
    RiskLevel,
    { registered: number; closed: number }
  >;
  let registered = 0;
  let closed = 0;
  let converted = 0;
  for (const m of matters) {
    if (convertedToPetition(m) && within(m.closedOn, period)) converted += 1;
    if (within(m.registeredOn, period)) {
      registered += 1;
      byLevel[m.level].registered += 1;
    }
    if (closedBySettling(m) && within(m.closedOn, period)) {
      closed += 1;
      byLevel[m.level].closed += 1;
    }
  }
  return { registered, closed, converted, resolutionRate: registered === 0 ? null : closed / registered, byLevel };
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
  const yearToDate = yearToDateOf(period);
  return {
    month: period,
    counts: riskCounts(matters, period),
    openAtEnd: matters.filter((m) => openOn(m, period.to)).length,
    yearToDate: riskCounts(matters, yearToDate),
    screenings: screeningCounts(screenings, matters, period),
    screeningsYearToDate: screeningCounts(screenings, matters, yearToDate),
  };
}

/** From 1 January of the period's year to the period's end. */
const yearToDateOf = (period: StatPeriod): StatPeriod => ({ from: `${period.to.slice(0, 4)}-01-01`, to: period.to });

/** One line of a breakdown of the month (a level, a category or a unit), with the year to date. */
export interface RiskGroupRow {
  name: string;
  registered: number;
  closed: number;
  converted: number;
  registeredYearToDate: number;
  closedYearToDate: number;
  openAtEnd: number;
}

/**
 * The month's matters by a group (`groupOf` names it): 挂号, 销号 and 转为信访事项 in the month and the year to date,
 * and in 办 at the month's end. The groups in `order` come first, in that order, even when nothing happened in them;
 * the others only when something did, most 挂号 this year first, then by name.
 */
export function riskBreakdown(
  matters: readonly RiskMatter[],
  month: StatPeriod,
  groupOf: (m: RiskMatter) => string,
  order: readonly string[] = [],
): RiskGroupRow[] {
  const yearToDate = yearToDateOf(month);
  const rows = new Map<string, RiskGroupRow>();
  const rowOf = (name: string) => {
    let row = rows.get(name);
    if (!row) {
      row = {
        name,
        registered: 0,
        closed: 0,
        converted: 0,
        registeredYearToDate: 0,
        closedYearToDate: 0,
        openAtEnd: 0,
      };
      rows.set(name, row);
    }
    return row;
  };
  for (const name of order) rowOf(name);
  for (const m of matters) {
    const counts = {
      registered: within(m.registeredOn, month),
      closed: closedBySettling(m) && within(m.closedOn, month),
      converted: convertedToPetition(m) && within(m.closedOn, month),
      registeredYearToDate: within(m.registeredOn, yearToDate),
      closedYearToDate: closedBySettling(m) && within(m.closedOn, yearToDate),
      openAtEnd: openOn(m, month.to),
    };
    if (!Object.values(counts).some(Boolean)) continue;
    const row = rowOf(groupOf(m));
    for (const key of Object.keys(counts) as (keyof typeof counts)[]) if (counts[key]) row[key] += 1;
  }
  const ordered = order.map((name) => rowOf(name));
  const others = [...rows.values()]
    .filter((row) => !order.includes(row.name))
    .sort(
      (a, b) =>
        b.registeredYearToDate - a.registeredYearToDate ||
        b.openAtEnd - a.openAtEnd ||
        a.name.localeCompare(b.name, 'zh-Hans-CN'),
    );
  return [...ordered, ...others];
}

/** How a matter is named by category in a summary: the office's risk kind, else its petition category. */
export function riskCategoryName(m: RiskMatter, categoryName: (id: string) => string | undefined): string {
  return m.riskKind.trim() || (m.categoryId ? categoryName(m.categoryId) : undefined) || '未分类';
}

export interface MonthlyRiskBreakdowns {
  byLevel: RiskGroupRow[];
  byCategory: RiskGroupRow[];
  byUnit: RiskGroupRow[];
}

/** The month's matters by level (重大, 较大, 一般 always listed), by category and by unit (docs/domain.md §10). */
export function monthlyRiskBreakdowns(
  matters: readonly RiskMatter[],
  month: StatPeriod,
  names: { category(id: string): string | undefined; unit(id: string): string | undefined },
): MonthlyRiskBreakdowns {
  return {
    byLevel: riskBreakdown(matters, month, (m) => m.level, RISK_LEVELS),
    byCategory: riskBreakdown(matters, month, (m) => riskCategoryName(m, names.category)),
    byUnit: riskBreakdown(matters, month, (m) => (m.unitId ? names.unit(m.unitId) : undefined) ?? '未指定单位'),
  };
}

/** 「（其中重大1起、较大2起）」 when more than one level has matters, else nothing. */
export const levelBreakdown = (counts: RiskCounts, key: 'registered' | 'closed') => {
  const parts = RISK_LEVELS.filter((level) => counts.byLevel[level][key] > 0).map(
    (level) => `${level}${counts.byLevel[level][key]}起`,
  );
  return parts.length > 1 ? `（其中${parts.join('、')}）` : '';
};

/** Seed 000's screening clause for a period (本月, 本季度 …), without its closing punctuation. */
export function screeningClause(s: ScreeningCounts, periodWord: string): string {
  return s.concentrated > 0
    ? `${periodWord}共组织集中排查${s.concentrated}次，其中重点排查${s.key}次、普遍排查${s.general}次，排查化解矛盾纠纷${s.resolvedFromScreenings}起`
    : `${periodWord}未组织集中排查，排查化解矛盾纠纷${s.resolvedFromScreenings}起`;
}

/**
 * The summary's paragraph, e.g. 「本月共组织集中排查3次，其中重点排查1次、普遍排查2次，排查化解矛盾纠纷2起。新挂号矛盾纠纷5起（其中重大1起、
 * 较大2起、一般2起），销号4起，月末在办7起；本年累计挂号23起、销号18起，化解率78.26%。」
 */
export function monthlyRiskSentence(summary: MonthlyRiskSummary): string {
  const { counts, yearToDate, screenings: s } = summary;
  const screening = `${screeningClause(s, '本月')}。`;
  const month = `新挂号矛盾纠纷${counts.registered}起${levelBreakdown(counts, 'registered')}，销号${counts.closed}起，月末在办${summary.openAtEnd}起`;
  const rate = yearToDate.resolutionRate === null ? '' : `，化解率${formatPercent(yearToDate.resolutionRate)}`;
  return `${screening}${month}；本年累计挂号${yearToDate.registered}起、销号${yearToDate.closed}起${rate}。`;
}
