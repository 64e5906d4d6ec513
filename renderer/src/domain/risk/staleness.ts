import { addDays } from '../dates';
import type { WorkCalendar } from '../workCalendar';
import type { RiskLevel, RiskMatter, RiskUpdate } from './types';

/**
 * How many whole working days a matter in 办 may pass without 「更新进展」, per level. 「每日一更新」 (seed 004): a 重大
 * matter is updated every working day; the default for the others is 7, read here as working days. The
 * office may change them (设置 → 风险预控, Settings.riskStalenessRules).
 */
export type StalenessRules = Record<RiskLevel, number>;

export const DEFAULT_STALENESS_RULES: StalenessRules = { 重大: 1, 较大: 7, 一般: 7 };

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
  const from = addDays(lastDay, 1);
  const missed = from < today ? workingDaysBetween(calendar, from, today) : 0;
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

/**
 * Per calendar and year, the working days among the year's first i days (index i, 0 to the year's length): a list of
 * 10,000 matters then counts each matter's missed days with a few lookups instead of walking every day since its
 * last update.
 */
const yearTables = new WeakMap<WorkCalendar, Map<number, Uint16Array>>();

const DAY_MS = 86_400_000;

function yearTable(calendar: WorkCalendar, year: number): Uint16Array {
  let tables = yearTables.get(calendar);
  if (!tables) {
    tables = new Map();
    yearTables.set(calendar, tables);
  }
  let table = tables.get(year);
  if (!table) {
    const length = (Date.UTC(year + 1, 0, 1) - Date.UTC(year, 0, 1)) / DAY_MS;
    table = new Uint16Array(length + 1);
    for (let i = 0; i < length; i++) {
      const day = new Date(Date.UTC(year, 0, 1) + i * DAY_MS).toISOString().slice(0, 10);
      table[i + 1] = (table[i] as number) + (calendar.isWorkingDay(day) ? 1 : 0);
    }
    tables.set(year, table);
  }
  return table;
}

/** A 'YYYY-MM-DD' day as its year and its index in that year (0 for 1 January). */
function yearAndIndex(day: string): [number, number] {
  const year = Number(day.slice(0, 4));
  const index = (Date.UTC(year, Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) - Date.UTC(year, 0, 1)) / DAY_MS;
  return [year, index];
}

/** Working days d with from ≤ d < to (from ≤ to), counted from the calendar's yearly tables. */
export function workingDaysBetween(calendar: WorkCalendar, from: string, to: string): number {
  const [fromYear, fromIndex] = yearAndIndex(from);
  const [toYear, toIndex] = yearAndIndex(to);
  if (fromYear === toYear)
    return (yearTable(calendar, toYear)[toIndex] as number) - (yearTable(calendar, fromYear)[fromIndex] as number);
  const first = yearTable(calendar, fromYear);
  let count = (first[first.length - 1] as number) - (first[fromIndex] as number);
  for (let year = fromYear + 1; year < toYear; year++) {
    const table = yearTable(calendar, year);
    count += table[table.length - 1] as number;
  }
  return count + (yearTable(calendar, toYear)[toIndex] as number);
}

/** The longest the office may let a matter go without 「更新进展」 (working days). */
export const MAX_STALENESS_DAYS = 30;

/** Why these rules cannot be stored, in the clerk's words; empty when they can. */
export function stalenessRuleProblems(rules: StalenessRules): string[] {
  return (Object.keys(DEFAULT_STALENESS_RULES) as RiskLevel[]).flatMap((level) => {
    const days = rules[level];
    return Number.isInteger(days) && days >= 1 && days <= MAX_STALENESS_DAYS
      ? []
      : [`${level}事项的更新期限应为1至${MAX_STALENESS_DAYS}个工作日之间的整数`];
  });
}
