import { describe, expect, it } from 'vitest';
import {
  change,
  compare,
  figure,
  FIGURES,
  figureLabels,
  formatChange,
  formatFigure,
  formatPercent,
  type FigureKey,
  type OverdueCase,
  type Statistics,
} from '../../../../renderer/src/domain/statistics';

const overdue = (regNo: string): OverdueCase => ({
  petitionId: regNo,
  regNo,
  receivedAt: '2026-04-01T09:00',
  unitId: null,
  categoryId: null,
  acceptedAt: '2026-04-02',
  due: '2026-06-01',
  daysOverdue: 29,
});

/** A period's statistics with a different number in every field, so a figure reading the wrong one shows. */
const FIXTURE: Statistics = {
  period: { from: '2026-04-01', to: '2026-06-30' },
  scope: { kind: 'all' },
  asOf: '2026-06-30',
  batches: 101,
  persons: 102,
  pieces: 103,
  byChannel: [],
  byCategory: [],
  bySubcategory: [],
  byNature: [],
  byIdentity: [],
  byUnit: [],
  byFlag: [],
  collective: { batches: 104, persons: 105 },
  levelSkipping: { batches: 106, persons: 107 },
  repeat: { batches: 108, persons: 109, pieces: 20, contactedPieces: 80, share: 0.25 },
  acceptance: { accepted: 110, rejected: 111, forwarded: 112 },
  handling: {
    due: 40,
    closed: 30,
    closedOnTime: 20,
    finished: 113,
    finishedOnTime: 114,
    closingRate: 0.75,
    onTimeRate: 0.5,
  },
  satisfaction: {
    replied: 50,
    rated: 40,
    satisfied: 25,
    basicallySatisfied: 5,
    dissatisfied: 10,
    satisfactionRate: 0.75,
    ratingRate: 0.8,
  },
  topCategories: [],
  overdue: [overdue('2026-0001'), overdue('2026-0002'), overdue('2026-0003')],
};

/** Each figure's value in FIXTURE, read off the fixture by hand. */
const EXPECTED: Record<FigureKey, number | null> = {
  batches: 101,
  persons: 102,
  pieces: 103,
  collectiveBatches: 104,
  collectivePersons: 105,
  levelSkippingBatches: 106,
  levelSkippingPersons: 107,
  repeatPieces: 20,
  contactedPieces: 80,
  repeatShare: 0.25,
  accepted: 110,
  rejected: 111,
  forwarded: 112,
  finished: 113,
  finishedOnTime: 114,
  due: 40,
  closed: 30,
  closedOnTime: 20,
  closingRate: 0.75,
  onTimeRate: 0.5,
  replied: 50,
  rated: 40,
  ratingRate: 0.8,
  satisfactionRate: 0.75,
  overdue: 3,
};

