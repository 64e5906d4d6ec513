import { parseLocalDateTime, toLocalDateTime } from '../dates';

/**
 * 突发信访事件 (docs/domain.md §10, seed 004): leaders must be on the scene within a limit set by where the group is.
 * The limits are the office's (settings); these are seed 004's. Moments are local 'YYYY-MM-DDTHH:mm'.
 */
export const EMERGENCY_LOCATIONS = ['本市单位', '市外', '省会单位', '省内其他', '赴京'] as const;
export type EmergencyLocation = (typeof EMERGENCY_LOCATIONS)[number];

/** Hours from the report to the leaders' arrival, per location class. */
export type ArrivalLimits = Record<EmergencyLocation, number>;

export const DEFAULT_ARRIVAL_LIMITS: ArrivalLimits = { 本市单位: 1, 市外: 2, 省会单位: 1, 省内其他: 2, 赴京: 6 };

export type ArrivalState =
  | { state: '等待到场'; deadline: string; minutesLeft: number }
  | { state: '已超时未到场'; deadline: string; minutesLate: number }
  | { state: '按时到场'; deadline: string }
  | { state: '迟到'; deadline: string; minutesLate: number };

const MINUTE_MS = 60_000;

function moment(value: string, what: string): Date {
  const parsed = parseLocalDateTime(value);
  if (!parsed) throw new Error(`${what}「${value}」不是有效的时间`);
  return parsed;
}

/** The moment the leaders must be on the scene by. */
export function arrivalDeadline(
  reportedAt: string,
  location: EmergencyLocation,
  limits = DEFAULT_ARRIVAL_LIMITS,
): string {
  const hours = limits[location];
  return toLocalDateTime(new Date(moment(reportedAt, '报告时间').getTime() + hours * 60 * MINUTE_MS));
}

/**
 * Where the arrival stands at `now`: the live clock while nobody has arrived (minutes left, or minutes past the limit),
 * then on time or late once the arrival is recorded (arriving exactly at the limit is on time).
 */
export function arrivalState(
  reportedAt: string,
  location: EmergencyLocation,
  arrivedAt: string | null,
  now: string,
  limits = DEFAULT_ARRIVAL_LIMITS,
): ArrivalState {
  const deadline = arrivalDeadline(reportedAt, location, limits);
  const due = moment(deadline, '到场时限').getTime();
  if (arrivedAt !== null) {
    const arrived = moment(arrivedAt, '到场时间').getTime();
    if (arrived < moment(reportedAt, '报告时间').getTime()) throw new Error('到场时间不能早于报告时间');
    return arrived <= due
      ? { state: '按时到场', deadline }
      : { state: '迟到', deadline, minutesLate: Math.round((arrived - due) / MINUTE_MS) };
  }
  const at = moment(now, '当前时间').getTime();
  return at <= due
    ? { state: '等待到场', deadline, minutesLeft: Math.round((due - at) / MINUTE_MS) }
    : { state: '已超时未到场', deadline, minutesLate: Math.round((at - due) / MINUTE_MS) };
}
