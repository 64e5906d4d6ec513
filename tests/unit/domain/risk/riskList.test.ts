import { describe, expect, it } from 'vitest';
import { riskListRows } from '../../../../renderer/src/domain/risk/riskList';
import { createWorkCalendar } from '../../../../renderer/src/domain/workCalendar';
import { riskMatter } from './fixtures';

const context = { day: '2026-06-10', calendar: createWorkCalendar({}), unitPaths: new Map([['unit-1', '一号矿井']]) };
const all = { status: '全部', level: null, text: '' } as const;

describe('the 排查台账 list', () => {
  const fresh = riskMatter({
    id: 'a',
    seq: 1,
    riskNo: '排〔2026〕1号',
    registeredOn: '2026-06-01',
    lastUpdatedOn: '2026-06-10',
  });
  const newer = riskMatter({
    id: 'b',
    seq: 2,
    riskNo: '排〔2026〕2号',
    registeredOn: '2026-06-08',
    lastUpdatedOn: '2026-06-10',
  });
  const behind = riskMatter({
    id: 'c',
    seq: 3,
    riskNo: '排〔2026〕3号',
    level: '重大',
    registeredOn: '2026-06-01',
    lastUpdatedOn: '2026-06-05',
  });
  const closed = riskMatter({ id: 'd', seq: 4, riskNo: '排〔2026〕4号', status: '已销号', leader: '张书记' });

  it('lists those behind with their updates first, then the newest 挂号', () => {
    expect(riskListRows([fresh, newer, behind, closed], all, context).map((r) => r.matter.id)).toEqual([
      'c',
      'b',
      'd',
      'a',
    ]);
    expect(riskListRows([fresh], all, context)[0]).toMatchObject({ unitName: '一号矿井', update: { stale: false } });
    // 销号 long ago and never updated since: off the ledger, so never behind.
    const old = riskMatter({
      id: 'e',
      seq: 5,
      status: '已销号',
      registeredOn: '2025-01-02',
      lastUpdatedOn: '2025-01-02',
    });
    expect(riskListRows([fresh, old], all, context).map((r) => [r.matter.id, r.update.stale])).toEqual([
      ['a', false],
      ['e', false],
    ]);
  });

  it('filters by status and level, and searches number, problem, unit and 包案领导', () => {
    const ids = (query: Partial<Parameters<typeof riskListRows>[1]>) =>
      riskListRows([fresh, newer, behind, closed], { ...all, ...query }, context).map((r) => r.matter.id);
    expect(ids({ status: '在办' })).toEqual(['c', 'b', 'a']);
    expect(ids({ status: '已销号' })).toEqual(['d']);
    expect(ids({ level: '重大' })).toEqual(['c']);
    expect(ids({ text: '排〔2026〕2' })).toEqual(['b']);
    expect(ids({ text: '张书记' })).toEqual(['d']);
    expect(ids({ text: '一号矿井' })).toHaveLength(4);
    expect(ids({ text: '供暖' })).toEqual([]);
  });

  it('finds 包案领导, 责任人 and unit by pinyin, in full or by initials', () => {
    const ids = (text: string) =>
      riskListRows([fresh, newer, behind, closed], { ...all, text }, context).map((r) => r.matter.id);
    expect(ids('zsj')).toEqual(['d']);
    expect(ids('zhangshuji')).toEqual(['d']);
    // 王科长 is every matter's 责任人.
    expect(ids('wkz')).toHaveLength(4);
    expect(ids('yhkj')).toHaveLength(4);
    expect(ids('yhkj zsj')).toEqual(['d']);
    expect(ids('xyz')).toEqual([]);
  });

  it("counts a matter behind by the office's own update periods", () => {
    // 较大, last updated 06-05 (Fri); by 06-10 (Wed) 06-08 and 06-09 passed without one: 2 working days.
    const slow = riskMatter({ id: 'f', seq: 6, registeredOn: '2026-06-01', lastUpdatedOn: '2026-06-05' });
    const stale = (rules?: { 重大: number; 较大: number; 一般: number }) =>
      riskListRows([slow], all, { ...context, rules })[0]?.update.stale;
    expect(stale()).toBe(false);
    expect(stale({ 重大: 1, 较大: 2, 一般: 7 })).toBe(true);
    expect(stale({ 重大: 1, 较大: 3, 一般: 7 })).toBe(false);
  });
});
