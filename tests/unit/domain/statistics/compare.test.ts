import { describe, expect, it } from 'vitest';
import { caseEnvironment } from '../../../../renderer/src/domain/caseEnvironment';
import { DEFAULT_SETTINGS } from '../../../../renderer/src/domain/defaults';
import {
  change,
  compare,
  computeStatistics,
  formatChange,
  featuresSentence,
  formatPercent,
  handlingSentence,
  monthPeriod,
  periodContaining,
  piecesSentence,
  previousPeriod,
  quarterPeriod,
  samePeriodLastYear,
  topCategoriesSentence,
  visitsSentence,
  yearPeriod,
  type Change,
  type PeriodKind,
  type StatPeriod,
} from '../../../../renderer/src/domain/statistics';
import { CATEGORIES, PETITIONS, RECEPTIONS, UNITS } from './dataset';

const env = caseEnvironment(DEFAULT_SETTINGS);
const stats = (period: StatPeriod) =>
  computeStatistics({
    petitions: PETITIONS,
    receptions: RECEPTIONS,
    units: UNITS,
    categories: CATEGORIES,
    period,
    scope: { kind: 'all' },
    env,
  });
const pct = (c: Change) => (c.ratio === null ? null : Math.round(c.ratio * 10000) / 100);
const ratios = (changes: Change[]) => changes.map((c) => c.ratio);

describe('同比 and 环比', () => {
  const Q2 = quarterPeriod(2026, 2);
  const current = stats(Q2);

  it('同比 against 2025 Q2 (3 批次 9 人次 3 件: P11, P13 and the collective repeat of P11)', () => {
    const lastYear = stats(samePeriodLastYear(Q2, 'quarter'));
    expect([lastYear.batches, lastYear.persons, lastYear.pieces]).toEqual([3, 9, 3]);
    const c = compare(current, lastYear);
    expect([c.batches, c.persons, c.pieces].map(pct)).toEqual([133.33, 77.78, 133.33]);
    // One 集体访 and one 越级访 in each quarter: 持平. 重复访 件 1 → 3, 受理 1 → 5.
    expect(ratios([c.collectiveBatches, c.levelSkippingBatches, c.repeatPieces, c.accepted])).toEqual([0, 0, 2, 4]);
  });

  it('环比 against 2026 Q1, where 集体访 and 越级访 were 0: their change is null ("—")', () => {
    const previous = stats(previousPeriod(Q2, 'quarter'));
    expect(previous.period).toEqual({ from: '2026-01-01', to: '2026-03-31' });
    const c = compare(current, previous);
    expect([c.batches, c.persons].map(pct)).toEqual([133.33, 433.33]);
    expect(ratios([c.collectiveBatches, c.collectivePersons, c.levelSkippingBatches, c.repeatPieces])).toEqual([
      null,
      null,
      null,
      null,
    ]);
  });

  it('a zero base gives no ratio (but a delta), a zero current against a base −100%', () => {
    expect(change(5, 0)).toEqual({ delta: 5, ratio: null });
    expect(change(0, 0)).toEqual({ delta: 0, ratio: null });
    expect(change(0, 4)).toEqual({ delta: -4, ratio: -1 });
    expect(change(303, 403).ratio).toBeCloseTo(-0.248139, 6);
    const empty = stats(quarterPeriod(2024, 2));
    const c = compare(current, empty);
    // Every count against an empty quarter: no ratio; every rate of an empty quarter has no base: no delta either.
    expect(
      ratios([
        c.batches,
        c.persons,
        c.pieces,
        c.collectiveBatches,
        c.collectivePersons,
        c.levelSkippingBatches,
        c.repeatPieces,
        c.accepted,
      ]),
    ).toEqual([null, null, null, null, null, null, null, null]);
    expect([c.closingRate, c.satisfactionRate]).toEqual([
      { delta: null, ratio: null },
      { delta: null, ratio: null },
    ]);
  });
});

