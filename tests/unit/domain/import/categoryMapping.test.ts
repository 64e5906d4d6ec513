import { describe, expect, it } from 'vitest';
import { categoryTable, suggestCategory } from '../../../../renderer/src/domain/import/categoryMapping';
import { defaultCategories } from '../../../../renderer/src/domain/defaults';

const TREE = defaultCategories();
const idOf = (first: string, second = '') => {
  const top = TREE.find((c) => c.parentId === null && c.name === first);
  return second === '' ? top?.id : TREE.find((c) => c.parentId === top?.id && c.name === second)?.id;
};

describe('the office’s category words mapped to the tree (docs/domain.md §6)', () => {
  it('maps 工资, 工资待遇 and 欠薪 to 工资福利 > 拖欠工资 by the built-in synonyms', () => {
    for (const word of ['工资', '工资待遇', '欠薪', ' 欠 薪 ']) {
      expect(suggestCategory(word, TREE, {})).toEqual({ categoryId: idOf('工资福利', '拖欠工资'), by: 'synonym' });
    }
  });

  it('takes a category’s own name or path, a second level before a first', () => {
    expect(suggestCategory('拖欠工资', TREE, {})).toEqual({ categoryId: idOf('工资福利', '拖欠工资'), by: 'name' });
    expect(suggestCategory('社会保险', TREE, {})).toEqual({ categoryId: idOf('社会保险'), by: 'name' });
    expect(suggestCategory('社会保险-养老', TREE, {})?.categoryId).toBe(idOf('社会保险', '养老'));
    expect(suggestCategory('工资福利/绩效/精益奖金分配', TREE, {})?.categoryId).toBe(
      idOf('工资福利', '绩效/精益奖金分配'),
    );
  });

  it('reuses the clerk’s table over any suggestion, unless its category is gone', () => {
    const learned = { 工资: idOf('社会保险', '欠缴') ?? '' };
    expect(suggestCategory('工资', TREE, learned)).toEqual({ categoryId: idOf('社会保险', '欠缴'), by: 'learned' });
    expect(suggestCategory('工资', TREE, { 工资: 'cat-gone' })?.by).toBe('synonym');
  });

  it('suggests nothing for an unknown word, or a synonym whose category the office renamed', () => {
    expect(suggestCategory('其他杂项问题', TREE, {})).toBeNull();
    const renamed = TREE.map((c) => (c.name === '拖欠工资' ? { ...c, name: '工资发放' } : c));
    expect(suggestCategory('欠薪', renamed, {})).toBeNull();
  });

  it('lists each distinct word of the column once, with its suggestion', () => {
    const table = categoryTable(['工资', '工资 ', '', '养老', '工资'], TREE, {});
    expect(table.map((t) => t.word)).toEqual(['工资', '养老']);
    expect(table[1]?.suggestion?.categoryId).toBe(idOf('社会保险', '养老'));
  });
});
