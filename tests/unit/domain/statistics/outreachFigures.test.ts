import { describe, expect, it } from 'vitest';
import {
  activityKindFigure,
  figureChange,
  formatChange,
  formatFigure,
  OUTREACH_FIGURES,
  outreachFigure,
  outreachFigures,
  type OutreachFigureKey,
} from '../../../../renderer/src/domain/statistics';
import { q2Comparison } from '../outreach/quarterSet';

/** Each figure of the hand-counted quarter as printed, with its 同比 and 环比 in words. */
function printed(key: OutreachFigureKey) {
  const c = q2Comparison();
  const f = outreachFigure(key);
  return {
    value: formatFigure(f.of(c.current), f.unit),
    yearOnYear: formatChange(figureChange(f, c.current, c.lastYear), f.unit),
    periodOnPeriod: formatChange(figureChange(f, c.current, c.previous), f.unit),
  };
}

describe('走出去 in the figure catalogue', () => {
  it('reads the hand-counted quarter: activities, 人次, 问卷', () => {
    expect(printed('outreachActivities')).toEqual({
      value: '3',
      yearOnYear: '上升200.00%',
      periodOnPeriod: '上升200.00%',
    });
    expect(printed('outreachPersons')).toEqual({
      value: '67',
      yearOnYear: '上升235.00%',
      periodOnPeriod: '上升67.50%',
    });
    expect(printed('outreachQuestionnaires')).toEqual({ value: '8', yearOnYear: '—', periodOnPeriod: '—' });
  });

  it('reads the problems found as they stood on the quarter’s last day', () => {
    const values = (
      ['problemsFound', 'problemsClosed', 'problemsToPetition', 'problemsToRisk', 'problemsOpen'] as const
    ).map((key) => printed(key).value);
    expect(values).toEqual(['4', '1', '1', '0', '2']);
    // The first quarter found one and closed it: 同比 has no base, 环比 has.
    expect(printed('problemsFound')).toMatchObject({ yearOnYear: '—', periodOnPeriod: '上升300.00%' });
    expect(printed('problemsClosed')).toMatchObject({ periodOnPeriod: '持平' });
  });

  it('counts the suggestions collected in the quarter by their status at its end, not those collected before it', () => {
    const values = (
      ['suggestionsCollected', 'suggestionsAnswered', 'suggestionsInProgress', 'suggestionsUnanswered'] as const
    ).map((key) => printed(key).value);
    expect(values).toEqual(['5', '2', '2', '1']);
    expect(printed('suggestionsCollected')).toMatchObject({ yearOnYear: '上升400.00%', periodOnPeriod: '上升400.00%' });
    // The suggestion collected in March and answered in April stays the first quarter's, unanswered at its end.
    const { previous } = q2Comparison();
    expect(previous?.suggestions).toEqual({ collected: 1, answered: 0, inProgress: 0, unanswered: 1 });
  });

  it('sums help given in 人次 and in 元 with its fen', () => {
    expect(printed('helpPersons')).toEqual({ value: '11', yearOnYear: '上升450.00%', periodOnPeriod: '上升1000.00%' });
    expect(printed('helpAmount')).toEqual({
      value: '2500.50',
      yearOnYear: '上升150.05%',
      periodOnPeriod: '下降16.65%',
    });
  });

  it('gives each activity kind held a figure after the total, labelled by the kind', () => {
    const figures = outreachFigures(q2Comparison());
    expect(figures.slice(0, 5).map((f) => f.label)).toEqual([
      '走访座谈活动',
      '下访走访',
      '座谈会',
      '调研',
      '走访座谈人次',
    ]);
    const c = q2Comparison();
    const forums = activityKindFigure('座谈会');
    expect(forums.of(c.current)).toBe(2);
    expect(formatChange(figureChange(forums, c.current, c.lastYear), forums.unit)).toBe('上升100.00%');
    expect(formatChange(figureChange(forums, c.current, c.previous), forums.unit)).toBe('—');
  });

  it('labels each figure once, every one with its 口径', () => {
    const labels = OUTREACH_FIGURES.map((f) => f.label);
    expect(new Set(labels).size).toBe(labels.length);
    expect(OUTREACH_FIGURES.every((f) => f.definition.length > 0 && f.comparable)).toBe(true);
  });

  it('prints an amount in 元 with two decimals, and a figure of the day with no change', () => {
    expect(formatFigure(1000, '元')).toBe('1000.00');
    expect(formatFigure(0.1 + 0.2, '元')).toBe('0.30');
    expect(formatFigure(null, '元')).toBe('—');
    const ofTheDay = { ...outreachFigure('problemsOpen'), comparable: false };
    const c = q2Comparison();
    expect(figureChange(ofTheDay, c.current, c.lastYear)).toEqual({ delta: null, ratio: null });
    expect(figureChange(outreachFigure('problemsOpen'), c.current, null)).toEqual({ delta: null, ratio: null });
  });
});
