import { addDays, daysBetween } from './dates';
import type { Nature } from './types';
import { calendarWarning, type WorkCalendar } from './workCalendar';

/** How a period is written: 日 (calendar days) or 工作日 (working days). */
export type DeadlineUnit = 'calendarDays' | 'workingDays';

export const DEADLINE_KEYS = [
  'acceptanceNotice',
  'transferObjection',
  'handling',
  'extension',
  'reviewRequest',
  'reviewDecision',
  'recheckRequest',
  'recheckDecision',
] as const;
export type DeadlineKey = (typeof DEADLINE_KEYS)[number];

/** A period of docs/domain.md §5. */
export interface DeadlineRule {
  key: DeadlineKey;
  label: string;
  /** For `extension`: the longest extension allowed. */
  length: number;
  unit: DeadlineUnit;
  /** What starts the clock, as the settings page and letters say it. */
  from: string;
  /** Whose period it is: the office must act by it, or the petitioner may act until it. */
  party: 'office' | 'petitioner';
  article: string;
}
export type DeadlineRules = Record<DeadlineKey, DeadlineRule>;

export const UNIT_LABELS: Record<DeadlineUnit, string> = { calendarDays: '日', workingDays: '个工作日' };

/** The Regulation's periods (信访工作条例 Arts. 22, 23, 34–36). */
export const DEFAULT_DEADLINE_RULES: DeadlineRules = {
  acceptanceNotice: {
    key: 'acceptanceNotice',
    label: '受理告知期限',
    length: 15,
    unit: 'calendarDays',
    from: '收到信访事项之日',
    party: 'office',
    article: '第二十三条',
  },
  transferObjection: {
    key: 'transferObjection',
    label: '转送异议期限',
    length: 5,
    unit: 'workingDays',
    from: '收到转送事项之日',
    party: 'office',
    article: '第二十三条',
  },
  handling: {
    key: 'handling',
    label: '办理期限',
    length: 60,
    unit: 'calendarDays',
    from: '受理之日',
    party: 'office',
    article: '第三十四条',
  },
  extension: {
    key: 'extension',
    label: '延期期限',
    length: 30,
    unit: 'calendarDays',
    from: '原办理期限届满之日',
    party: 'office',
    article: '第三十四条',
  },
  reviewRequest: {
    key: 'reviewRequest',
    label: '申请复查期限',
    length: 30,
    unit: 'calendarDays',
    from: '收到处理意见书之日',
    party: 'petitioner',
    article: '第三十五条',
  },
  reviewDecision: {
    key: 'reviewDecision',
    label: '复查办理期限',
    length: 30,
    unit: 'calendarDays',
    from: '收到复查请求之日',
    party: 'office',
    article: '第三十五条',
  },
  recheckRequest: {
    key: 'recheckRequest',
    label: '申请复核期限',
    length: 30,
    unit: 'calendarDays',
    from: '收到复查意见书之日',
    party: 'petitioner',
    article: '第三十六条',
  },
  recheckDecision: {
    key: 'recheckDecision',
    label: '复核办理期限',
    length: 30,
    unit: 'calendarDays',
    from: '收到复核请求之日',
    party: 'office',
    article: '第三十六条',
  },
};

/** Settings may shorten the office's own periods (简易办理 3 / 10 个工作日) and change their unit. */
export type DeadlineOverrides = Partial<Record<DeadlineKey, { length?: number; unit?: DeadlineUnit }>>;

/**
 * Why an override is refused, or null. The petitioner's periods are their right and cannot be changed. An office
 * period may not exceed the statutory number of days; one rewritten in working days may not exceed 5 per statutory
 * week, the nearest a fixed count can come to "not longer than the law allows".
 */
