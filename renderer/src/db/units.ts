import { TEXT_LIMITS } from '../domain/textLimits';
import type { Unit } from '../domain/types';
import { cleanText, hasVisibleCharacter } from '../domain/xmlSafeText';
import type { DeskDatabase } from './database';
import { InUseError, MissingRecordError } from './errors';
import { readPartyBranches } from './partyBranches';
import { authorize, requireActor } from './session';

/** Every unit, ordered by parent then position; the UI builds the tree. Any signed-in account. */
export async function listUnits(db: DeskDatabase): Promise<Unit[]> {
  requireActor(db);
  const units = await db.units.toArray();
  return units.sort((a, b) => (a.parentId ?? '').localeCompare(b.parentId ?? '') || a.order - b.order);
}

/** Inserts (id '' or unknown gets a new id) or updates a unit; refuses a parent that would make a cycle. settings.manage. */
export async function saveUnit(db: DeskDatabase, unit: Unit): Promise<Unit> {
  authorize(db, 'settings.manage');
  const name = cleanText(unit.name);
  const partyBranch = cleanText(unit.partyBranch);
  if (!hasVisibleCharacter(name)) throw new Error('请填写单位名称');
  if (name.length > TEXT_LIMITS.referenceName) throw new Error(`单位名称不能超过${TEXT_LIMITS.referenceName}字`);
  if (partyBranch.length > TEXT_LIMITS.partyBranch) throw new Error(`所属党组织不能超过${TEXT_LIMITS.partyBranch}字`);
  return db.transaction('rw', db.units, db.settings, async () => {
    const record: Unit = { ...unit, name, partyBranch, id: unit.id || crypto.randomUUID() };
    const before = unit.id ? await db.units.get(unit.id) : undefined;
    if (partyBranch && partyBranch !== before?.partyBranch.trim()) {
      const branch = (await readPartyBranches(db)).find((b) => b.name === partyBranch);
      if (branch?.retired) throw new Error(`党支部“${branch.name}”已撤销，不能再划入单位`);
    }
    let parentId = record.parentId;
    while (parentId !== null) {
      if (parentId === record.id) throw new Error('不能把单位移到它自己的下级单位之下');
      const parent = await db.units.get(parentId);
      if (!parent) throw new MissingRecordError('上级单位不存在');
      parentId = parent.parentId;
    }
    await db.units.put(record);
    return record;
  });
}

/**
 * Deletes a unit unless a lower unit, a petition, a petitioner, a screening-ledger matter, a screening, an emergency,
 * an activity, a suggestion or a help still refers to it. settings.manage.
 */
export async function deleteUnit(db: DeskDatabase, id: string): Promise<void> {
  authorize(db, 'settings.manage');
  const tables = [
    db.units,
    db.petitions,
    db.petitioners,
    db.riskMatters,
    db.screenings,
    db.emergencies,
    db.activities,
    db.suggestions,
    db.helps,
  ];
  await db.transaction('rw', tables, async () => {
    const unit = await db.units.get(id);
    if (!unit) return;
    if ((await db.units.where('parentId').equals(id).count()) > 0) {
      throw new InUseError(`“${unit.name}”下还有下级单位，不能删除`);
    }
    const petitions = await db.petitions.where('unitId').equals(id).count();
    if (petitions > 0) throw new InUseError(`已有${petitions}件信访事项涉及“${unit.name}”，不能删除`);
    // petitioners.unitId has no index in version 1; deleting a unit is rare enough for one scan.
    if (await db.petitioners.filter((p) => p.unitId === id).first()) {
      throw new InUseError(`还有信访人登记在“${unit.name}”，不能删除`);
    }
    // The screening ledger has no unit index either: one scan of each, for a rare delete.
    const matters = await db.riskMatters.filter((m) => m.unitId === id).count();
    if (matters > 0) throw new InUseError(`排查台账中有${matters}件事项涉及“${unit.name}”，不能删除`);
    if (await db.screenings.filter((s) => s.unitIds.includes(id)).first())
      throw new InUseError(`有排查记录的范围包括“${unit.name}”，不能删除`);
    if (await db.emergencies.filter((e) => e.unitIds.includes(id)).first())
      throw new InUseError(`有突发信访事件涉及“${unit.name}”，不能删除`);
    for (const [table, what] of [
      [db.activities, '走访座谈活动'],
      [db.suggestions, '意见建议'],
      [db.helps, '帮扶救助记录'],
    ] as const) {
      const n = await table.where('unitId').equals(id).count();
      if (n > 0) throw new InUseError(`有${n}条${what}涉及“${unit.name}”，不能删除`);
    }
    await db.units.delete(id);
  });
}
