import { describe, expect, it } from 'vitest';
import { caseEnvironment } from '../../../../renderer/src/domain/caseEnvironment';
import { DEFAULT_SETTINGS } from '../../../../renderer/src/domain/defaults';
import {
  computeStatistics,
  quarterPeriod,
  type StatPeriod,
  type StatScope,
} from '../../../../renderer/src/domain/statistics';
import { CATEGORIES, PETITIONS, RECEPTIONS, UNITS } from './dataset';

const env = caseEnvironment(DEFAULT_SETTINGS);
const Q2 = quarterPeriod(2026, 2);

function stats(period: StatPeriod, scope: StatScope = { kind: 'all' }, today?: string) {
  return computeStatistics({
    petitions: PETITIONS,
    receptions: RECEPTIONS,
    units: UNITS,
    categories: CATEGORIES,
    period,
    scope,
    env,
    today,
  });
}

const rows = (list: { name: string; count: number }[]) => list.map((r) => `${r.name} ${r.count}`);
const pct = (x: number | null) => (x === null ? null : Math.round(x * 10000) / 100);

describe('computeStatistics: every docs/domain.md §8 figure for 2026 Q2, whole organisation', () => {
  const s = stats(Q2);

  it('批次 and 人次 count the contacts of the quarter except letters and online messages; 件 the petitions first received in it', () => {
    // 批次: P1 1, P3 6, P5 2, P6 1, P7 1, repeat of P9 2, repeat of P14 3 (P2 and P4 are 来信/网上, the repeat of P1 a letter).
    expect(s.batches).toBe(7);
    expect(s.persons).toBe(16);
    // 件: P1–P7 (P9 came at 03-31 23:59, P4 at 06-30 23:59).
    expect(s.pieces).toBe(7);
    expect(s.asOf).toBe('2026-06-30');
  });

  it('by channel: 来信 and 网上信访 have 件 only', () => {
    const byName = Object.fromEntries(s.byChannel.map((c) => [c.channel, [c.batches, c.persons, c.pieces]]));
    expect(byName).toEqual({
      来访: [5, 14, 3],
      来信: [null, null, 1],
      来电: [1, 1, 1],
      网上信访: [null, null, 1],
      下访发现: [0, 0, 0],
      座谈会: [0, 0, 0],
      上级转送: [1, 1, 1],
      领导接待日: [0, 0, 0],
    });
    expect(s.byChannel.find((c) => c.channel === '上级转送')?.name).toBe('上级转送/交办');
  });

  it('by category at both levels, largest first, shares of the 7 件', () => {
    expect(rows(s.byCategory)).toEqual(['工资福利 3', '社会保险 2', '离退休待遇 1', '住房与三供一业 1']);
    expect(s.byCategory.map((r) => pct(r.share))).toEqual([42.86, 28.57, 14.29, 14.29]);
    // Paths spaced (domain/treePath.ts): 绩效/精益奖金分配 is one name, not a level.
    expect(rows(s.bySubcategory)).toEqual([
      '工资福利 / 拖欠工资 2',
      '工资福利 / 绩效/精益奖金分配 1',
      '社会保险 / 养老 1',
      '社会保险 / 医疗 1',
      '离退休待遇 1',
      '住房与三供一业 / 供电 1',
    ]);
  });

  it('the top categories are the largest first-level ones with counts and shares', () => {
    const top = computeStatistics({
      petitions: PETITIONS,
      receptions: RECEPTIONS,
      units: UNITS,
      categories: CATEGORIES,
      period: Q2,
      scope: { kind: 'all' },
      env,
      topN: 2,
    });
    expect(top.topCategories.map((r) => [r.key, r.name, r.count, pct(r.share)])).toEqual([
      ['cat-01', '工资福利', 3, 42.86],
      ['cat-03', '社会保险', 2, 28.57],
    ]);
    expect(s.topCategories).toHaveLength(4);
  });

  it('by nature, by 身份 (a petition under each of its petitioners’ types) and by unit', () => {
    expect(rows(s.byNature)).toEqual(['建议意见 1', '检举控告 1', '申诉求决 4', '咨询 1', '求助 0']);
    expect(rows(s.byIdentity)).toEqual([
      '在职职工 4',
      '离退休人员 1',
      '内退人员 0',
      '职工家属 1',
      '工亡职工家属 0',
      '外部务工人员 0',
      '周边群众 1',
      '其他 0',
      '未填写 1',
    ]);
    expect(rows(s.byUnit)).toEqual(['综采一队 2', '一号矿井 1', '通风科 1', '选煤厂 1', '生产车间 1', '未指定单位 1']);
    expect(rows(s.byFlag)).toEqual(['集体访 1', '联名信 1', '匿名 0', '越级访 1', '涉法涉诉 0']);
  });

  it('集体访 and 越级访 in 批次 and 人次', () => {
    expect(s.collective).toEqual({ batches: 1, persons: 6 });
    expect(s.levelSkipping).toEqual({ batches: 1, persons: 2 });
  });

  it('a contact linked to an earlier petition is 重复访: its 批次 and headcount are in the totals, its petition in 重复访 件', () => {
    // Repeats of P9 (2) and P14 (3) are visits; the repeat of P1 is a letter: 件 only. Contacted: P1–P7, P9, P14.
    expect(s.repeat).toEqual({ batches: 2, persons: 5, pieces: 3, contactedPieces: 9, share: 3 / 9 });
    expect(pct(s.repeat.share)).toBe(33.33);
    const without = computeStatistics({
      petitions: PETITIONS,
      receptions: RECEPTIONS.filter((r) => !(r.petitionId === 'P14' && r.isRepeat)),
      units: UNITS,
      categories: CATEGORIES,
      period: Q2,
      scope: { kind: 'all' },
      env,
    });
    expect([s.batches - without.batches, s.persons - without.persons, s.repeat.pieces - without.repeat.pieces]).toEqual(
      [1, 3, 1],
    );
  });

  it('受理, 不予受理 and 转送 decided in the quarter', () => {
    // Accepted: P1 04-02, P2 04-10, P3 05-07, P5 05-15, P9 04-01 (received in Q1). P6 rejected 06-03, P7 forwarded 04-22.
    expect(s.acceptance).toEqual({ accepted: 5, rejected: 1, forwarded: 1 });
  });

  it('办结率 and 按期办结率 over the 申诉求决 cases due in the quarter', () => {
    // Due in Q2: P1 06-01, P2 06-09, P8 04-13, P9 06-01, P10 04-08 (after its extension). P3 is due 07-06.
    // Finished: P1 05-20, P8 04-08, P9 06-05 (late), P10 04-07; P2 still open.
    expect(s.handling).toEqual({
      due: 5,
      closed: 4,
      closedOnTime: 3,
      closingRate: 0.8,
      onTimeRate: 0.6,
      finished: 5,
      finishedOnTime: 4,
    });
  });

  it('满意率 over the rated and 参评率 over the cases replied in the quarter', () => {
    // Replied in Q2: P1 满意, P3 —, P5 基本满意, P8 不满意, P9 满意, P10 —.
    expect(s.satisfaction).toEqual({
      replied: 6,
      rated: 4,
      satisfied: 2,
      basicallySatisfied: 1,
      dissatisfied: 1,
      satisfactionRate: 0.75,
      ratingRate: 4 / 6,
    });
    expect(pct(s.satisfaction.ratingRate)).toBe(66.67);
  });

  it('the overdue list: open 申诉求决 cases past their handling due day at the end of the quarter, longest overdue first', () => {
    expect(s.overdue.map((o) => [o.regNo, o.acceptedAt, o.due, o.daysOverdue])).toEqual([
      ['2025-0014', '2025-10-11', '2025-12-10', 202],
      ['2026-0002', '2026-04-10', '2026-06-09', 21],
    ]);
  });
});

