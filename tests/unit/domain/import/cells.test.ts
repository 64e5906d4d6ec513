import { describe, expect, it } from 'vitest';
import { cellText, isFilledCell, normalizeWord } from '../../../../renderer/src/domain/import/cells';

describe('a cell as the readers see it', () => {
  it.each([
    [null, ''],
    [undefined, ''],
    ['  张三\u3000', '张三'],
    [12, '12'],
    [true, 'true'],
    [new Date(2025, 2, 5, 9, 30), '2025-03-05'],
    [{ formula: 'A1' }, ''],
  ])('the text of %j is %j', (value, text) => {
    expect(cellText(value)).toBe(text);
  });

  it.each([
    [null, false],
    ['  ', false],
    ['x', true],
    [0, true],
    [false, true],
    [new Date(2025, 2, 5), true],
    [{}, false],
  ])('%j holds something: %s', (value, filled) => {
    expect(isFilledCell(value)).toBe(filled);
  });

  it.each([
    ['来访\n日期', '来访日期'],
    ['日期（年月日）', '日期'],
    ['姓 名', '姓名'],
    ['*反映问题：', '反映问题'],
    ['ＮＯ．', 'NO.'],
  ])('reads the header %j as %j', (header, word) => {
    expect(normalizeWord(header)).toBe(word);
  });
});
