import { riskStatistics, type RiskScope, type RiskStatistics } from '../domain/risk/riskStatistics';
import { scopeFromKey, scopeUnitIds, type StatPeriod } from '../domain/statistics';
import { authorizeReportScope } from './branchScope';
import type { DeskDatabase } from './database';

/**
 * The screening ledger's and the 突发信访事件's figures for a report's period and scope (section 五's drafted
 * paragraph). Counts only, so a
 * 党支部书记, who reads no screening ledger, drafts from its own branch's figures and from nothing else.
 */
export async function riskStatisticsForReport(
  db: DeskDatabase,
  period: StatPeriod,
  reportScopeKey: string,
  context: Omit<RiskScope, 'unitIds'>,
): Promise<RiskStatistics> {
  await authorizeReportScope(db, 'statistics.view', reportScopeKey);
  const { matters, screenings, emergencies, units } = await db.transaction(
    'r',
    [db.riskMatters, db.screenings, db.emergencies, db.units],
    async () => ({
      matters: await db.riskMatters.toArray(),
      screenings: await db.screenings.toArray(),
      emergencies: await db.emergencies.toArray(),
      units: await db.units.toArray(),
    }),
  );
  const unitIds = scopeUnitIds(scopeFromKey(reportScopeKey), units);
  return riskStatistics(matters, screenings, period, { ...context, unitIds }, emergencies);
}