describe('computeStatistics: periods', () => {
  it('both ends of a period are inclusive, to the last minute of the last day', () => {
    const first = stats({ from: '2026-04-01', to: '2026-04-01' });
    expect([first.pieces, first.batches, first.persons]).toEqual([1, 1, 1]);
    const last = stats({ from: '2026-06-30', to: '2026-06-30' });
    // P4 (网上, 23:59) and the repeat letter of P1: 件 1, no 批次, two petitions contacted.
    expect([last.pieces, last.batches, last.repeat.pieces, last.repeat.contactedPieces]).toEqual([1, 0, 1, 2]);
    const eve = stats({ from: '2026-03-31', to: '2026-03-31' });
    expect([eve.pieces, eve.batches]).toEqual([1, 1]);
  });

  it('2026 Q1: a paused case is due later by its paused days', () => {
    const q1 = stats(quarterPeriod(2026, 1));
    expect([q1.batches, q1.persons, q1.pieces]).toEqual([3, 3, 3]);
    // P15: due 02-20 + 10 paused days = 03-02, replied that day. P10's extended due (04-08) is in Q2.
    expect(q1.handling).toEqual({
      due: 1,
      closed: 1,
      closedOnTime: 1,
      closingRate: 1,
      onTimeRate: 1,
      finished: 1,
      finishedOnTime: 1,
    });
    expect(q1.overdue.map((o) => [o.regNo, o.daysOverdue])).toEqual([['2025-0014', 111]]);
    expect([q1.collective.batches, q1.levelSkipping.batches]).toEqual([0, 0]);
  });

  it('a quarter still running is read as of today: only cases due so far, the overdue list of today', () => {
    const s = stats(Q2, { kind: 'all' }, '2026-06-05');
    expect(s.asOf).toBe('2026-06-05');
    // Due by 06-05: P1, P8, P9, P10 (P2 is due 06-09); P9 replied on 06-05 itself, a day late.
    expect(s.handling).toEqual({
      due: 4,
      closed: 4,
      closedOnTime: 3,
      closingRate: 1,
      onTimeRate: 0.75,
      finished: 4,
      finishedOnTime: 3,
    });
    expect(s.overdue.map((o) => [o.regNo, o.daysOverdue])).toEqual([['2025-0014', 177]]);
  });

  it('an empty period gives zeros and "—" rates (null), never NaN', () => {
    const s = stats(quarterPeriod(2024, 2));
    expect([s.batches, s.persons, s.pieces, s.repeat.share]).toEqual([0, 0, 0, null]);
    expect([
      s.handling.closingRate,
      s.handling.onTimeRate,
      s.satisfaction.satisfactionRate,
      s.satisfaction.ratingRate,
    ]).toEqual([null, null, null, null]);
    expect(s.byNature.every((r) => r.share === null)).toBe(true);
    expect(s.topCategories).toEqual([]);
  });

  it('refuses a period that ends before it starts, in Chinese', () => {
    expect(() => stats({ from: '2026-06-30', to: '2026-04-01' })).toThrow('统计起始日期不能晚于截止日期');
    expect(() => stats({ from: '2026-02-30', to: '2026-04-01' })).toThrow('统计起始日期应为有效日期');
  });
});

