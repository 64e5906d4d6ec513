import { afterEach, describe, expect, it } from 'vitest';
import type { DeskDatabase } from '../../../renderer/src/db/database';
import { openDeskDatabase } from '../../../renderer/src/db/database';
import { CURRENT_SCHEMA_VERSION } from '../../../renderer/src/db/schema';
import { defaultCategories, defaultUnits } from '../../../renderer/src/domain/defaults';

let db: DeskDatabase | null = null;
afterEach(async () => {
  db?.close();
  db = null;
});

describe('database', () => {
  it('seeds the default categories and the example unit tree on first open, and only then', async () => {
    const name = `t-${crypto.randomUUID()}`;
    db = openDeskDatabase(name);
    expect(await db.categories.count()).toBe(defaultCategories().length);
    expect(await db.units.count()).toBe(defaultUnits().length);
    await db.units.delete('unit-1-3-2');
    db.close();

    db = openDeskDatabase(name);
    expect(await db.categories.count()).toBe(defaultCategories().length);
    expect(await db.units.count()).toBe(defaultUnits().length - 1);
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
  });

  it('seeds two-level categories from docs/domain.md §6 and a 公司 → 矿/厂/项目部 → 区队/科室 tree', async () => {
    db = openDeskDatabase(`t-${crypto.randomUUID()}`);
    const wages = await db.categories.where('parentId').equals('cat-01').toArray();
    expect((await db.categories.get('cat-01'))?.name).toBe('工资福利');
    expect(wages.map((c) => c.name)).toEqual(['拖欠工资', '绩效/精益奖金分配']);
    const tops = await db.units.filter((u) => u.parentId === null).toArray();
    expect(tops.map((u) => u.name)).toEqual(['某煤业集团有限公司']);
    const team = await db.units.get('unit-1-1-1');
    expect(team).toMatchObject({ name: '综采一队', parentId: 'unit-1-1', partyBranch: '综采一队党支部' });
  });
});
