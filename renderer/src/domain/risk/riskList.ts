import { readingsOf } from '../optionSearch';
import { matchesSearch } from '../search';
import type { WorkCalendar } from '../workCalendar';
import { DEFAULT_STALENESS_RULES, updateState, type StalenessRules, type UpdateState } from './staleness';
import type { RiskLevel, RiskMatter, RiskStatus } from './types';

/** A matter with what the 排查台账 list shows beside it: its unit's name and where its updates stand today. */
export interface RiskListRow {
  matter: RiskMatter;
  unitName: string;
  update: UpdateState;
}

/** A matter 销号 or converted is no longer updated, so it is never behind (the list shows — for it). */
const OFF_LEDGER: UpdateState = { lastDay: '', updatedToday: false, missedWorkingDays: 0, stale: false };

export type RiskStatusFilter = RiskStatus | '全部';

export interface RiskListQuery {
  status: RiskStatusFilter;
  level: RiskLevel | null;
  /**
   * What the clerk typed in the search box: number, problem, unit, 包案领导 or 责任人 — the names and the unit also by
   * pinyin, in full or by initials (「zs」 finds 张三), as the petition ledger's search does.
   */
  text: string;
}

/**
 * The 排查台账 list (docs/domain.md §10): the matters the filters let through, matching the search, those behind with
 * their updates first, then the newest 挂号.
 */
export function riskListRows(
  matters: readonly RiskMatter[],
  query: RiskListQuery,
  context: {
    day: string;
    calendar: WorkCalendar;
    unitPaths: ReadonlyMap<string, string>;
    /** The office's update periods (设置 → 风险预控); the defaults when absent. */
    rules?: StalenessRules;
  },
): RiskListRow[] {
  const rules = context.rules ?? DEFAULT_STALENESS_RULES;
  const rows: RiskListRow[] = [];
  for (const matter of matters) {
    if (query.status !== '全部' && matter.status !== query.status) continue;
    if (query.level !== null && matter.level !== query.level) continue;
    const unitName = matter.unitId ? (context.unitPaths.get(matter.unitId) ?? '') : '';
    if (query.text.trim() !== '' && !matchesSearch(searchTextOf(matter, unitName), query.text)) continue;
    rows.push({
      matter,
      unitName,
      update: matter.status === '在办' ? updateState(matter, context.day, context.calendar, rules) : OFF_LEDGER,
    });
  }
  return rows.sort(
    (a, b) =>
      Number(b.update.stale) - Number(a.update.stale) ||
      (a.matter.registeredOn < b.matter.registeredOn ? 1 : a.matter.registeredOn > b.matter.registeredOn ? -1 : 0) ||
      b.matter.seq - a.matter.seq,
  );
}

/** Each matter's search text, made once per matter object (a write replaces the object) and unit name. */
const searchTexts = new WeakMap<RiskMatter, { unitName: string; text: string }>();

/** What the search box looks through; the names' and the unit's readings come from a per-label cache. */
function searchTextOf(matter: RiskMatter, unitName: string): string {
  const known = searchTexts.get(matter);
  if (known && known.unitName === unitName) return known.text;
  const labels = [matter.leader, matter.responsible, unitName].filter((label) => label !== '');
  const text = [matter.riskNo, matter.problem, ...labels.flatMap(readingsOf)].join('\n').toLowerCase();
  searchTexts.set(matter, { unitName, text });
  return text;
}