describe('computeStatistics: scopes', () => {
  it('a unit subtree: 一号矿井 with 综采一队 and 通风科', () => {
    const s = stats(Q2, { kind: 'unitSubtree', unitId: 'k1' });
    // 件: P1, P2, P6, P7. 批次: P1 1, P6 1, P7 1, repeat of P14 3.
    expect([s.pieces, s.batches, s.persons]).toEqual([4, 4, 6]);
    expect(s.repeat).toEqual({ batches: 1, persons: 3, pieces: 2, contactedPieces: 5, share: 0.4 });
    expect(s.acceptance).toEqual({ accepted: 2, rejected: 1, forwarded: 1 });
    // Due: P1, P2, P8, P10; finished P1, P8, P10, all on time.
    expect(s.handling).toEqual({
      due: 4,
      closed: 3,
      closedOnTime: 3,
      closingRate: 0.75,
      onTimeRate: 0.75,
      finished: 3,
      finishedOnTime: 3,
    });
    expect(s.satisfaction).toMatchObject({
      replied: 3,
      rated: 2,
      satisfied: 1,
      dissatisfied: 1,
      satisfactionRate: 0.5,
    });
    expect(s.overdue.map((o) => o.regNo)).toEqual(['2025-0014', '2026-0002']);
    expect(rows(s.byUnit)).toEqual(['综采一队 2', '一号矿井 1', '通风科 1']);
  });

  it('a leaf unit and an unknown unit', () => {
    const leaf = stats(Q2, { kind: 'unitSubtree', unitId: 'xm-sc' });
    expect([leaf.pieces, leaf.batches]).toEqual([1, 0]);
    const unknown = stats(Q2, { kind: 'unitSubtree', unitId: 'nowhere' });
    expect([unknown.pieces, unknown.batches, unknown.handling.due, unknown.overdue.length]).toEqual([0, 0, 0, 0]);
  });

  it('a branch: its units and the units below them that name no branch, not a child unit with its own', () => {
    // 一矿党支部 = 一号矿井 + 通风科 (综采一队 has 综采党支部): P2, P7 in Q2; P10 due in Q2.
    const s = stats(Q2, { kind: 'branch', branch: '一矿党支部' });
    expect([s.pieces, s.batches, s.persons]).toEqual([2, 1, 1]);
    expect(s.repeat).toEqual({ batches: 0, persons: 0, pieces: 0, contactedPieces: 2, share: 0 });
    expect(s.handling).toEqual({
      due: 2,
      closed: 1,
      closedOnTime: 1,
      closingRate: 0.5,
      onTimeRate: 0.5,
      finished: 1,
      finishedOnTime: 1,
    });
    expect(s.overdue.map((o) => o.regNo)).toEqual(['2026-0002']);
  });

  it('the 综采党支部 covers 综采一队 alone, and a whole-organisation scope counts petitions without a unit', () => {
    const s = stats(Q2, { kind: 'branch', branch: '综采党支部' });
    // P1, P6; 批次 P1 1, P6 1, repeat of P14 3.
    expect([s.pieces, s.batches, s.persons, s.repeat.pieces]).toEqual([2, 3, 5, 2]);
    const company = stats(Q2, { kind: 'unitSubtree', unitId: 'co' });
    // P5 has no unit: only the whole organisation counts it.
    expect(stats(Q2).pieces - company.pieces).toBe(1);
  });
});

