import { TEXT_LIMITS } from '../domain/textLimits';
import type { Category } from '../domain/types';
import { cleanText, hasVisibleCharacter } from '../domain/xmlSafeText';
import type { DeskDatabase } from './database';
import { InUseError, MissingRecordError } from './errors';
import { authorize, requireActor } from './session';

/** Every category, first levels in order, each followed by its children in order. Any signed-in account. */
export async function listCategories(db: DeskDatabase): Promise<Category[]> {
  requireActor(db);
  const all = await db.categories.toArray();
  const byOrder = (a: Category, b: Category) => a.order - b.order || a.name.localeCompare(b.name, 'zh');
  const result: Category[] = [];
  for (const top of all.filter((c) => c.parentId === null).sort(byOrder)) {
    result.push(top, ...all.filter((c) => c.parentId === top.id).sort(byOrder));
  }
  return result;
}

/** Inserts (id '' gets a new id) or updates a category; the taxonomy has two levels only. settings.manage. */
export async function saveCategory(db: DeskDatabase, category: Category): Promise<Category> {
  authorize(db, 'settings.manage');
  const name = cleanText(category.name);
  if (!hasVisibleCharacter(name)) throw new Error('请填写类别名称');
  if (name.length > TEXT_LIMITS.referenceName) throw new Error(`类别名称不能超过${TEXT_LIMITS.referenceName}字`);
  return db.transaction('rw', db.categories, async () => {
    const record: Category = { ...category, name, id: category.id || crypto.randomUUID() };
    if (record.parentId !== null) {
      if (record.parentId === record.id) throw new Error('类别不能作为自己的上级');
      const parent = await db.categories.get(record.parentId);
      if (!parent) throw new MissingRecordError('上级类别不存在');
      if (parent.parentId !== null) throw new Error('问题类别只有两级，不能再往下添加');
      if ((await db.categories.where('parentId').equals(record.id).count()) > 0) {
        throw new Error('该类别下还有子类别，不能改为二级类别');
      }
    }
    await db.categories.put(record);
    return record;
  });
}

/** Deletes a category unless it has children, or a petition or a screening-ledger matter is filed under it. settings.manage. */
export async function deleteCategory(db: DeskDatabase, id: string): Promise<void> {
  authorize(db, 'settings.manage');
  await db.transaction('rw', [db.categories, db.petitions, db.riskMatters], async () => {
    const category = await db.categories.get(id);
    if (!category) return;
    if ((await db.categories.where('parentId').equals(id).count()) > 0) {
      throw new InUseError(`“${category.name}”下还有子类别，不能删除`);
    }
    const petitions = await db.petitions.where('categoryId').equals(id).count();
    if (petitions > 0) throw new InUseError(`已有${petitions}件信访事项归入“${category.name}”，不能删除`);
    const matters = await db.riskMatters.filter((m) => m.categoryId === id).count();
    if (matters > 0) throw new InUseError(`排查台账中有${matters}件事项归入“${category.name}”，不能删除`);
    await db.categories.delete(id);
  });
}
