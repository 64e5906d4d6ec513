import type { DeskDatabase } from '../../renderer/src/db/database';
import { getSettings } from '../../renderer/src/db/settings';
import { caseEnvironment } from '../../renderer/src/domain/caseEnvironment';
import { toLocalDate } from '../../renderer/src/domain/dates';
import type { LedgerRow } from '../../renderer/src/domain/ledgerQuery';
import { periodContaining, type PeriodKind } from '../../renderer/src/domain/statistics';
import { computeDashboard } from '../../renderer/src/features/dashboard/dashboardData';
import { medianOf } from './measure';

/** Issue 4's budget for the dashboard on this 2-core machine. */
const DASHBOARD_BUDGET_MS = 300;
const RUNS = 9;

type Add = (name: string, runs: number, median: number, budget: number | null, note: string) => void;

/**
 * Times the dashboard as the page computes it, from the ledger's in-memory rows (no IndexedDB read): the rows
 * converted afresh every run (no cached conversion), then the period, 同比 and 环比 statistics and the monthly trend,
 * for the last full quarter and year before today and for the whole company.
 */
export async function runStatisticsScenario(db: DeskDatabase, ledger: readonly LedgerRow[], add: Add): Promise<void> {
  const [settings, units, categories] = await Promise.all([
    getSettings(db),
    db.units.toArray(),
    db.categories.toArray(),
  ]);
  const env = caseEnvironment(settings);
  const today = toLocalDate(new Date());
  for (const [kind, label] of [
    ['quarter', '季度'],
    ['year', '年'],
  ] as [PeriodKind & ('quarter' | 'year'), string][]) {
    // The period before the current one: full, with a year of history before it for 同比.
    const current = periodContaining(kind, today);
    const period = periodContaining(
      kind,
      toLocalDate(new Date(new Date(`${current.from}T00:00`).getTime() - 86_400_000)),
    );
    let note = '';
    const median = await medianOf(RUNS, () => {
      const dashboard = computeDashboard({
        rows: ledger,
        units,
        categories,
        env,
        period,
        kind,
        scope: { kind: 'all' },
        today,
        uncached: true,
      });
      const s = dashboard.current;
      note = `${period.from}…${period.to}: ${s.pieces} 件, ${s.batches} 批次, ${s.persons} 人次, 办结率 ${s.handling.closingRate?.toFixed(3) ?? '—'}, 满意率 ${s.satisfaction.satisfactionRate?.toFixed(3) ?? '—'}`;
    });
    add(`dashboard (${label}, from ledger rows)`, RUNS, median, DASHBOARD_BUDGET_MS, note);
  }
}
