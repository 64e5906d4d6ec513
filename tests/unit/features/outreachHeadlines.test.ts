import { describe, expect, it } from 'vitest';
import { formatChange, formatFigure, outreachFigure } from '../../../renderer/src/domain/statistics';
import { outreachHeadlines } from '../../../renderer/src/features/dashboard/outreachHeadlines';
import { q2Comparison } from '../domain/outreach/quarterSet';

describe('the dashboard’s 走出去 cards', () => {
  const headlines = outreachHeadlines(q2Comparison());
  const byKey = Object.fromEntries(headlines.map((h) => [h.key, h]));

  it('show the catalogue’s figures, each activity kind held after the total', () => {
    expect(headlines.map((h) => h.label)).toEqual([
      '走访座谈活动',
      '下访走访',
      '座谈会',
      '调研',
      '走访座谈人次',
      '走访发现问题',
      '当场解决问题',
      '征集建议',
      '已答复建议',
      '跟进落实中建议',
      '帮扶救助人次',
      '帮扶救助金额',
    ]);
    for (const h of headlines.slice(5)) expect(h.unit).toBe(outreachFigure(h.key as 'helpAmount').unit);
  });

  it('carry the hand-counted values with 同比 and 环比 and no ledger link', () => {
    expect(byKey.suggestionsInProgress).toMatchObject({ value: 2, link: null, ofTheDay: false });
    const amount = byKey.helpAmount;
    expect(formatFigure(amount?.value ?? null, '元')).toBe('2500.50');
    expect(amount && formatChange(amount.change.yearOnYear, amount.unit)).toBe('上升150.05%');
    expect(amount && formatChange(amount.change.periodOnPeriod, amount.unit)).toBe('下降16.65%');
    // 调研 was held only in the quarter before: its card says so, 0 against 1.
    expect(byKey['activities:调研']).toMatchObject({ value: 0 });
    const research = byKey['activities:调研'];
    expect(research && formatChange(research.change.periodOnPeriod, research.unit)).toBe('下降100.00%');
  });
});
