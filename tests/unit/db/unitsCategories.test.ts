import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deleteCategory, listCategories, saveCategory } from '../../../renderer/src/db/categories';
import type { DeskDatabase } from '../../../renderer/src/db/database';
import { InUseError } from '../../../renderer/src/db/errors';
import { registerPetition } from '../../../renderer/src/db/petitions';
import { deleteUnit, listUnits, saveUnit } from '../../../renderer/src/db/units';
import { recordScreening, registerRiskMatter } from '../../../renderer/src/db/riskLedger';
import { riskMatterInput } from '../domain/risk/fixtures';
import { NOW, person, visit } from '../domain/fixtures';
import { freshDb } from './helpers';

let db: DeskDatabase;
beforeEach(() => {
  db = freshDb();
});
afterEach(() => db.close());

describe('units', () => {
  it('adds and renames a unit', async () => {
    const added = await saveUnit(db, {
      id: '',
      parentId: 'unit-1-1',
      name: ' 综采二队 ',
      partyBranch: '综采二队党支部',
      order: 5,
    });
    expect(added.id).not.toBe('');
    await saveUnit(db, { ...added, name: '综采三队' });
    expect((await listUnits(db)).find((u) => u.id === added.id)?.name).toBe('综采三队');
  });

  it('refuses to move a unit under its own subtree', async () => {
    const mine = (await db.units.get('unit-1-1'))!;
    await expect(saveUnit(db, { ...mine, parentId: 'unit-1-1-1' })).rejects.toThrow(
      '不能把单位移到它自己的下级单位之下',
    );
  });

  it('refuses to delete a unit with lower units, or one a petition or petitioner refers to', async () => {
    await expect(deleteUnit(db, 'unit-1-1')).rejects.toThrow(new InUseError('“一号矿井”下还有下级单位，不能删除'));
    await registerPetition(db, visit({ unitId: 'unit-1-1-1', petitioners: [person({ unitId: 'unit-1-2-1' })] }), NOW);
    await expect(deleteUnit(db, 'unit-1-1-1')).rejects.toThrow('已有1件信访事项涉及“综采一队”，不能删除');
    await expect(deleteUnit(db, 'unit-1-2-1')).rejects.toThrow('还有信访人登记在“生产车间”，不能删除');
    await deleteUnit(db, 'unit-1-3-2');
    expect(await db.units.get('unit-1-3-2')).toBeUndefined();
  });
});

describe('categories', () => {
  it('lists each first level followed by its children', async () => {
    const names = (await listCategories(db)).map((c) => c.name);
    expect(names.slice(0, 4)).toEqual(['工资福利', '拖欠工资', '绩效/精益奖金分配', '劳动关系']);
  });

  it('keeps the taxonomy to two levels', async () => {
    await expect(saveCategory(db, { id: '', parentId: 'cat-01-01', name: '井下津贴', order: 1 })).rejects.toThrow(
      '问题类别只有两级，不能再往下添加',
    );
    const added = await saveCategory(db, { id: '', parentId: 'cat-01', name: '井下津贴', order: 3 });
    expect((await db.categories.get(added.id))?.parentId).toBe('cat-01');
  });

  it('refuses to delete a category with children or with petitions filed under it', async () => {
    await expect(deleteCategory(db, 'cat-01')).rejects.toThrow('“工资福利”下还有子类别，不能删除');
    await registerPetition(db, visit({ categoryId: 'cat-01-02' }), NOW);
    await expect(deleteCategory(db, 'cat-01-02')).rejects.toThrow('已有1件信访事项归入“绩效/精益奖金分配”，不能删除');
    await deleteCategory(db, 'cat-01-01');
    expect(await db.categories.get('cat-01-01')).toBeUndefined();
  });
});

describe('what the screening ledger refers to', () => {
  it('keeps a unit or category a matter or a screening names', async () => {
    const unit = await saveUnit(db, { id: '', parentId: 'unit-1-1', name: '综采五队', partyBranch: '', order: 9 });
    const spare = await saveUnit(db, { id: '', parentId: 'unit-1-1', name: '综采六队', partyBranch: '', order: 10 });
    const category = await saveCategory(db, { id: '', parentId: null, name: '去产能分流', order: 99 });
    await registerRiskMatter(db, riskMatterInput({ unitId: unit.id, categoryId: category.id }), NOW);
    await recordScreening(
      db,
      { kind: '普遍排查', day: '2026-05-20', unitIds: [spare.id], participants: '信访办', checked: '工资' },
      NOW,
    );
    await expect(deleteUnit(db, unit.id)).rejects.toThrow('排查台账中有1件事项涉及“综采五队”，不能删除');
    await expect(deleteUnit(db, spare.id)).rejects.toThrow('有排查记录的范围包括“综采六队”，不能删除');
    await expect(deleteCategory(db, category.id)).rejects.toThrow('排查台账中有1件事项归入“去产能分流”，不能删除');
    expect((await listUnits(db)).map((u) => u.id)).toEqual(expect.arrayContaining([unit.id, spare.id]));
  });
});
