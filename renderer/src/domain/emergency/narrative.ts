import { removeIdentities } from '../access/scrubIdentity';
import { formatChineseMoment } from '../dates';
import { clause } from '../phrases';
import type { EmergencyLocation } from '../risk/emergency';
import { arrivalText, durationText, emergencyArrival } from './rules';
import type { Emergency } from './types';

/**
 * How the documents about an emergency (the 处置情况报告, a 重大风险专报) tell it: who and where without naming anyone,
 * the arrival against its limit, and the office's text fitted into sentences with ID and phone numbers removed.
 */

/** How a title or an opening names where the group went, per location class. */
const WHERE: Record<EmergencyLocation, string> = {
  本市单位: '到本市单位上访',
  市外: '到市外上访',
  省会单位: '到省会上访',
  省内其他: '到省内其他地区上访',
  赴京: '赴京上访',
};

/** 「一号矿井36人赴京上访」: who and where, without naming anyone. */
export function eventPhrase(
  emergency: Pick<Emergency, 'headcount' | 'location'>,
  unitNames: readonly string[],
): string {
  return `${unitNames.join('、')}${emergency.headcount}人${WHERE[emergency.location]}`;
}

/** A clause from the office's text, fit to sit inside a sentence, identifiers removed. */
export const inline = (text: string): string => clause(removeIdentities(text.replace(/\s*\n\s*/g, '；')));

/** The arrival limit, and who reached the scene when (on time or how late) — or that nobody has, as of `at`. */
export function arrivalSentences(e: Emergency, at: string): string[] {
  const state = emergencyArrival(e, at);
  const limit = `按照突发信访事件处置要求，${WHERE[e.location]}的事件须在接报后${e.arrivalLimitHours}小时内，即${formatChineseMoment(state.deadline)}前，由领导赶到现场处置。`;
  if (!e.arrival) return [limit, `截至${formatChineseMoment(at)}，尚无领导到达现场（${arrivalText(state)}）。`];
  const who = `${inline(e.arrival.leaders)}于${formatChineseMoment(e.arrival.arrivedAt)}到达现场`;
  return [
    limit,
    state.state === '迟到'
      ? `${who}，超过时限${durationText(state.minutesLate)}，未能按时到场。`
      : `${who}，在规定时限内按时到场。`,
  ];
}
