import { describe, expect, it } from 'vitest';
import { defaultCategories } from '../../../renderer/src/domain/defaults';
import { categoryPath, nodePath, pathNames, PATH_SEPARATOR } from '../../../renderer/src/domain/treePath';

const CATEGORIES = defaultCategories();
const UNITS = [
  { id: 'co', parentId: null, name: '某煤业集团有限公司' },
  { id: 'k1', parentId: 'co', name: '一号矿井' },
  { id: 'zc', parentId: 'k1', name: '综采一队' },
];

describe('category and unit paths', () => {
  it('a second-level category reads 「父类 / 子类」, spaced so a name holding a slash stays one level', () => {
    expect(PATH_SEPARATOR).toBe(' / ');
    expect(categoryPath(CATEGORIES, 'cat-01-01')).toBe('工资福利 / 拖欠工资');
    expect(categoryPath(CATEGORIES, 'cat-01-02')).toBe('工资福利 / 绩效/精益奖金分配');
  });

  it('a first-level category is its name alone; none or an unknown id is empty', () => {
    expect(categoryPath(CATEGORIES, 'cat-06')).toBe('离退休待遇');
    expect(categoryPath(CATEGORIES, null)).toBe('');
    expect(categoryPath(CATEGORIES, undefined)).toBe('');
    expect(categoryPath(CATEGORIES, 'cat-gone')).toBe('');
  });

  it('needs only the category and its parent (a case page holds no more)', () => {
    const parent = CATEGORIES.find((c) => c.id === 'cat-03');
    const child = CATEGORIES.find((c) => c.id === 'cat-03-01');
    if (!parent || !child) throw new Error('default categories changed');
    expect(categoryPath([child, parent], child.id)).toBe('社会保险 / 养老');
    // Without its parent the path starts where the records stop.
    expect(categoryPath([child], child.id)).toBe('养老');
  });

  it('a unit three levels deep, and every node at once with the same paths', () => {
    expect(nodePath(UNITS, 'zc')).toBe('某煤业集团有限公司 / 一号矿井 / 综采一队');
    const all = pathNames(UNITS);
    expect([...all]).toEqual([
      ['co', '某煤业集团有限公司'],
      ['k1', '某煤业集团有限公司 / 一号矿井'],
      ['zc', '某煤业集团有限公司 / 一号矿井 / 综采一队'],
    ]);
    for (const c of CATEGORIES) expect(pathNames(CATEGORIES).get(c.id)).toBe(categoryPath(CATEGORIES, c.id));
  });

  it('a cycle in the records stops at the repeat instead of looping', () => {
    const looped = [
      { id: 'a', parentId: 'b', name: 'A' },
      { id: 'b', parentId: 'a', name: 'B' },
    ];
    expect(nodePath(looped, 'a')).toBe('B / A');
  });
});
