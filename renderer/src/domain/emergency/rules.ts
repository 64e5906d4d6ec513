import { parseLocalDate, parseLocalDateTime } from '../dates';
import {
  arrivalState,
  DEFAULT_ARRIVAL_LIMITS,
  EMERGENCY_LOCATIONS,
  type ArrivalLimits,
  type ArrivalState,
} from '../risk/emergency';
import {
  EMERGENCY_STEP_KINDS,
  type Emergency,
  type EmergencyAnalysis,
  type EmergencyInput,
  type EmergencyStepKind,
} from './types';

/**
 * The rules of a 突发信访事件 (docs/domain.md §10): what registering, recording the arrival, a step, a 善后 measure and
 * the analysis accept, and when the 处置 may end. Every rule answers in the clerk's words; `now` is the desk's local
 * moment 'YYYY-MM-DDTHH:mm'.
 */

/** Text lengths an emergency accepts (characters). */
export const EMERGENCY_TEXT_LIMITS = {
  place: 200,
  demands: 2000,
  leaders: 100,
  step: 2000,
  measure: 500,
  analysis: 4000,
};

/** The most 备用金 one event may record (yuan): a typing slip of extra zeros is refused, not printed. */
export const RESERVE_FUND_MAX_YUAN = 10_000_000;

/** Arrival limits the office may set: whole hours from 1 to 72. */
export const ARRIVAL_LIMIT_HOURS = { min: 1, max: 72 };

const length = (text: string) => [...text.trim()].length;
const isMoment = (value: string) => parseLocalDateTime(value) !== null;

/** Why an arrival limit cannot be saved for this location, or null. */
export function arrivalLimitProblem(location: string, hours: number): string | null {
  return Number.isInteger(hours) && hours >= ARRIVAL_LIMIT_HOURS.min && hours <= ARRIVAL_LIMIT_HOURS.max
    ? null
    : `${location}的到场时限应为${ARRIVAL_LIMIT_HOURS.min}至${ARRIVAL_LIMIT_HOURS.max}之间的整数小时`;
}

/** Why this input cannot be registered, per field; empty when it can. */
export function emergencyInputProblems(
  input: EmergencyInput,
  now: string,
): Partial<Record<keyof EmergencyInput, string>> {
  const problems: Partial<Record<keyof EmergencyInput, string>> = {};
  if (!isMoment(input.reportedAt)) problems.reportedAt = '请填写有效的报告时间';
  else if (input.reportedAt > now) problems.reportedAt = '报告时间不能晚于现在';
  if (!EMERGENCY_LOCATIONS.includes(input.location)) problems.location = '请选择发生地点类别';
  if (length(input.place) === 0) problems.place = '请填写具体地点';
  else if (length(input.place) > EMERGENCY_TEXT_LIMITS.place)
    problems.place = `具体地点不能超过${EMERGENCY_TEXT_LIMITS.place}字`;
  if (!Number.isInteger(input.headcount) || input.headcount < 1 || input.headcount > 100_000)
    problems.headcount = '人数应为1至100000之间的整数';
  if (length(input.demands) === 0) problems.demands = '请填写诉求';
  else if (length(input.demands) > EMERGENCY_TEXT_LIMITS.demands)
    problems.demands = `诉求不能超过${EMERGENCY_TEXT_LIMITS.demands}字`;
  if (input.unitIds.length === 0) problems.unitIds = '请选择涉及单位';
  else if (new Set(input.unitIds).size !== input.unitIds.length) problems.unitIds = '涉及单位重复';
  return problems;
}

const ended = (e: Emergency) => (e.status === '已结束' ? ['该突发事件已结束处置，不能再修改'] : []);

/** A moment of the 处置 (an arrival, a step, the end): not before the report, not after now. */
function momentProblems(at: string, label: string, e: Emergency, now: string): string[] {
  if (!isMoment(at)) return [`请填写有效的${label}`];
  if (at < e.reportedAt) return [`${label}不能早于报告时间`];
  if (at > now) return [`${label}不能晚于现在`];
  return [];
}

/** 记录到场: the leaders named, and a moment between the report and now; recorded once. */
export function arrivalProblems(e: Emergency, arrival: { leaders: string; arrivedAt: string }, now: string): string[] {
  const problems = ended(e);
  if (e.arrival) problems.push('到场情况已记录');
  if (length(arrival.leaders) === 0) problems.push('请填写到场领导');
  else if (length(arrival.leaders) > EMERGENCY_TEXT_LIMITS.leaders)
    problems.push(`到场领导不能超过${EMERGENCY_TEXT_LIMITS.leaders}字`);
  problems.push(...momentProblems(arrival.arrivedAt, '到场时间', e, now));
  return problems;
}

/** 添加处置步骤: a kind, a text and a moment between the report and now. */
export function stepProblems(
  e: Emergency,
  step: { at: string; kind: EmergencyStepKind; text: string },
  now: string,
): string[] {
  const problems = ended(e);
  if (!EMERGENCY_STEP_KINDS.includes(step.kind)) problems.push('请选择步骤类型');
  if (length(step.text) === 0) problems.push('请填写处置情况');
  else if (length(step.text) > EMERGENCY_TEXT_LIMITS.step)
    problems.push(`处置情况不能超过${EMERGENCY_TEXT_LIMITS.step}字`);
  problems.push(...momentProblems(step.at, '步骤时间', e, now));
  return problems;
}