describe('the catalogue of figures', () => {
  it.each(FIGURES.map((f) => [f.key, f.label] as const))('%s (%s) reads its own field of the statistics', (key) => {
    expect(figure(key).of(FIXTURE)).toBe(EXPECTED[key]);
  });

  it('names every figure once: keys and labels are unique, every key has an expected value', () => {
    expect(new Set(FIGURES.map((f) => f.key)).size).toBe(FIGURES.length);
    expect(new Set(FIGURES.map((f) => f.label)).size).toBe(FIGURES.length);
    expect(FIGURES.map((f) => f.key).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it('gives each figure a unit of docs/domain.md §8: 集体访 in 批次 and 人次, 重复访 in 件 and as a share, 越级访 in 批次', () => {
    const unit = (key: FigureKey) => figure(key).unit;
    expect([unit('batches'), unit('persons'), unit('pieces')]).toEqual(['批次', '人次', '件']);
    expect([unit('collectiveBatches'), unit('collectivePersons')]).toEqual(['批次', '人次']);
    expect([unit('repeatPieces'), unit('repeatShare'), unit('levelSkippingBatches')]).toEqual(['件', '%', '批次']);
    expect(FIGURES.filter((f) => f.unit === '%').map((f) => f.key)).toEqual([
      'repeatShare',
      'closingRate',
      'onTimeRate',
      'ratingRate',
      'satisfactionRate',
    ]);
    for (const f of FIGURES) expect(f.definition.length, f.key).toBeGreaterThan(4);
  });

  it('a share’s definition names its base, and that base is a figure of the catalogue', () => {
    const labels = new Set<string>(FIGURES.map((f) => f.label));
    for (const f of FIGURES.filter((x) => x.unit === '%' && x.key !== 'satisfactionRate')) {
      const base = f.definition.split('÷')[1]?.trim() ?? '';
      expect(labels.has(base), `${f.label}: ${f.definition}`).toBe(true);
    }
    expect(figure('satisfactionRate').definition).toContain('÷ 回访参评件数');
  });

  it('labels come back in the order asked', () => {
    expect(figureLabels(['pieces', 'collectiveBatches', 'closingRate'])).toEqual([
      '信访事项件数',
      '集体访批次',
      '办结率',
    ]);
  });

  it('the overdue list is read on a day, so it alone gets no 同比/环比', () => {
    expect(FIGURES.filter((f) => !f.comparable).map((f) => f.key)).toEqual(['overdue']);
    const c = compare(FIXTURE, { ...FIXTURE, batches: 50 });
    expect(Object.keys(c)).toEqual(FIGURES.filter((f) => f.comparable).map((f) => f.key));
    expect(c.batches).toEqual({ delta: 51, ratio: 1.02 });
    expect(c.persons).toEqual({ delta: 0, ratio: 0 });
  });
});

describe('同比 / 环比: one change for every figure', () => {
  it.each<[string, number | null, number | null, { delta: number | null; ratio: number | null }]>([
    ['a rise', 13, 10, { delta: 3, ratio: 0.3 }],
    ['a fall to nothing', 0, 4, { delta: -4, ratio: -1 }],
    ['no change', 7, 7, { delta: 0, ratio: 0 }],
    ['a zero base: a delta, no ratio', 5, 0, { delta: 5, ratio: null }],
    ['nothing in either period', 0, 0, { delta: 0, ratio: null }],
    ['a rate with no base now', null, 0.5, { delta: null, ratio: null }],
    ['a rate with no base then', 0.5, null, { delta: null, ratio: null }],
  ])('%s: change(%s, %s)', (_name, current, previous, expected) => {
    expect(change(current, previous)).toEqual(expected);
  });

  it('seed 004: 303 批次 against 403 is −24.81%', () => {
    expect(change(303, 403).ratio).toBeCloseTo(-0.248139, 6);
    expect(formatChange(change(303, 403))).toBe('下降24.81%');
    expect(formatChange(change(469, 901))).toBe('下降47.95%');
  });

  it('compare() of a rate is the difference of the rates, the same number the points are printed from', () => {
    const c = compare(FIXTURE, { ...FIXTURE, handling: { ...FIXTURE.handling, closingRate: 0.5 } });
    expect(c.closingRate).toEqual({ delta: 0.25, ratio: 0.5 });
    expect(formatChange(c.closingRate, '%')).toBe('上升25.00个百分点');
  });
});

describe('how a change and a figure print', () => {
  it.each<[string, { delta: number | null; ratio: number | null }, string]>([
    ['a rise', { delta: 3, ratio: 0.3 }, '上升30.00%'],
    ['a fall', { delta: -100, ratio: -0.248139 }, '下降24.81%'],
    ['rounded half up', { delta: 1, ratio: 0.132650001 }, '上升13.27%'],
    ['less than 0.005%', { delta: 1, ratio: 0.00004 }, '持平'],
    ['none at all', { delta: 0, ratio: 0 }, '持平'],
    ['a zero base', { delta: 5, ratio: null }, '—'],
    ['a fall to nothing', { delta: -4, ratio: -1 }, '下降100.00%'],
  ])('a count, %s: 「%s」', (_name, c, printed) => {
    expect(formatChange(c)).toBe(printed);
    expect(formatChange(c, '批次')).toBe(printed);
  });

  it.each<[string, { delta: number | null; ratio: number | null }, string]>([
    ['up 3.2 points', { delta: 0.032, ratio: 0.05 }, '上升3.20个百分点'],
    ['down 12 points', { delta: -0.12, ratio: -0.2 }, '下降12.00个百分点'],
    ['a rate from 0%: points, though no ratio', { delta: 0.6, ratio: null }, '上升60.00个百分点'],
    ['the same rate', { delta: 0, ratio: 0 }, '持平'],
    ['no base in either period', { delta: null, ratio: null }, '—'],
  ])('a rate, %s: 「%s」', (_name, c, printed) => {
    expect(formatChange(c, '%')).toBe(printed);
  });

  it('rounds half up on the exact quotient, not on its binary approximation (57 ÷ 800 = 7.125% → 7.13%)', () => {
    // 57 / 800 * 10000 is 712.4999999999999 in floating point: a plain Math.round printed 7.12%.
    expect(formatPercent(57 / 800)).toBe('7.13%');
    expect(formatFigure(201 / 800, '%')).toBe('25.13%');
    expect(formatChange(change(857, 800))).toBe('上升7.13%');
    expect(formatChange(change(0.3, 0.3 - 57 / 800), '%')).toBe('上升7.13个百分点');
  });

  it('a count as it is, a rate as a percentage to two decimals, — where there is no base', () => {
    expect(formatFigure(12, '批次')).toBe('12');
    expect(formatFigure(0, '件')).toBe('0');
    expect(formatFigure(2 / 3, '%')).toBe('66.67%');
    expect(formatFigure(null, '%')).toBe('—');
  });
});
