import type { StatPeriod } from '../statistics/types';
import { emergencyArrival } from './rules';
import type { Emergency } from './types';

/** The figures of the emergencies reported in a period, for the dashboard and the report. */
export interface EmergencyCounts {
  /** Reported in the period. */
  total: number;
  /** Of those, leaders on the scene within the limit. */
  onTime: number;
  /** Of those, leaders on the scene after the limit. */
  late: number;
  /** Of those, no arrival recorded yet. */
  notArrived: number;
  /** Of those, the 处置 ended (结束处置). */
  closed: number;
}

/**
 * Counts the emergencies whose report falls in the period (its days inclusive): every figure is of those, so
 * onTime + late + notArrived = total. An arrival is judged by the limit the event was registered under.
 */
export function emergencyCounts(emergencies: readonly Emergency[], period: StatPeriod): EmergencyCounts {
  const counts: EmergencyCounts = { total: 0, onTime: 0, late: 0, notArrived: 0, closed: 0 };
  for (const e of emergencies) {
    const day = e.reportedAt.slice(0, 10);
    if (day < period.from || day > period.to) continue;
    counts.total += 1;
    if (e.status === '已结束') counts.closed += 1;
    if (!e.arrival) counts.notArrived += 1;
    else if (emergencyArrival(e, e.arrival.arrivedAt).state === '按时到场') counts.onTime += 1;
    else counts.late += 1;
  }
  return counts;
}
