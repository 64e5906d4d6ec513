import { describe, expect, it } from 'vitest';
import { defaultUnits } from '../../../../renderer/src/domain/defaults';
import { mineOf, mineUnitIds, rollUpToMines } from '../../../../renderer/src/domain/statistics';

const UNITS = defaultUnits();
const nameOf = (key: string | null) => (key === null ? '未指定单位' : (UNITS.find((u) => u.id === key)?.name ?? key));

describe('按矿（厂）汇总 (issue 12 item 5)', () => {
  it('finds the 矿/厂 of a team, of a 矿 itself, and of the company', () => {
    const team = UNITS.find((u) => u.name === '综采一队')!;
    const mine = UNITS.find((u) => u.name === '一号矿井')!;
    const company = UNITS.find((u) => u.parentId === null)!;
    expect(mineOf(team.id, UNITS)).toBe(mine.id);
    expect(mineOf(mine.id, UNITS)).toBe(mine.id);
    expect(mineOf(company.id, UNITS)).toBe(company.id);
  });

  it('adds each team’s matters to its 矿/厂, keeps the unit-less ones apart, and takes the shares over the period’s 件', () => {
    const id = (name: string) => UNITS.find((u) => u.name === name)!.id;
    const rows = [
      { key: id('综采一队'), name: '综采一队', count: 3, share: 0.3 },
      { key: id('选煤厂'), name: '选煤厂', count: 3, share: 0.3 },
      { key: id('通风科'), name: '通风科', count: 1, share: 0.1 },
      { key: id('生产车间'), name: '生产车间', count: 1, share: 0.1 },
      { key: null, name: '未指定单位', count: 2, share: 0.2 },
    ];
    // 4 each: the tie goes in the unit tree's order, 一号矿井 before 选煤厂.
    expect(rollUpToMines(rows, UNITS, 10, nameOf)).toEqual([
      { key: id('一号矿井'), name: '一号矿井', count: 4, share: 0.4 },
      { key: id('选煤厂'), name: '选煤厂', count: 4, share: 0.4 },
      { key: null, name: '未指定单位', count: 2, share: 0.2 },
    ]);
  });

  it('links a 矿/厂 to its own units only, within the scope', () => {
    const id = (name: string) => UNITS.find((u) => u.name === name)!.id;
    expect(mineUnitIds(id('选煤厂'), UNITS, null).sort()).toEqual(
      [id('选煤厂'), id('生产车间'), id('综合办公室')].sort(),
    );
    expect(mineUnitIds(id('选煤厂'), UNITS, new Set([id('生产车间'), id('综采一队')]))).toEqual([id('生产车间')]);
  });
});
