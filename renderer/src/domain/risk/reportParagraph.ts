import { formatPercent } from '../statistics/figures';
import type { RiskStatistics } from './riskStatistics';
import { levelBreakdown, screeningClause } from './summary';

/** The sub-heading the drafted part of section 五 starts with (a line beginning 「（一）」 prints as one). */
export const RISK_ANALYSIS_HEADING = '（一）矛盾纠纷排查化解情况';

/**
 * Section 五 (原因分析与风险研判) of the quarterly report opens with the screening ledger's figures of its period and
 * scope in seed 000's sentence form (docs/domain.md §10); the branch edits it and writes its analysis below. Counts
 * only: nothing names a person.
 */
export function riskAnalysisDraft(stats: RiskStatistics, periodWord: '本季度' | '本年度'): string {
  const { counts } = stats;
  const screening = screeningClause(stats.screenings, periodWord);
  const byLevel = levelBreakdown(counts, 'registered');
  const rate = counts.resolutionRate === null ? '' : `，化解率${formatPercent(counts.resolutionRate)}`;
  const converted = stats.converted > 0 ? `，转为信访事项${stats.converted}起` : '';
  const ledger =
    counts.registered === 0 && counts.closed === 0
      ? `排查台账无新挂号矛盾纠纷，期末在办${stats.openAtEnd}起`
      : `排查台账新挂号矛盾纠纷${counts.registered}起${byLevel}，销号${counts.closed}起${rate}${converted}，期末在办${stats.openAtEnd}起`;
  const e = stats.emergencies;
  const events =
    e.total === 0
      ? `${periodWord}未发生突发信访事件。`
      : `${periodWord}发生突发信访事件${e.total}起，领导按时到场${e.onTime}起${e.late > 0 ? `、迟到${e.late}起` : ''}${e.notArrived > 0 ? `、尚未记录到场${e.notArrived}起` : ''}，已处置完毕${e.closed}起。`;
  return `${RISK_ANALYSIS_HEADING}\n${screening}；${ledger}。${events}`;
}