/** A 善后 measure: its text, and a deadline no earlier than the day of the report. */
export function aftercareProblems(e: Emergency, measure: { text: string; deadline: string }): string[] {
  const problems = ended(e);
  if (length(measure.text) === 0) problems.push('请填写善后措施');
  else if (length(measure.text) > EMERGENCY_TEXT_LIMITS.measure)
    problems.push(`善后措施不能超过${EMERGENCY_TEXT_LIMITS.measure}字`);
  if (parseLocalDate(measure.deadline) === null) problems.push('请填写善后措施的完成时限');
  else if (measure.deadline < e.reportedAt.slice(0, 10)) problems.push('完成时限不能早于报告日期');
  return problems;
}

/** Why this amount of 备用金 cannot be recorded, or null: yuan, not negative, at most two decimals. */
export function reserveFundProblem(yuan: number): string | null {
  if (!Number.isFinite(yuan) || yuan < 0) return '备用金应为不小于0的金额（元）';
  if (yuan > RESERVE_FUND_MAX_YUAN) return `备用金不能超过${RESERVE_FUND_MAX_YUAN}元`;
  if (Math.abs(Math.round(yuan * 100) - yuan * 100) > 1e-6) return '备用金最多精确到分（两位小数）';
  return null;
}

/** 原因分析, 损失评估, 经验教训 and 备用金 as saved (any may still be empty while the 处置 goes on). */
export function analysisProblems(e: Emergency, analysis: EmergencyAnalysis): string[] {
  const problems = ended(e);
  for (const [field, label] of [
    ['causeAnalysis', '原因分析'],
    ['lossAssessment', '损失评估'],
    ['lessons', '经验教训'],
  ] as const)
    if (length(analysis[field]) > EMERGENCY_TEXT_LIMITS.analysis)
      problems.push(`${label}不能超过${EMERGENCY_TEXT_LIMITS.analysis}字`);
  const fund = reserveFundProblem(analysis.reserveFundYuan);
  if (fund) problems.push(fund);
  return problems;
}

/**
 * 结束处置: the 处置情况报告 must be able to tell the whole event. So the arrival is recorded, the 处置经过 has at least
 * one step, and 原因分析, 损失评估 and 经验教训 are written; the end is no earlier than the arrival or the last step and
 * no later than now. 善后 measures need not be done: they go on after the 处置 ends, each with its deadline.
 */
export function closingProblems(e: Emergency, closedAt: string, now: string): string[] {
  if (e.status === '已结束') return ['该突发事件已结束处置'];
  const problems: string[] = [];
  if (!e.arrival) problems.push('尚未记录领导到场情况');
  if (e.steps.length === 0) problems.push('请至少添加一条处置步骤');
  if (length(e.causeAnalysis) === 0) problems.push('请填写原因分析');
  if (length(e.lossAssessment) === 0) problems.push('请填写损失评估');
  if (length(e.lessons) === 0) problems.push('请填写经验教训');
  const moment = momentProblems(closedAt, '结束时间', e, now);
  problems.push(...moment);
  if (moment.length === 0) {
    const latest = [e.arrival?.arrivedAt ?? '', ...e.steps.map((s) => s.at)].reduce((a, b) => (a > b ? a : b), '');
    if (closedAt < latest) problems.push('结束时间不能早于到场时间或最后一条处置步骤');
  }
  return problems;
}

/** The limits an event is judged by: the office's, with its own location's limit as it was when registered. */
function limitsOf(e: Emergency): ArrivalLimits {
  return { ...DEFAULT_ARRIVAL_LIMITS, [e.location]: e.arrivalLimitHours };
}

/** Where the event's arrival stands at `now` (domain/risk/emergency.ts arrivalState). */
export function emergencyArrival(e: Emergency, now: string): ArrivalState {
  return arrivalState(e.reportedAt, e.location, e.arrival?.arrivedAt ?? null, now, limitsOf(e));
}

/** 「1小时10分钟」, 「45分钟」, 「2小时」. */
export function durationText(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest}分钟`;
  return rest === 0 ? `${hours}小时` : `${hours}小时${rest}分钟`;
}

/** The arrival as the page and the report say it: 按时到场, 迟到70分钟, 已超时45分钟未到场, 距时限还有100分钟. */
export function arrivalText(state: ArrivalState): string {
  switch (state.state) {
    case '按时到场':
      return '按时到场';
    case '迟到':
      return `迟到${state.minutesLate}分钟`;
    case '已超时未到场':
      return `已超时${durationText(state.minutesLate)}未到场`;
    case '等待到场':
      return `距到场时限还有${durationText(state.minutesLeft)}`;
  }
}

/**
 * The live clock to the limit, to the second: 「05:59:58」 left, or past the limit 「已超时 00:12:05」. `nowMs` is the
 * desk's clock in milliseconds.
 */
export function countdown(deadline: string, nowMs: number): { overdue: boolean; text: string } {
  const due = parseLocalDateTime(deadline);
  if (!due) throw new Error(`到场时限「${deadline}」不是有效的时间`);
  const diff = due.getTime() - nowMs;
  const seconds = Math.floor(Math.abs(diff) / 1000);
  const pad = (n: number) => String(n).padStart(2, '0');
  const text = `${pad(Math.floor(seconds / 3600))}:${pad(Math.floor(seconds / 60) % 60)}:${pad(seconds % 60)}`;
  return diff >= 0 ? { overdue: false, text } : { overdue: true, text: `已超时 ${text}` };
}
