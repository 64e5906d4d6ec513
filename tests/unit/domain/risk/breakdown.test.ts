import { describe, expect, it } from 'vitest';
import {
  monthlyRiskBreakdowns,
  monthlyRiskSummary,
  riskCategoryName,
  type RiskGroupRow,
} from '../../../../renderer/src/domain/risk/summary';
import type { RiskLevel, RiskMatter } from '../../../../renderer/src/domain/risk/types';
import { riskMatter, screening } from './fixtures';

let seq = 0;
function matter(
  level: RiskLevel,
  unitId: string | null,
  kind: { categoryId?: string; riskKind?: string },
  registeredOn: string,
  close?: { on: string; petition?: boolean },
): RiskMatter {
  seq += 1;
  return riskMatter({
    id: `b-${seq}`,
    seq,
    riskNo: `排〔2026〕${seq}号`,
    level,
    unitId,
    categoryId: kind.categoryId ?? null,
    riskKind: kind.riskKind ?? '',
    registeredOn,
    status: close ? (close.petition ? '已转信访事项' : '已销号') : '在办',
    ...(close ? { closedOn: close.on } : {}),
  });
}

const UNITS: Record<string, string> = { 'u-mine': '一号矿井', 'u-plant': '选煤厂' };
const CATEGORIES: Record<string, string> = { 'cat-wage': '拖欠工资', 'cat-heat': '供热' };
const names = { unit: (id: string) => UNITS[id], category: (id: string) => CATEGORIES[id] };

// Hand-counted for October 2026.
const MATTERS = [
  matter('一般', 'u-mine', { categoryId: 'cat-wage' }, '2026-03-02', { on: '2026-04-01' }), // earlier this year
  matter('较大', 'u-mine', { categoryId: 'cat-wage' }, '2026-09-10', { on: '2026-10-16' }), // 销号 in October
  matter('一般', 'u-plant', { categoryId: 'cat-heat', riskKind: '退休移交' }, '2026-10-09', { on: '2026-10-20' }),
  matter('一般', 'u-plant', { categoryId: 'cat-wage' }, '2026-10-09', { on: '2026-10-20', petition: true }),
  matter('重大', 'u-mine', { categoryId: 'cat-heat' }, '2026-10-19'), // in 办
  matter('较大', null, { riskKind: '三供一业' }, '2026-10-27'), // no unit: 未指定单位
  matter('一般', 'u-mine', { categoryId: 'cat-heat' }, '2025-12-01'), // last year, still in 办
  matter('一般', 'u-plant', { categoryId: 'cat-heat' }, '2026-11-02'), // after October: nowhere
];

describe('月度汇总 by level, category and unit, with the year to date', () => {
  const october = monthlyRiskSummary(MATTERS, [], 2026, 10).month;
  const { byLevel, byCategory, byUnit } = monthlyRiskBreakdowns(MATTERS, october, names);
  // name, then the month's 挂号, 销号, 转信访, the year's 挂号, 销号, and in 办 at the month's end.
  const line = (r: RiskGroupRow) => Object.values(r);

  it('lists every level in order, even one with nothing', () => {
    expect(byLevel.map(line)).toEqual([
      ['重大', 1, 0, 0, 1, 0, 1],
      ['较大', 1, 1, 0, 2, 1, 1],
      ['一般', 2, 1, 1, 3, 2, 1],
    ]);
  });

  it('names a category by the office’s risk kind before the petition category, most 挂号 this year first', () => {
    expect(byCategory.map(line)).toEqual([
      ['拖欠工资', 1, 1, 1, 3, 2, 0],
      ['供热', 1, 0, 0, 1, 0, 2],
      ['三供一业', 1, 0, 0, 1, 0, 1],
      ['退休移交', 1, 1, 0, 1, 1, 0],
    ]);
  });

  it('counts by unit, a matter without one under 未指定单位', () => {
    expect(byUnit.map(line)).toEqual([
      ['一号矿井', 1, 1, 0, 3, 2, 2],
      ['选煤厂', 2, 1, 1, 2, 1, 0],
      ['未指定单位', 1, 0, 0, 1, 0, 1],
    ]);
  });

  it('adds up to the month’s totals in every breakdown', () => {
    const summary = monthlyRiskSummary(MATTERS, [], 2026, 10);
    expect(summary.counts).toMatchObject({ registered: 4, closed: 2, converted: 1 });
    expect(summary.yearToDate).toMatchObject({ registered: 6, closed: 3, converted: 1 });
    expect(summary.openAtEnd).toBe(3);
    for (const rows of [byLevel, byCategory, byUnit]) {
      const sum = (key: 'registered' | 'closed' | 'converted' | 'registeredYearToDate' | 'openAtEnd') =>
        rows.reduce((total, r) => total + r[key], 0);
      expect([
        sum('registered'),
        sum('closed'),
        sum('converted'),
        sum('registeredYearToDate'),
        sum('openAtEnd'),
      ]).toEqual([4, 2, 1, 6, 3]);
    }
  });

  it('counts the screenings of the year to date as well as the month’s', () => {
    const summary = monthlyRiskSummary(
      MATTERS,
      [screening('重点排查', '2026-03-01'), screening('普遍排查', '2026-10-09'), screening('走访检查', '2026-10-19')],
      2026,
      10,
    );
    expect(summary.screenings).toMatchObject({ concentrated: 1, key: 0, general: 1, visits: 1 });
    expect(summary.screeningsYearToDate).toMatchObject({ concentrated: 2, key: 1, general: 1, visits: 1 });
  });

  it('calls a matter with neither a risk kind nor a known category 未分类', () => {
    expect(riskCategoryName(riskMatter({ categoryId: 'cat-gone', riskKind: ' ' }), () => undefined)).toBe('未分类');
  });
});
