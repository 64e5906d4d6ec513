import { describe, expect, it } from 'vitest';
import { outreachCounts } from '../../../../renderer/src/domain/outreach/counts';
import {
  activitiesSentence,
  helpSentence,
  OUTREACH_MEASURES_HEADING,
  outreachFeatures,
  outreachMeasuresDraft,
} from '../../../../renderer/src/domain/outreach/reportParagraphs';
import { activity, help, seed000Forums, suggestion } from './fixtures';
import { KINDS, q2Comparison, Q2 } from './quarterSet';

const WORDS = { current: '本季度', base: '去年同期' };
const none = () => outreachCounts({ activities: [], suggestions: [], helps: [] }, Q2, null, KINDS);

describe('二、主要特点 tells 走出去 in the seeds’ sentences', () => {
  it('drafts the hand-counted quarter: visits, suggestions (seed 000), help (seed 002) and the 同比', () => {
    expect(outreachFeatures(q2Comparison(), WORDS)).toEqual([
      '本季度共开展走访座谈活动3次，其中下访走访1次、座谈会2次，覆盖职工67人次，发放调查问卷8份，发现问题4条，其中当场解决1条、转为信访事项1条，2条尚待处理。',
      '本季度累计召开座谈会2次，征集建议5条，已向职工反馈答复2条，2条正在跟进落实中，1条尚未答复。',
      '本季度帮扶救助困难职工11人次，救助金额2500.50元。',
      '在走出去工作方面，与去年同期相比，走访座谈活动上升200.00%，走访座谈人次上升235.00%，征集建议上升400.00%，帮扶救助人次上升450.00%，帮扶救助金额上升150.05%。',
    ]);
  });

  it('tells seed 000’s forums in its own words', () => {
    const current = outreachCounts({ ...seed000Forums(2026, 4), helps: [] }, Q2, null, KINDS);
    const paragraphs = outreachFeatures({ current, lastYear: none(), previous: null }, WORDS);
    expect(paragraphs).toContain('本季度累计召开座谈会3次，征集建议78条，已向职工反馈答复66条，12条正在跟进落实中。');
  });

  it('says all found problems are handled when none is left open, and names a single kind alone', () => {
    const visit = activity({
      date: '2026-05-05',
      headcount: 465,
      questionnaires: 112,
      problems: [{ id: 'p', text: '班中餐', outcome: { kind: 'risk', riskMatterId: 'r-1', on: '2026-05-06' } }],
    });
    const counts = outreachCounts({ activities: [visit], suggestions: [], helps: [] }, Q2, null, KINDS);
    expect(activitiesSentence(counts, '本季度')).toBe(
      '本季度共开展下访走访1次，覆盖职工465人次，发放调查问卷112份，发现问题1条，其中纳入排查台账1条，目前已全部处理。',
    );
  });

  it('tells a year in its own words and leaves out what counts nothing', () => {
    const given = outreachCounts(
      { activities: [], suggestions: [], helps: [help({ date: '2026-05-01', headcount: 3, amountFen: 123_456 })] },
      Q2,
      null,
      KINDS,
    );
    expect(
      outreachFeatures({ current: given, lastYear: none(), previous: null }, { current: '2026年', base: '2025年' }),
    ).toEqual(['2026年帮扶救助困难职工3人次，救助金额1234.56元。']);
    expect(helpSentence(given, '本季度')).toBe('本季度帮扶救助困难职工3人次，救助金额1234.56元。');
    expect(outreachFeatures({ current: none(), lastYear: given, previous: null }, WORDS)).toEqual([]);
  });
});

describe('六、下步工作措施 opens with what 走出去 left to follow up', () => {
  it('names the suggestions in progress and unanswered and the problems still open', () => {
    expect(outreachMeasuresDraft(q2Comparison().current)).toBe(
      `${OUTREACH_MEASURES_HEADING}\n对正在跟进落实的2条和尚未答复的1条职工建议，逐条明确责任部门、落实措施和完成时限，按期向职工反馈答复；对走访发现尚待处理的2条问题，逐条跟踪督办、限期解决；坚持下访走访、领导接待日和职工座谈会制度，对确有困难的职工及时帮扶救助。`,
    );
  });

  it('keeps only the standing measure when nothing is pending, and drafts nothing for a quarter without 走出去', () => {
    const answered = outreachCounts(
      {
        activities: [],
        suggestions: [suggestion({ collectedOn: '2026-04-02', answeredOn: '2026-04-03', status: '已答复' })],
        helps: [],
      },
      Q2,
      null,
      KINDS,
    );
    expect(outreachMeasuresDraft(answered)).toBe(
      `${OUTREACH_MEASURES_HEADING}\n坚持下访走访、领导接待日和职工座谈会制度，对确有困难的职工及时帮扶救助。`,
    );
    expect(outreachMeasuresDraft(none())).toBe('');
  });
});
