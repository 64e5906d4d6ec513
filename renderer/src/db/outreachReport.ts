import { outreachCounts, type OutreachCounts } from '../domain/outreach/counts';
import { scopeFromKey, scopeUnitIds, type StatPeriod } from '../domain/statistics';
import { authorizeReportScope } from './branchScope';
import type { DeskDatabase } from './database';
import { getSettings } from './settings';

/**
 * 走出去's figures for a report's (or the dashboard's) period and scope, from the records of the period only (the
 * activities held, suggestions collected and helps given in it: what outreachCounts counts). Counts only, so a
 * 党支部书记 drafts sections 二 and 六 from its own branch's figures and nothing else.
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
      activities: await db.activities.where('date').between(period.from, period.to, true, true).toArray(),
      suggestions: await db.suggestions.where('collectedOn').between(period.from, period.to, true, true).toArray(),
      helps: await db.helps.where('date').between(period.from, period.to, true, true).toArray(),
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