export function deadlineOverrideError(
  key: DeadlineKey,
  override: { length?: number; unit?: DeadlineUnit },
): string | null {
  const rule = DEFAULT_DEADLINE_RULES[key];
  if (rule.party === 'petitioner') return `${rule.label}是信访人的法定权利，不能修改`;
  const unit = override.unit ?? rule.unit;
  const length = override.length ?? rule.length;
  const max = unit === rule.unit || unit === 'calendarDays' ? rule.length : Math.floor((rule.length * 5) / 7);
  if (!Number.isInteger(length) || length < 1) return `${rule.label}应为正整数`;
  if (length > max) return `${rule.label}不得超过${max}${UNIT_LABELS[unit]}（法定期限）`;
  return null;
}

/** The defaults with the office's overrides merged in; throws an Error with a Chinese message on a bad override. */
export function resolveDeadlineRules(overrides: DeadlineOverrides = {}): DeadlineRules {
  const rules = { ...DEFAULT_DEADLINE_RULES };
  for (const key of DEADLINE_KEYS) {
    const override = overrides[key];
    if (!override) continue;
    const error = deadlineOverrideError(key, override);
    if (error) throw new Error(error);
    rules[key] = { ...rules[key], ...override };
  }
  return rules;
}

/** 暂停计时 (a hearing, an appraisal): `to` is absent while the pause is still open. */
export interface ClockPause {
  from: string;
  to?: string;
  reason: string;
}

/** Open pauses closed at `today`, clipped to days after `start`, sorted and merged so no day is counted twice. */
function pausedSpans(pauses: readonly ClockPause[], start: string, today: string): Array<[string, string]> {
  const spans = pauses
    .map((p): [string, string] => [p.from > start ? p.from : addDays(start, 1), p.to ?? today])
    .filter(([from, to]) => from <= to)
    .sort((a, b) => (a[0] < b[0] ? -1 : 1));
  const merged: Array<[string, string]> = [];
  for (const [from, to] of spans) {
    const last = merged[merged.length - 1];
    if (last && from <= addDays(last[1], 1)) last[1] = to > last[1] ? to : last[1];
    else merged.push([from, to]);
  }
  return merged;
}

/** Guards against an office arrangement that (wrongly) marks years of days as holidays. */
const SEARCH_LIMIT_DAYS = 3660;

function nextWorkingDayFrom(day: string, calendar: WorkCalendar): string {
  let d = day;
  for (let i = 0; i < SEARCH_LIMIT_DAYS; i += 1, d = addDays(d, 1)) if (calendar.isWorkingDay(d)) return d;
  throw new Error(`${day}之后十年内没有工作日，请检查设置中的节假日安排`);
}

/**
 * The last day of a period (民法典 Arts. 201, 203): the start day is not counted; calendar days run from the next
 * day, and a period ending on a holiday or rest day ends on the next working day instead; working days count only
 * working days after the start, make-up working weekends included.
 *
 * Pauses: the clock does not run on paused days. A pause covers `from` to `to` inclusive; an open pause covers
 * `from` to `today` inclusive, so while it stays open the due day moves one day later each day and the days left
 * stay put (unless the moving end steps on or off a holiday). Only paused days after the start and before the
 * period would otherwise end count (a pause entered after the deadline passed does not revive it); for working-day
 * periods, only paused working days matter. Paused days are added before moving off a holiday or rest day.
 */
export function computeDue(startDay: string, length: number, unit: DeadlineUnit, calendar: WorkCalendar): string;
export function computeDue(
  startDay: string,
  length: number,
  unit: DeadlineUnit,
  calendar: WorkCalendar,
  pauses: readonly ClockPause[],
  today: string,
): string;
export function computeDue(
  startDay: string,
  length: number,
  unit: DeadlineUnit,
  calendar: WorkCalendar,
  pauses: readonly ClockPause[] = [],
  today: string = startDay,
): string {
  if (pauses.length === 0) return unpausedDue(startDay, length, unit, calendar);
  return dueWithPauses(startDay, length, unit, calendar, pauses, today);
}

/**
 * Due days of clocks without pauses, per calendar (a calendar never changes; settings build a new one): the 督办
 * board asks for the same few thousand (start, period) pairs across every open case, and each answer walks days.
 */
const unpausedDues = new WeakMap<WorkCalendar, Map<string, string>>();

