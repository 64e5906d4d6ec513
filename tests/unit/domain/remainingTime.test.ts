import { describe, expect, it } from 'vitest';
import {
  addProgressPoint,
  estimateRemainingMs,
  formatRemaining,
  type ProgressPoint,
} from '../../../renderer/src/domain/remainingTime';

/** Reports every `step` ms at `perMs` records a millisecond, from `from` ms on, of `total` records. */
function steady(count: number, step: number, perMs: number, total: number, from = 0, doneBefore = 0): ProgressPoint[] {
  return Array.from({ length: count }, (_, i) => ({ at: from + i * step, done: doneBefore + i * step * perMs, total }));
}

const kept = (points: readonly ProgressPoint[]) =>
  points.reduce<ProgressPoint[]>((list, p) => addProgressPoint(list, p), []);

describe('the time left of a restore, from its progress reports', () => {
  it('says nothing before two seconds of reports, or with nothing reported', () => {
    expect(estimateRemainingMs([])).toBeNull();
    expect(estimateRemainingMs(steady(4, 500, 10, 100_000))).toBeNull();
    expect(estimateRemainingMs([{ at: 0, done: 0, total: 0 }])).toBeNull();
  });

  it('divides the work left by the pace: 10 records a ms, 60,000 of 100,000 left after 4 s, is 6 s', () => {
    expect(estimateRemainingMs(steady(9, 500, 10, 100_000))).toBe(6_000);
  });

  it('says nothing while no work is being done, and 0 when all of it is', () => {
    const stalled = [
      { at: 0, done: 500, total: 1_000 },
      { at: 3_000, done: 500, total: 1_000 },
    ];
    expect(estimateRemainingMs(stalled)).toBeNull();
    expect(estimateRemainingMs([...stalled, { at: 4_000, done: 1_000, total: 1_000 }])).toBe(0);
  });

  it('follows the pace of the last 15 seconds, not the first: comparing is fast, writing slower', () => {
    // 20 s comparing at 10 records a ms (200,000 done), then 20 s writing at 2 a ms: 40,000 more of 300,000.
    const points = kept([...steady(41, 500, 10, 300_000), ...steady(40, 500, 2, 300_000, 20_500, 201_000)]);
    const last = points.at(-1) as ProgressPoint;
    expect(last.done).toBe(201_000 + 39 * 500 * 2);
    // At 2 a ms, not the average since the start (about 5 a ms).
    expect(estimateRemainingMs(points)).toBe((300_000 - last.done) / 2);
  });

  it('follows a total that shrinks once the restore knows what it need not write', () => {
    const points = [...steady(5, 1_000, 10, 1_000_000), { at: 5_000, done: 50_000, total: 80_000 }];
    expect(estimateRemainingMs(points)).toBe(3_000);
  });

  it('keeps the points within the window and the newest one before it, so a long silent step still has a base', () => {
    const points = kept([
      { at: 0, done: 0, total: 1_000 },
      { at: 30_000, done: 300, total: 1_000 },
    ]);
    expect(points).toHaveLength(2);
    expect(estimateRemainingMs(points)).toBe(70_000);
    const many = kept(steady(100, 1_000, 1, 1_000_000));
    expect(many[0]?.at).toBe(99_000 - 16_000);
    expect(many).toHaveLength(17);
  });
});

describe('the time left as the progress bar says it', () => {
  it.each([
    [null, '正在估算剩余时间…'],
    [0, '即将完成'],
    [9_000, '即将完成'],
    [10_400, '约剩 20 秒'],
    [43_000, '约剩 50 秒'],
    [55_000, '约剩 1 分钟'],
    [61_000, '约剩 2 分钟'],
    [120_000, '约剩 2 分钟'],
    [59 * 60_000, '约剩 59 分钟'],
    [59 * 60_000 + 1_000, '约剩 1 小时'],
    [60 * 60_000, '约剩 1 小时'],
    [95 * 60_000, '约剩 1 小时 35 分钟'],
  ])('%s ms: 「%s」', (ms, text) => {
    expect(formatRemaining(ms)).toBe(text);
  });
});
