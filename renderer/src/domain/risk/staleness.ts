import { addDays } from '../dates';
import type { WorkCalendar } from '../workCalendar';
import type { RiskLevel, RiskMatter, RiskUpdate } from './types';

/**
 * How many whole working days a matter in 办 may pass without 「更新进展」, per level (settings). 「每日一更新」 (seed
 * 004): a 重大 matter is updated every working day; the others at least weekly.
 */
export type StalenessRules = Record<RiskLevel, number>;

export const DEFAULT_STALENESS_RULES: StalenessRules = { 重大: 1, 较大: 7, 一般: 7 };

/** Days walked at most (a matter left a decade without update is stale anyway). */
const WALK_LIMIT_DAYS = 3660;

export interface UpdateState {
  /** The day of the latest update, or the 挂号 day before any. */
  lastDay: string;
  updatedToday: boolean;
  /** Whole working days that passed after lastDay without an update (today, still open, does not count). */
  missedWorkingDays: number;
  stale: boolean;
}

/**
 * Whether the matter is behind with its updates today. Weekends, holidays and the day itself do not count against it:
 * a 重大 matter updated on the Friday before 国庆 is not stale on the first working day after the holiday, and becomes
 * stale only once a whole working day passes without an update.
 */
export function updateState(
  matter: Pick<RiskMatter, 'registeredOn' | 'lastUpdatedOn' | 'level'>,
  today: string,
  calendar: WorkCalendar,
  rules: StalenessRules = DEFAULT_STALENESS_RULES,
): UpdateState {
  // An entry dated after today (the clock was set back) does not count as today's.
  const updated = matter.lastUpdatedOn !== undefined && matter.lastUpdatedOn <= today ? matter.lastUpdatedOn : null;
  const lastDay = updated !== null && updated > matter.registeredOn ? updated : matter.registeredOn;
  let missed = 0;
  let walked = 0;
  for (let day = addDays(lastDay, 1); day < today && walked < WALK_LIMIT_DAYS; day = addDays(day, 1), walked += 1) {
    if (calendar.isWorkingDay(day)) missed += 1;
  }
  return {
    lastDay,
    updatedToday: updated === today,
    missedWorkingDays: missed,
    stale: missed >= rules[matter.level],
  };
}

/** The latest day among a matter's update entries, up to today: what lastUpdatedOn holds after an entry is written. */
export function latestUpdateDay(updates: readonly Pick<RiskUpdate, 'day'>[], today: string): string | undefined {
  let latest: string | undefined;
  for (const u of updates) if (u.day <= today && (latest === undefined || u.day > latest)) latest = u.day;
  return latest;
}
