import { dueState } from '../deadlines';
import type { RiskMatter } from './types';

/** A matter in 办 whose 化解时限 has passed or is near, as the 督办台 lists it. */
export interface RiskDeadlineRow {
  matter: RiskMatter;
  /** Calendar days from today to the 化解时限: negative once it has passed, 0 on the day itself. */
  daysLeft: number;
  state: 'overdue' | 'dueSoon';
}

/**
 * The screening ledger's running deadlines (docs/domain.md §10) on the 督办台: matters in 办 past their 化解时限, or
 * within `dueSoonDays` of it (the office's 临期 setting), the most pressing first.
 */
export function riskDeadlineRows(
  matters: readonly RiskMatter[],
  today: string,
  dueSoonDays: number,
): RiskDeadlineRow[] {
  const rows: RiskDeadlineRow[] = [];
  for (const matter of matters) {
    if (matter.status !== '在办') continue;
    // The 督办台's own 临期 / 超期 rule (deadlines.ts), on the matter's 化解时限.
    const { state, daysLeft } = dueState(matter.targetDate, today, dueSoonDays);
    if (state === '正常') continue;
    rows.push({ matter, daysLeft, state: state === '超期' ? 'overdue' : 'dueSoon' });
  }
  return rows.sort((a, b) => a.daysLeft - b.daysLeft || a.matter.seq - b.matter.seq);
}