function unpausedDue(startDay: string, length: number, unit: DeadlineUnit, calendar: WorkCalendar): string {
  let dues = unpausedDues.get(calendar);
  if (!dues) {
    dues = new Map();
    unpausedDues.set(calendar, dues);
  }
  const key = `${startDay}|${length}|${unit}`;
  let due = dues.get(key);
  if (due === undefined) {
    due = dueWithPauses(startDay, length, unit, calendar, [], startDay);
    dues.set(key, due);
  }
  return due;
}

function dueWithPauses(
  startDay: string,
  length: number,
  unit: DeadlineUnit,
  calendar: WorkCalendar,
  pauses: readonly ClockPause[],
  today: string,
): string {
  const spans = pausedSpans(pauses, startDay, today);
  const isPaused = (day: string) => spans.some(([from, to]) => day >= from && day <= to);
  if (unit === 'workingDays') {
    let day = startDay;
    for (let counted = 0, i = 0; counted < length; i += 1) {
      if (i > SEARCH_LIMIT_DAYS + length)
        throw new Error(`${startDay}之后十年内没有足够的工作日，请检查设置中的节假日安排`);
      day = addDays(day, 1);
      if (calendar.isWorkingDay(day) && !isPaused(day)) counted += 1;
    }
    return day;
  }
  // Merged spans are sorted, so each one that begins on or before the running end pushes it out by its length.
  let end = addDays(startDay, length);
  for (const [from, to] of spans) {
    if (from > end) break;
    end = addDays(end, daysBetween(from, to) + 1);
  }
  return nextWorkingDayFrom(end, calendar);
}

export type DueStateLabel = '正常' | '临期' | '超期';

/** 正常 / 临期 (due within `dueSoonDays`, due today included) / 超期, with calendar days left (negative when late). */
export function dueState(due: string, today: string, dueSoonDays = 3): { state: DueStateLabel; daysLeft: number } {
  const daysLeft = daysBetween(today, due);
  const state: DueStateLabel = daysLeft < 0 ? '超期' : daysLeft <= dueSoonDays ? '临期' : '正常';
  return { state, daysLeft };
}

/**
 * The clock facts of one case, as its timeline records them. Days are 'YYYY-MM-DD'; a longer ISO moment is read by
 * its day. Each `…At` is the day the thing happened or was received.
 */
export interface CaseClockFacts {
  nature: Nature;
  receivedAt: string;
  /** Forwarded to us by another body (上级转送/交办): we may object within 5 working days (Art. 22). */
  forwardedToUs?: boolean;
  acceptedAt?: string;
  /** The written notice of the decision (受理告知书, or 不予受理告知书) was issued. */
  acceptanceNoticeIssuedAt?: string;
  /** 转送 / 转纪检监察: the matter left for the competent body (it then also has closedAt). */
  forwardedAt?: string;
  extension?: { days: number; approvedAt: string };
  /** 答复 recorded, and the day the petitioner received the 处理意见书 (absent until 送达 is recorded). */
  repliedAt?: string;
  servedAt?: string;
  /** 办结 / 销号, or the case left the office (不予受理, 转送). */
  closedAt?: string;
  reviewRequestedAt?: string;
  reviewDecidedAt?: string;
  reviewServedAt?: string;
  recheckRequestedAt?: string;
  recheckDecidedAt?: string;
  /** The day the 复核意见书 reached the petitioner. */
  recheckServedAt?: string;
  pauses?: readonly ClockPause[];
  /** 交办: the handling unit, its 包案领导 and 承办人, and the due date they were given. */
  assignment?: CaseAssignment;
  /** The day of the latest 督办 (supervision). */
  lastSupervisedAt?: string;
  /** The latest 回访: its day and the petitioner's satisfaction (满意率 and 参评率, docs/domain.md §8). */
  followUp?: { date: string; satisfaction: '满意' | '基本满意' | '不满意' };
}

