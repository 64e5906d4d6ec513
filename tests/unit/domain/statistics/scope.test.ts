import { describe, expect, it } from 'vitest';
import { defaultUnits } from '../../../../renderer/src/domain/defaults';
import { partyBranches, scopeUnitIds } from '../../../../renderer/src/domain/statistics';
import { UNITS } from './dataset';

const sorted = (ids: ReadonlySet<string> | null) => (ids === null ? null : [...ids].sort());

describe('scopeUnitIds', () => {
  it('the whole organisation is every unit and no unit at all (null)', () => {
    expect(scopeUnitIds({ kind: 'all' }, UNITS)).toBeNull();
  });

  it('a unit subtree is the unit and everything under it, whatever their branches', () => {
    expect(sorted(scopeUnitIds({ kind: 'unitSubtree', unitId: 'k1' }, UNITS))).toEqual(['k1', 'k1-tf', 'k1-zc']);
    expect(sorted(scopeUnitIds({ kind: 'unitSubtree', unitId: 'missing' }, UNITS))).toEqual([]);
  });

  it('a branch is its units plus the units below them that name no branch', () => {
    expect(sorted(scopeUnitIds({ kind: 'branch', branch: '一矿党支部' }, UNITS))).toEqual(['k1', 'k1-tf']);
    expect(sorted(scopeUnitIds({ kind: 'branch', branch: '选煤厂党支部' }, UNITS))).toEqual(['xm', 'xm-zh']);
    expect(sorted(scopeUnitIds({ kind: 'branch', branch: '机关党支部' }, UNITS))).toEqual(['co']);
    expect(sorted(scopeUnitIds({ kind: 'branch', branch: '无此支部' }, UNITS))).toEqual([]);
  });

  it('in the example tree a branch can span units in different places (通风科 with 一号矿井’s offices)', () => {
    expect(sorted(scopeUnitIds({ kind: 'branch', branch: '一号矿井机关党支部' }, defaultUnits()))).toEqual([
      'unit-1-1',
      'unit-1-1-4',
    ]);
  });

  it('lists the branches in tree order for the scope picker', () => {
    expect(partyBranches(UNITS)).toEqual([
      '机关党支部',
      '一矿党支部',
      '综采党支部',
      '选煤厂党支部',
      '选煤厂生产党支部',
    ]);
  });
});
