import { describe, expect, it } from 'vitest';
import { defaultCategories, defaultUnits } from '../../../../renderer/src/domain/defaults';
import { importedRow } from './importFixtures';
import {
  categoryChoices,
  chosenId,
  keptChoices,
  learnedWords,
  unitChoices,
  unitKeyOf,
  wordTables,
} from '../../../../renderer/src/domain/import/wordChoices';

const UNITS = defaultUnits();
const CATEGORIES = defaultCategories();
const unitId = (name: string) => UNITS.find((u) => u.name === name)?.id ?? '';

describe('the category and unit tables of an import', () => {
  it('lists each unit name once, a near match open until the clerk confirms it', () => {
    const choices = unitChoices(['综采一队', '综采1队', ' 综采一队 ', '后勤服务公司', ''], UNITS, {});
    expect(choices.map((c) => [c.word, c.id, c.open])).toEqual([
      ['综采一队', unitId('综采一队'), false],
      ['后勤服务公司', null, false],
    ]);
    // 「综采1队」 shares 「综采一队」's key (digits read alike), so it is the same line of the table.
    const near = unitChoices(['一号矿井综采一队'], UNITS, {});
    expect(near.map((c) => [c.id, c.open])).toEqual([[unitId('综采一队'), true]]);
  });

  it('teaches the next import only the words settled: chosen and not waiting for confirmation', () => {
    const near = unitChoices(['一号矿井综采一队', '后勤服务公司'], UNITS, {});
    expect(learnedWords(near)).toEqual({});
    const confirmed = near.map((c) => ({ ...c, open: false }));
    expect(learnedWords(confirmed)).toEqual({ [confirmed[0]?.key ?? '']: unitId('综采一队') });
    expect(chosenId(confirmed, confirmed[0]?.key ?? '')).toBe(unitId('综采一队'));
  });

  it('keeps the same team of two mines apart: one line, one choice and one learned word each', () => {
    const choices = unitChoices(['综采一队（一矿）', '综采一队（二矿）', '综采一队(一矿)'], UNITS, {});
    expect(choices.map((c) => c.word)).toEqual(['综采一队（一矿）', '综采一队（二矿）']);
    const chosen = choices.map((c, i) => ({
      ...c,
      id: i === 0 ? unitId('综采一队') : unitId('掘进二队'),
      open: false,
    }));
    expect(chosenId(chosen, unitKeyOf('综采一队（二矿）'))).toBe(unitId('掘进二队'));
    expect(chosenId(chosen, unitKeyOf('综采一队（一矿）'))).toBe(unitId('综采一队'));
    const learned = learnedWords(chosen);
    expect(Object.values(learned)).toEqual([unitId('综采一队'), unitId('掘进二队')]);
    // The next import takes each back as it was settled, not the first for both.
    expect(unitChoices(['综采一队（二矿）'], UNITS, learned).map((c) => [c.id, c.open])).toEqual([
      [unitId('掘进二队'), false],
    ]);
  });

  it('lists a word a fixed row brought in, keeping the clerk’s choices for the others', () => {
    const before = unitChoices(['综采一队', '后勤服务公司'], UNITS, {}).map((c) =>
      c.word === '后勤服务公司' ? { ...c, id: unitId('选煤厂') } : c,
    );
    const after = keptChoices(before, unitChoices(['后勤服务公司', '掘进二队'], UNITS, {}));
    expect(after.map((c) => [c.word, c.id])).toEqual([
      ['后勤服务公司', unitId('选煤厂')],
      ['掘进二队', unitId('掘进二队')],
    ]);
  });

  it('builds both tables from the rows’ words, with what earlier imports taught', () => {
    const rows = [
      importedRow({ unit: '后勤服务公司', category: '工资' }),
      importedRow({ unit: '综采一队', category: '' }),
    ];
    const tables = wordTables(
      rows,
      { presets: [], categoryWords: {}, unitWords: { 后勤服务公司: unitId('选煤厂') } },
      { categories: CATEGORIES, units: UNITS },
    );
    expect(tables.units.map((c) => [c.word, c.id])).toEqual([
      ['后勤服务公司', unitId('选煤厂')],
      ['综采一队', unitId('综采一队')],
    ]);
    expect(tables.categories.map((c) => c.word)).toEqual(['工资']);
  });

  it('suggests categories from the office’s words, one line per word', () => {
    const choices = categoryChoices(['工资', '工资 ', '不知道什么'], CATEGORIES, {});
    expect(choices).toHaveLength(2);
    expect(choices[0]?.id).not.toBeNull();
    expect(choices[1]).toMatchObject({ word: '不知道什么', id: null, open: false });
  });
});
