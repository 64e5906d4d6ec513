import type { LedgerRow } from '../ledgerQuery';
import type { RiskMatterInput } from './registration';
import type { RiskLevel } from './types';
import type { RiskWarning, WarningKind, WarningThresholds } from './warnings';

/** What each kind of 研判预警 is called on the screen. */
export const WARNING_KIND_LABELS: Record<WarningKind, string> = {
  cluster: '同类信访集中',
  collective: '集体访',
  levelSkipping: '越级访',
  repeat: '多次重复访',
};

/** The names a suggestion is told with: the unit's and the category's, already resolved to the clerk's words. */
export interface WarningNames {
  unit: string;
  category: string;
}

/**
 * Why the desk raised it, in one sentence the clerk reads on the screen and finds again as the matter's 情况 when the
 * suggestion is taken. Numbers and names of units and categories only: never the petitioners (a ledger of problems,
 * not of people; docs/domain.md §10).
 */
export function warningReason(
  warning: RiskWarning,
  rows: readonly Pick<LedgerRow, 'regNo' | 'headcount'>[],
  names: WarningNames,
  thresholds: WarningThresholds,
): string {
  const { unit } = names;
  const about = names.category ? `反映${names.category}问题` : '';
  const regNos = rows.map((r) => r.regNo).join('、');
  switch (warning.kind) {
    case 'cluster':
      return `${unit}近${thresholds.cluster.days}日内${about}的信访事项${rows.length}件（${regNos}），达到同类信访集中预警阈值（${thresholds.cluster.petitions}件）。`;
    case 'collective':
      return `${unit}近${thresholds.flaggedDays}日内发生集体访${warning.count}批次（${regNos}）${about ? `，${about}` : ''}。`;
    case 'levelSkipping':
      return `${unit}近${thresholds.flaggedDays}日内发生越级访${warning.count}批次（${regNos}）${about ? `，${about}` : ''}。`;
    case 'repeat':
      return `${unit}信访事项${regNos}近${thresholds.repeat.days}日内重复访${warning.count}次${about ? `，${about}` : ''}。`;
  }
}

/** 集体访 and 越级访 are 较大 until the clerk judges otherwise; the rest start as 一般. */
const LEVEL_OF: Record<WarningKind, RiskLevel> = {
  cluster: '一般',
  collective: '较大',
  levelSkipping: '较大',
  repeat: '一般',
};

/** The fields of a 挂号 a taken suggestion fills in. */
export type WarningDraft = Pick<
  RiskMatterInput,
  | 'source'
  | 'screeningId'
  | 'categoryId'
  | 'unitId'
  | 'problem'
  | 'level'
  | 'headcount'
  | 'registeredOn'
  | 'petitionIds'
>;

/** The 挂号 a taken suggestion opens with: the clerk completes the people responsible, measures and time limit. */
export function warningDraft(
  warning: RiskWarning,
  rows: readonly Pick<LedgerRow, 'regNo' | 'headcount'>[],
  names: WarningNames,
  thresholds: WarningThresholds,
  today: string,
): WarningDraft {
  return {
    source: '信访事项',
    screeningId: null,
    categoryId: warning.categoryId,
    unitId: warning.unitId,
    problem: `【研判预警】${warningReason(warning, rows, names, thresholds)}`,
    level: LEVEL_OF[warning.kind],
    headcount: rows.reduce((sum, r) => sum + r.headcount, 0),
    registeredOn: today,
    petitionIds: warning.petitionIds,
  };
}
