import { outreachCounts, type OutreachCounts } from '../domain/outreach/counts';
import { scopeFromKey, scopeUnitIds, type StatPeriod } from '../domain/statistics';
import { authorizeReportScope } from './branchScope';
import type { DeskDatabase } from './database';
import { getSettings } from './settings';

/**
 * 走出去's figures for a report's (or the dashboard's) period and scope. Counts only, so a 党支部书记 drafts sections 二
 * and 六 from its own branch's figures and nothing else.
 */
export async function outreachCountsForReport(
  db: DeskDatabase,
  period: StatPeriod,
  reportScopeKey: string,
): Promise<OutreachCounts> {
  await authorizeReportScope(db, 'statistics.view', reportScopeKey);
  const { activities, suggestions, helps, units } = await db.transaction(
    'r',
    [db.activities, db.suggestions, db.helps, db.units],
    async () => ({
      activities: await db.activities.toArray(),
      suggestions: await db.suggestions.toArray(),
      helps: await db.helps.toArray(),
      units: await db.units.toArray(),
    }),
  );
  const { outreachKinds } = await getSettings(db);
  const scope = scopeUnitIds(scopeFromKey(reportScopeKey), units);
  return outreachCounts(
    { activities, suggestions, helps },
    period,
    scope,
    outreachKinds.map((k) => k.kind),
  );
}
