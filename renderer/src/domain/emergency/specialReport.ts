import { formatChineseDate, formatChineseMoment } from '../dates';
import {
  assessmentSection,
  supplementSection,
  type SpecialReportContent,
  type SpecialReportTexts,
} from '../risk/specialReport';
import { eventPhrase, inline } from './narrative';
import { arrivalText, durationText, emergencyArrival } from './rules';
import type { Emergency } from './types';

/**
 * A 重大风险专报 of an emergency (docs/domain.md §10; seed 004: it goes up the same day): 基本情况 (when, who, where,
 * the demands), the clerk's 风险研判, 已采取措施 (the arrival and the latest steps), 下一步工作 (the open 善后
 * measures) and any 补充说明. It names units and leaders, never a petitioner.
 */

/** Earlier moments first ('YYYY-MM-DDTHH:mm' sorts as text). */
const byMoment = (a: { at: string }, b: { at: string }) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0);

/** How many of the latest 处置经过 steps 已采取措施 tells. */
const RECENT_STEPS = 2;

/** Why this event cannot go up as a 专报: once its 处置 has ended the 处置情况报告 tells it. */
export function emergencySpecialReportRefusal(e: Pick<Emergency, 'status'>): string | null {
  return e.status === '处置中' ? null : '该突发事件已结束处置，请导出处置情况报告';
}

/** The subject an emergency's 专报 is titled by: 「一号矿井36人赴京上访」. */
export function emergencySubject(e: Pick<Emergency, 'headcount' | 'location'>, unitNames: readonly string[]): string {
  return eventPhrase(e, unitNames);
}

/** The 风险研判 an emergency's 专报 is drafted with, for the clerk to confirm or rewrite: one line of the page. */
export function emergencyAssessment(e: Pick<Emergency, 'headcount' | 'location'>): string {
  const far = e.location === '赴京' || e.location === '省会单位' || e.location === '省内其他';
  const crowd = e.headcount >= 5 ? '人数较多' : '';
  const spread = far ? '越级上访' : '';
  const facts = [crowd, spread].filter(Boolean).join('且');
  return `${facts ? `${facts}，` : ''}有扩大风险，研判为重大风险。`;
}

/** Where the arrival stands as a 专报 tells it: who came when, on time or late — or nobody yet. */
function arrivalClause(e: Emergency, at: string, when: (moment: string) => string): { at: string; text: string } {
  const state = emergencyArrival(e, at);
  if (!e.arrival) return { at, text: `截至${when(at)}，领导尚未到达现场（${arrivalText(state)}）。` };
  const who = inline(e.arrival.leaders);
  const text =
    state.state === '迟到' ? `${who}到达现场，超过时限${durationText(state.minutesLate)}` : `${who}按时到达现场`;
  return { at: e.arrival.arrivedAt, text: `${when(e.arrival.arrivedAt)}，${text}。` };
}

/**
 * The 专报 of an emergency as of `at` ('YYYY-MM-DDTHH:mm'), drafted from its record and the clerk's texts. What was
 * done (the latest steps and the arrival, in time order; a moment of the day of the report by its time alone) and what
 * comes next share one section of two paragraphs: a 专报 is read in a minute, and fits its page.
 */
export function emergencySpecialReport(
  e: Emergency,
  unitNames: readonly string[],
  texts: Pick<SpecialReportTexts, 'assessment' | 'supplement'>,
  at: string,
): SpecialReportContent {
  const day = e.reportedAt.slice(0, 10);
  // 「9时」 on the hour, as a report writes it, not 「9时00分」.
  const when = (moment: string) =>
    (moment.slice(0, 10) === day
      ? formatChineseMoment(moment).slice(formatChineseDate(day).length)
      : formatChineseMoment(moment)
    ).replace(/时00分$/u, '时');
  const basic = `${formatChineseMoment(e.reportedAt)}，接到报告：${unitNames.join('、')}${e.headcount}人到${inline(e.place)}上访。主要诉求：${inline(e.demands)}。`;
  const done = [
    ...e.steps
      .filter((s) => s.at <= at)
      .sort(byMoment)
      .slice(-RECENT_STEPS)
      .map((s) => ({ at: s.at, text: `${when(s.at)}，${inline(s.text)}。` })),
    arrivalClause(e, at, when),
  ].sort(byMoment);
  const open = e.aftercare.filter((m) => m.doneOn === null);
  // A deadline of the report's year by its month and day: 「7月31日前」.
  const by = (deadline: string) =>
    deadline.slice(0, 4) === day.slice(0, 4) ? formatChineseDate(deadline).slice(5) : formatChineseDate(deadline);
  const aftercare = open.map((m) => `${inline(m.text)}（${by(m.deadline)}前）`).join('；');
  return {
    subject: emergencySubject(e, unitNames),
    sections: [
      { heading: '基本情况', paragraphs: [basic] },
      assessmentSection(texts.assessment),
      {
        heading: '已采取措施和下一步工作',
        paragraphs: [
          done.map((d) => d.text).join(''),
          `下一步，做好劝返稳控工作${aftercare ? `，落实善后措施：${aftercare}` : ''}。重要情况随时报告。`,
        ],
      },
      ...supplementSection(texts.supplement),
    ],
  };
}
