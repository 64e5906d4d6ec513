import { describe, expect, it } from 'vitest';
import { matchUnit, unitWholeKey } from '../../../../renderer/src/domain/import/unitMatch';
import { defaultUnits } from '../../../../renderer/src/domain/defaults';

const UNITS = defaultUnits();
const idOf = (name: string) => UNITS.find((u) => u.name === name)?.id ?? '';

describe('a ledger’s 单位 matched to the org tree', () => {
  it('matches the same name or path exactly, spaces aside', () => {
    expect(matchUnit('综采一队', UNITS, {})).toEqual({ kind: 'exact', unitId: idOf('综采一队') });
    expect(matchUnit(' 选煤厂 ', UNITS, {})).toEqual({ kind: 'exact', unitId: idOf('选煤厂') });
    expect(matchUnit('某煤业集团有限公司 / 一号矿井 / 综采一队', UNITS, {})).toEqual({
      kind: 'exact',
      unitId: idOf('综采一队'),
    });
  });

  it('offers a near match for the clerk to confirm: digits written otherwise, a longer or shorter name', () => {
    expect(matchUnit('综采1队', UNITS, {})).toEqual({ kind: 'near', unitId: idOf('综采一队'), name: '综采一队' });
    expect(matchUnit('一号矿井综采一队', UNITS, {})).toEqual({
      kind: 'near',
      unitId: idOf('综采一队'),
      name: '综采一队',
    });
    expect(matchUnit('掘进', UNITS, {})).toEqual({ kind: 'near', unitId: idOf('掘进二队'), name: '掘进二队' });
  });

  it('finds none for a unit the tree does not hold, or an empty cell', () => {
    expect(matchUnit('后勤服务公司', UNITS, {})).toEqual({ kind: 'none' });
    expect(matchUnit('', UNITS, {})).toEqual({ kind: 'none' });
  });

  it('takes a name the clerk confirmed in an earlier import as exact', () => {
    expect(matchUnit('综采1队', UNITS, { 综采1队: idOf('综采一队') })).toEqual({
      kind: 'exact',
      unitId: idOf('综采一队'),
    });
  });

  it('remembers a confirmed word by the whole of it: a mine in brackets is another word', () => {
    const learned = { [unitWholeKey('综采一队（一矿）')]: idOf('综采一队') };
    expect(matchUnit('综采一队（一矿）', UNITS, learned)).toEqual({ kind: 'exact', unitId: idOf('综采一队') });
    expect(matchUnit(' 综采一队(一矿) ', UNITS, learned)).toEqual({ kind: 'exact', unitId: idOf('综采一队') });
    expect(matchUnit('综采一队（二矿）', UNITS, learned)).toMatchObject({ kind: 'near' });
  });

  it('reads a word learned under the old key, brackets dropped, as a suggestion to confirm only', () => {
    // Imports before December 2026 kept 「综采一队（一矿）」 as 综采1队, the key its 二矿 namesake shares.
    expect(matchUnit('综采一队（二矿）', UNITS, { 综采1队: idOf('掘进二队') })).toEqual({
      kind: 'near',
      unitId: idOf('掘进二队'),
      name: '掘进二队',
    });
  });
});

describe('a name the tree holds more than once, or a word with more than the name', () => {
  const twoMines = [
    ...UNITS,
    { ...(UNITS.find((u) => u.name === '综采一队') as (typeof UNITS)[number]), id: 'unit-2-zc1' },
  ];

  it('asks the clerk which unit is meant when two units share the name, instead of taking the first', () => {
    expect(matchUnit('综采一队', twoMines, {})).toMatchObject({ kind: 'near', name: '综采一队' });
  });

  it('asks when the word says more than the name, such as the mine in brackets', () => {
    expect(matchUnit('综采一队（二矿）', UNITS, {})).toEqual({
      kind: 'near',
      unitId: idOf('综采一队'),
      name: '综采一队',
    });
  });
});
