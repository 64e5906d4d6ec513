import { outreachCounts, type OutreachCounts } from '../domain/outreach/counts';
import { scopeFromKey, scopeUnitIds, type StatPeriod } from '../domain/statistics';
import { authorizeReportScope } from './branchScope';
import type { DeskDatabase } from './database';
import { getSettings } from './settings';
import { today } from '../domain/dates';

/**
 * 走出去's figures for a report's (or the dashboard's) period and scope, from the records of the period only (the
 * activities held, suggestions collected and helps given in it: what outreachCounts counts). Counts only, so a
 * 党支部书记 drafts sections 二 and 六 from its own branch's figures and nothing else. Activities count once held (by
 * `now`'s day).
 */
export async function outreachCountsForReport(
  db: DeskDatabase,
  period: StatPeriod,
  reportScopeKey: string,
  now: Date,
): Promise<OutreachCounts> {
  const [counts] = await outreachCountsForPeriods(db, [period], reportScopeKey, now);
  if (!counts) throw new Error('no counts for the period');
  return counts;
}

/**
 * outreachCountsForReport for several periods at once (a period and its 同比 and 环比 bases), read in one
 * transaction so the three agree with each other; the counts in the periods' order.
 */
export async function outreachCountsForPeriods(
  db: DeskDatabase,
  periods: readonly StatPeriod[],
  reportScopeKey: string,
  now: Date,
): Promise<OutreachCounts[]> {
  await authorizeReportScope(db, 'statistics.view', reportScopeKey);
  const { read, units } = await db.transaction('r', [db.activities, db.suggestions, db.helps, db.units], async () => ({
    read: await Promise.all(
      periods.map(async (p) => ({
        period: p,
        records: {
          activities: await db.activities.where('date').between(p.from, p.to, true, true).toArray(),
          suggestions: await db.suggestions.where('collectedOn').between(p.from, p.to, true, true).toArray(),
          helps: await db.helps.where('date').between(p.from, p.to, true, true).toArray(),
        },
      })),
    ),
    units: await db.units.toArray(),
  }));
  const { outreachKinds } = await getSettings(db);
  const scope = scopeUnitIds(scopeFromKey(reportScopeKey), units);
  const kinds = outreachKinds.map((k) => k.kind);
  return read.map(({ period, records }) => outreachCounts(records, period, scope, kinds, { asOf: today(now) }));
}