/** What a 交办 (assignment) fixed: who handles the case and by when. Days are 'YYYY-MM-DD'. */
export interface CaseAssignment {
  unitId: string;
  unitName?: string;
  /** 包案领导 */
  leader: string;
  /** 承办人 */
  handler: string;
  dueDate: string;
  assignedAt: string;
}

/** One period of a case that is still running, for the case page and the 督办 board. */
export interface RunningDeadline {
  key: DeadlineKey;
  label: string;
  party: 'office' | 'petitioner';
  start: string;
  due: string;
  state: DueStateLabel;
  daysLeft: number;
  /** An open pause holds the clock. */
  paused: boolean;
  /** Days of an approved extension included in `due`. */
  extendedBy: number;
  /** Warnings for years between start and due that have no holiday arrangement. */
  warnings: string[];
}

type ClockKey = Exclude<DeadlineKey, 'extension'>;

/**
 * When each clock applies, starts and stops. Only 申诉求决 runs the 60-day clock and 复查/复核 (docs/domain.md §3).
 * The 受理告知期限 (Art. 23) stops when the written notice (受理告知书 or 不予受理告知书) is issued: a 不予受理
 * without it still owes it. A written reply (处理意见书) also answers it: the petitioner then holds the office's
 * decision in writing, so a notice issued after it would be noise. A 转送 stops it on the day the matter left: this
 * app has no notice letter for a transfer, so the transfer itself is taken as the office's answer.
 */
const CLOCKS: Record<
  ClockKey,
  {
    applies(f: CaseClockFacts): boolean;
    start(f: CaseClockFacts): string | undefined;
    stop(f: CaseClockFacts): string | undefined;
  }
> = {
  acceptanceNotice: {
    applies: () => true,
    start: (f) => f.receivedAt,
    stop: (f) => f.acceptanceNoticeIssuedAt ?? f.forwardedAt ?? f.repliedAt,
  },
  transferObjection: {
    applies: (f) => f.forwardedToUs === true,
    start: (f) => f.receivedAt,
    stop: (f) => f.acceptedAt ?? f.closedAt,
  },
  handling: {
    applies: (f) => f.nature === '申诉求决',
    start: (f) => f.acceptedAt,
    stop: (f) => f.repliedAt ?? f.closedAt,
  },
  reviewRequest: {
    applies: (f) => f.nature === '申诉求决',
    start: (f) => f.servedAt,
    stop: (f) => f.reviewRequestedAt,
  },
  reviewDecision: {
    applies: (f) => f.nature === '申诉求决',
    start: (f) => f.reviewRequestedAt,
    stop: (f) => f.reviewDecidedAt,
  },
  recheckRequest: {
    applies: (f) => f.nature === '申诉求决',
    start: (f) => f.reviewServedAt,
    stop: (f) => f.recheckRequestedAt,
  },
  recheckDecision: {
    applies: (f) => f.nature === '申诉求决',
    start: (f) => f.recheckRequestedAt,
    stop: (f) => f.recheckDecidedAt,
  },
};

const day = (s: string | undefined) => s?.slice(0, 10);

/** The handling due day, extension included (counted on from the day the original period ends). */
export function handlingDue(
  facts: CaseClockFacts,
  rules: DeadlineRules,
  calendar: WorkCalendar,
  today: string,
): string | null {
  const accepted = day(facts.acceptedAt);
  if (!accepted) return null;
  const pauses = facts.pauses ?? [];
  const { handling, extension } = rules;
  const original = computeDue(accepted, handling.length, handling.unit, calendar, pauses, today);
  return facts.extension
    ? computeDue(original, facts.extension.days, extension.unit, calendar, pauses, today)
    : original;
}

function yearWarnings(start: string, due: string, calendar: WorkCalendar): string[] {
  const warnings: string[] = [];
  for (let year = Number(start.slice(0, 4)); year <= Number(due.slice(0, 4)); year += 1) {
    if (calendar.coverage(year) === 'fallback') warnings.push(calendarWarning(year));
  }
  return warnings;
}

const CLOCK_KEYS = Object.keys(CLOCKS) as ClockKey[];