describe('periods', () => {
  it.each<[string, StatPeriod, PeriodKind, StatPeriod, StatPeriod]>([
    [
      'a quarter',
      quarterPeriod(2026, 1),
      'quarter',
      { from: '2025-10-01', to: '2025-12-31' },
      { from: '2025-01-01', to: '2025-03-31' },
    ],
    [
      'January',
      monthPeriod(2026, 1),
      'month',
      { from: '2025-12-01', to: '2025-12-31' },
      { from: '2025-01-01', to: '2025-01-31' },
    ],
    [
      'March after a short February',
      monthPeriod(2026, 3),
      'month',
      { from: '2026-02-01', to: '2026-02-28' },
      { from: '2025-03-01', to: '2025-03-31' },
    ],
    [
      'February of a year after a leap year',
      monthPeriod(2025, 2),
      'month',
      { from: '2025-01-01', to: '2025-01-31' },
      { from: '2024-02-01', to: '2024-02-29' },
    ],
    [
      'a year',
      yearPeriod(2026),
      'year',
      { from: '2025-01-01', to: '2025-12-31' },
      { from: '2025-01-01', to: '2025-12-31' },
    ],
    [
      'ten custom days',
      { from: '2026-04-01', to: '2026-04-10' },
      'custom',
      { from: '2026-03-22', to: '2026-03-31' },
      { from: '2025-04-01', to: '2025-04-10' },
    ],
    [
      'a custom period from 29 February',
      { from: '2024-02-29', to: '2024-03-10' },
      'custom',
      { from: '2024-02-18', to: '2024-02-28' },
      { from: '2023-02-28', to: '2023-03-10' },
    ],
  ])('%s: previous period and the same period last year', (_name, period, kind, previous, lastYear) => {
    expect(previousPeriod(period, kind)).toEqual(previous);
    expect(samePeriodLastYear(period, kind)).toEqual(lastYear);
  });

  it('the month, quarter and year containing a day', () => {
    expect(periodContaining('month', '2024-02-10')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(periodContaining('quarter', '2026-05-25')).toEqual({ from: '2026-04-01', to: '2026-06-30' });
    expect(periodContaining('quarter', '2026-12-31')).toEqual({ from: '2026-10-01', to: '2026-12-31' });
    expect(periodContaining('year', '2026-05-25')).toEqual({ from: '2026-01-01', to: '2026-12-31' });
  });
});

describe('sentences', () => {
  it.each<[number | null, string, string]>([
    [-0.248139, '-24.81%', '下降24.81%'],
    [0.7778, '77.78%', '上升77.78%'],
    [0.00004, '0.00%', '持平'],
    [0, '0.00%', '持平'],
    [-1, '-100.00%', '下降100.00%'],
    [null, '—', '—'],
  ])('%s → %s, %s', (value, percent, words) => {
    expect(formatPercent(value)).toBe(percent);
    expect(formatChange({ delta: value === null ? 1 : value, ratio: value })).toBe(words);
  });

  it('seed 004 in its own form (432 ÷ 901 = 47.947%, rounded; the seed truncates to 47.94%)', () => {
    expect(
      visitsSentence({
        kind: 'year',
        current: { batches: 303, persons: 469 },
        lastYear: { batches: 403, persons: 901 },
        words: { current: '2018年', lastYear: '2017年' },
      }),
    ).toBe('2018年共接处访303批次469人次，与2017年403批次901人次相比，批次下降24.81%、人次下降47.95%。');
  });

  it('a quarter against last year and the quarter before, from the statistics', () => {
    const Q2 = quarterPeriod(2026, 2);
    const sentence = visitsSentence({
      kind: 'quarter',
      current: stats(Q2),
      lastYear: stats(samePeriodLastYear(Q2, 'quarter')),
      previous: stats(previousPeriod(Q2, 'quarter')),
    });
    expect(sentence).toBe(
      '本季度共接处访7批次16人次，与去年同期3批次9人次相比，批次上升133.33%、人次上升77.78%；与上季度3批次3人次相比，批次上升133.33%、人次上升433.33%。',
    );
  });

  it('leaves out a comparison whose base had no visits (no 「同比—」 in a sentence), and says 持平 when nothing changed', () => {
    expect(
      visitsSentence({
        kind: 'month',
        current: { batches: 4, persons: 9 },
        lastYear: { batches: 0, persons: 0 },
        previous: { batches: 4, persons: 9 },
      }),
    ).toBe('本月共接处访4批次9人次，去年同月无接处访；与上月4批次9人次相比，批次持平、人次持平。');
  });

  it('the report sentences for 件, 主要特点, 主要问题 and 办理情况 carry the figures of the statistics', () => {
    const s = stats(quarterPeriod(2026, 2));
    expect(piecesSentence({ kind: 'quarter', current: s.pieces, lastYear: 3 })).toBe(
      '本季度登记信访事项7件，与去年同期3件相比上升133.33%。',
    );
    expect(featuresSentence(s)).toBe('集体访1批次6人次，重复访3件、占本期接待涉及的9件信访事项的33.33%，越级访1批次。');
    expect(topCategoriesSentence(s)).toBe(
      '本期登记的7件信访事项中，反映的问题主要集中在工资福利（3件，占42.86%）、社会保险（2件，占28.57%）、离退休待遇（1件，占14.29%）、住房与三供一业（1件，占14.29%）。',
    );
    expect(handlingSentence(s)).toContain(
      '本期到期应办结的申诉求决类事项5件中，已办结4件、按期办结3件，办结率80.00%、按期办结率60.00%。',
    );
  });

  it('an empty quarter prints no rate at all (every base is 0), and says so in words', () => {
    const s = stats(quarterPeriod(2024, 2));
    expect(handlingSentence(s)).toBe(
      '本期未受理信访事项，未办结申诉求决类事项。本期无到期应办结的申诉求决类事项，不计办结率。本期未出具处理意见书。无超期未办结事项。',
    );
    expect(piecesSentence({ kind: 'quarter', current: s.pieces, lastYear: 0, previous: 0 })).toBe(
      '本季度登记信访事项0件。',
    );
    expect(topCategoriesSentence(s)).toBe('本期未登记反映问题。');
  });
});
