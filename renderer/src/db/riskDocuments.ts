import type { RiskUpdate } from '../domain/risk/types';
import type { DeskDatabase } from './database';
import { authorize } from './session';

/** What the screening ledger's 日报 reads (docs/domain.md §10); its 重大风险专报 are in specialReports.ts. */

/** The entries a 日报 of `day` needs (domain/risk/daily.ts riskDailyReport): the day's, and every entry of a matter updated after it. */
export async function riskUpdatesForDay(db: DeskDatabase, day: string): Promise<RiskUpdate[]> {
  authorize(db, 'risks.view');
  const later = new Set(
    (await db.riskMatters.filter((m) => m.lastUpdatedOn !== undefined && m.lastUpdatedOn > day).primaryKeys()).map(
      String,
    ),
  );
  return db.riskUpdates.filter((u) => u.day === day || later.has(u.matterId)).toArray();
}