/** The day the clock started, or null when it does not apply to the case or has stopped. */
function runningStart(key: ClockKey, facts: CaseClockFacts): string | null {
  const clock = CLOCKS[key];
  const start = day(clock.start(facts));
  return !clock.applies(facts) || !start || clock.stop(facts) ? null : start;
}

/**
 * The clocks a 暂停计时 holds: a hearing or an appraisal delays the examination of the matter (办理, 复查, 复核), not
 * the written notice of acceptance or the objection to a transfer, and never the petitioner's own periods.
 */
const PAUSABLE: ReadonlySet<ClockKey> = new Set<ClockKey>(['handling', 'reviewDecision', 'recheckDecision']);

/** A running clock's due day. */
function clockDue(
  key: ClockKey,
  start: string,
  facts: CaseClockFacts,
  rules: DeadlineRules,
  calendar: WorkCalendar,
  today: string,
): string {
  if (key === 'handling') return handlingDue(facts, rules, calendar, today) as string;
  const rule = rules[key];
  return PAUSABLE.has(key)
    ? computeDue(start, rule.length, rule.unit, calendar, facts.pauses ?? [], today)
    : computeDue(start, rule.length, rule.unit, calendar);
}

function isPausedOn(facts: CaseClockFacts, today: string): boolean {
  return (facts.pauses ?? []).some((p) => p.from <= today && (p.to === undefined || p.to >= today));
}

/**
 * Every period of the case still running on `today`, earliest due first. Office periods stay listed (超期) until
 * the office acts; a petitioner's period drops out once it has expired. Pauses hold only the PAUSABLE clocks.
 */
export function runningDeadlines(
  facts: CaseClockFacts,
  rules: DeadlineRules,
  calendar: WorkCalendar,
  today: string,
  dueSoonDays = 3,
): RunningDeadline[] {
  const paused = isPausedOn(facts, today);
  const result: RunningDeadline[] = [];
  for (const key of CLOCK_KEYS) {
    const start = runningStart(key, facts);
    if (start === null) continue;
    const rule = rules[key];
    const office = rule.party === 'office';
    const due = clockDue(key, start, facts, rules, calendar, today);
    const { state, daysLeft } = dueState(due, today, dueSoonDays);
    if (!office && state === '超期') continue;
    result.push({
      key,
      label: rule.label,
      party: rule.party,
      start,
      due,
      state,
      daysLeft,
      paused: PAUSABLE.has(key) && paused,
      extendedBy: key === 'handling' ? (facts.extension?.days ?? 0) : 0,
      warnings: yearWarnings(start, due, calendar),
    });
  }
  return result.sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0));
}

/** What the 督办 board shows of a case's most pressing office period. */
export type OfficeDeadline = Pick<RunningDeadline, 'key' | 'label' | 'due' | 'state' | 'daysLeft' | 'paused'>;

/**
 * The office period of the case that ends first: the first office entry of runningDeadlines, computed without
 * building the others (the 督办 board asks this of every open case at once).
 */
export function nearestOfficeDeadline(
  facts: CaseClockFacts,
  rules: DeadlineRules,
  calendar: WorkCalendar,
  today: string,
  dueSoonDays = 3,
): OfficeDeadline | null {
  let nearestKey: ClockKey | null = null;
  let nearestDue = '';
  for (const key of CLOCK_KEYS) {
    if (rules[key].party !== 'office') continue;
    const start = runningStart(key, facts);
    if (start === null) continue;
    const due = clockDue(key, start, facts, rules, calendar, today);
    if (nearestKey === null || due < nearestDue) {
      nearestKey = key;
      nearestDue = due;
    }
  }
  if (nearestKey === null) return null;
  const { state, daysLeft } = dueState(nearestDue, today, dueSoonDays);
  return {
    key: nearestKey,
    label: rules[nearestKey].label,
    due: nearestDue,
    state,
    daysLeft,
    paused: PAUSABLE.has(nearestKey) && isPausedOn(facts, today),
  };
}