describe('computeStatistics: 集体访 by the rule of docs/domain.md §8, not by a stored flag', () => {
  it('an old 下访发现 of 12 and a 来信 of 8 saved with the 集体访 flag count as none; a 来访 of 6 counts', () => {
    const wrongFlags = {
      collective: true,
      jointLetter: false,
      anonymous: false,
      levelSkipping: false,
      lawRelated: false,
    };
    const base = PETITIONS.find((p) => p.id === 'P5');
    if (!base) throw new Error('P5 missing');
    const outreach = {
      ...base,
      id: 'X1',
      regNo: '2026-0901',
      channel: '下访发现' as const,
      receivedAt: '2026-05-20T09:00',
      flags: wrongFlags,
    };
    const letter = {
      ...base,
      id: 'X2',
      regNo: '2026-0902',
      channel: '来信' as const,
      receivedAt: '2026-05-21T09:00',
      flags: wrongFlags,
    };
    const contacts = [
      {
        petitionId: 'X1',
        receivedAt: outreach.receivedAt,
        channel: '下访发现' as const,
        headcount: 12,
        isRepeat: false,
        flags: wrongFlags,
      },
      {
        petitionId: 'X2',
        receivedAt: letter.receivedAt,
        channel: '来信' as const,
        headcount: 8,
        isRepeat: false,
        flags: wrongFlags,
      },
    ];
    const s = computeStatistics({
      petitions: [...PETITIONS, outreach, letter],
      receptions: [...RECEPTIONS, ...contacts],
      units: UNITS,
      categories: CATEGORIES,
      period: Q2,
      scope: { kind: 'all' },
      env,
    });
    // Only P3's 来访 of 6, as without the two.
    expect(s.collective).toEqual({ batches: 1, persons: 6 });
    expect(s.byFlag.find((r) => r.key === 'collective')?.count).toBe(1);
    // The 下访发现 still counts as a 批次 of 12 人次.
    expect([s.batches, s.persons]).toEqual([8, 28]);
  });
});
