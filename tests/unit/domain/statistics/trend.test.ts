import { describe, expect, it } from 'vitest';
import { caseEnvironment } from '../../../../renderer/src/domain/caseEnvironment';
import { DEFAULT_SETTINGS } from '../../../../renderer/src/domain/defaults';
import {
  computeStatistics,
  monthlyTrend,
  monthsOf,
  yearPeriod,
  type StatScope,
} from '../../../../renderer/src/domain/statistics';
import { CATEGORIES, PETITIONS, RECEPTIONS, UNITS } from './dataset';

const env = caseEnvironment(DEFAULT_SETTINGS);

describe('monthly trend', () => {
  it('splits a period into its months, clipping a custom period’s first and last', () => {
    expect(monthsOf({ from: '2026-01-15', to: '2026-03-10' })).toEqual([
      { from: '2026-01-15', to: '2026-01-31' },
      { from: '2026-02-01', to: '2026-02-28' },
      { from: '2026-03-01', to: '2026-03-10' },
    ]);
    expect(monthsOf({ from: '2025-12-01', to: '2026-01-31' }).map((m) => m.from)).toEqual(['2025-12-01', '2026-01-01']);
  });

  it.each<StatScope>([
    { kind: 'all' },
    { kind: 'unitSubtree', unitId: 'k1' },
    { kind: 'branch', branch: '选煤厂党支部' },
  ])('gives each month the 件, 批次 and 人次 computeStatistics gives for that month (%o)', (scope) => {
    const input = { petitions: PETITIONS, receptions: RECEPTIONS, units: UNITS, categories: CATEGORIES, env, scope };
    const trend = monthlyTrend({ ...input, period: yearPeriod(2026) });
    expect(trend).toHaveLength(12);
    for (const month of trend) {
      const stats = computeStatistics({ ...input, period: month.period });
      expect([month.month, month.pieces, month.batches, month.persons]).toEqual([
        month.period.from.slice(0, 7),
        stats.pieces,
        stats.batches,
        stats.persons,
      ]);
    }
    expect(trend.reduce((n, m) => n + m.pieces, 0)).toBe(
      computeStatistics({ ...input, period: yearPeriod(2026) }).pieces,
    );
  });
});
