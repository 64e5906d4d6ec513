import { checkBranchName, mergeBranches, PARTY_BRANCHES_KEY, type PartyBranch } from '../domain/partyBranches';
import { scopeKey } from '../domain/statistics';
import type { DeskDatabase } from './database';
import { MissingRecordError } from './errors';
import type { ReportRecord } from './reports';
import { authorize, requireActor } from './session';

/*
 * 设置 → 党支部 (issue 12 item 7): the branches are a list in the settings table (PARTY_BRANCHES_KEY), the units name
 * theirs in Unit.partyBranch. Every change that touches both is one transaction.
 */

/** The branches as they stand, read inside the caller's transaction when there is one (settings and units). */
export async function readPartyBranches(db: DeskDatabase): Promise<PartyBranch[]> {
  const [row, units] = await Promise.all([db.settings.get(PARTY_BRANCHES_KEY), db.units.toArray()]);
  return mergeBranches(row?.value, units);
}

/** Every branch, retired ones too (old reports name them). Any signed-in account: a branch's name is not personal. */
export async function listPartyBranches(db: DeskDatabase): Promise<PartyBranch[]> {
  requireActor(db);
  return db.transaction('r', db.settings, db.units, () => readPartyBranches(db));
}

const store = (db: DeskDatabase, branches: readonly PartyBranch[]) =>
  db.settings.put({ key: PARTY_BRANCHES_KEY, value: branches });

/**
 * Stores the branches as read (readPartyBranches), so one known only from the units keeps its id once no unit names
 * it: call it, in the caller's transaction, before anything refers to a branch by id.
 */
export const rememberPartyBranches = store;

function findBranch(branches: readonly PartyBranch[], id: string): PartyBranch {
  const branch = branches.find((b) => b.id === id);
  if (!branch) throw new MissingRecordError('该党支部不存在，请刷新后重试');
  return branch;
}

function checkedName(name: string, branches: readonly PartyBranch[], ownId: string | null): string {
  const checked = checkBranchName(name, branches, ownId);
  if ('problem' in checked) throw new Error(checked.problem);
  return checked.name;
}

/** 添加党支部; settings.manage. Refuses an empty name or one another branch (even a retired one) has. */
export async function addPartyBranch(db: DeskDatabase, name: string): Promise<PartyBranch> {
  authorize(db, 'settings.manage');
  return db.transaction('rw', db.settings, db.units, async () => {
    const branches = await readPartyBranches(db);
    const branch: PartyBranch = { id: crypto.randomUUID(), name: checkedName(name, branches, null), retired: false };
    await store(db, [...branches, branch]);
    return branch;
  });
}

/**
 * 重命名; settings.manage. The units it covers, and its reports' scope (so its history and its draft follow it),
 * take the new name in the same transaction; an issued report keeps the name it was issued under (scopeName).
 */
export async function renamePartyBranch(db: DeskDatabase, id: string, name: string): Promise<PartyBranch> {
  authorize(db, 'settings.manage');
  return db.transaction('rw', [db.settings, db.units, db.reports], async () => {
    const branches = await readPartyBranches(db);
    const old = findBranch(branches, id);
    const renamed: PartyBranch = { ...old, name: checkedName(name, branches, id) };
    if (renamed.name === old.name) return old;
    await store(
      db,
      branches.map((b) => (b.id === id ? renamed : b)),
    );
    await db.units.filter((u) => u.partyBranch.trim() === old.name).modify({ partyBranch: renamed.name });
    const oldKey = scopeKey({ kind: 'branch', branch: old.name });
    const newKey = scopeKey({ kind: 'branch', branch: renamed.name });
    const reports = await db.reports.filter((r) => r.scopeKey === oldKey).toArray();
    for (const report of reports) {
      if (report.status === 'draft') {
        // A draft's id is its key: it moves to the new key (as the editor would save it now).
        const moved: ReportRecord = {
          ...report,
          scopeKey: newKey,
          scopeName: renamed.name,
          id: report.id.replace(`|${oldKey}`, `|${newKey}`),
        };
        await db.reports.delete(report.id);
        await db.reports.put(moved);
      } else {
        await db.reports.update(report.id, { scopeKey: newKey });
      }
    }
    return renamed;
  });
}

/**
 * 撤销 (retired true) or 恢复 a branch; settings.manage. A retired branch keeps the units it has (its figures stay
 * what they were) and its reports, but takes no new unit and no new account.
 */
export async function setPartyBranchRetired(db: DeskDatabase, id: string, retired: boolean): Promise<PartyBranch> {
  authorize(db, 'settings.manage');
  return db.transaction('rw', db.settings, db.units, async () => {
    const branches = await readPartyBranches(db);
    const changed: PartyBranch = { ...findBranch(branches, id), retired };
    await store(
      db,
      branches.map((b) => (b.id === id ? changed : b)),
    );
    return changed;
  });
}

/**
 * Puts a unit in a branch (branchId) or in none (null); settings.manage. A unit belongs to at most one branch: this
 * replaces the one it had. A retired branch takes no new unit.
 */
export async function assignUnitToBranch(db: DeskDatabase, unitId: string, branchId: string | null): Promise<void> {
  authorize(db, 'settings.manage');
  await db.transaction('rw', db.settings, db.units, async () => {
    const unit = await db.units.get(unitId);
    if (!unit) throw new MissingRecordError('该单位不存在，请刷新后重试');
    const branches = await readPartyBranches(db);
    let name = '';
    if (branchId !== null) {
      const branch = findBranch(branches, branchId);
      if (branch.retired && unit.partyBranch.trim() !== branch.name)
        throw new Error(`党支部“${branch.name}”已撤销，不能再划入单位`);
      name = branch.name;
    }
    // A branch known only from the units is registered now, so it keeps its id once no unit names it.
    await store(db, branches);
    await db.units.update(unitId, { partyBranch: name });
  });
}

/**
 * 划入单位: the branch's units become exactly these (settings.manage), in one transaction: a listed unit leaves the
 * branch it had (a unit belongs to at most one), a unit of this branch not listed belongs to none. A retired branch
 * takes no unit it does not already have.
 */
export async function setBranchUnits(db: DeskDatabase, branchId: string, unitIds: readonly string[]): Promise<void> {
  authorize(db, 'settings.manage');
  await db.transaction('rw', db.settings, db.units, async () => {
    const branches = await readPartyBranches(db);
    const branch = findBranch(branches, branchId);
    const wanted = new Set(unitIds);
    const units = await db.units.toArray();
    for (const id of wanted)
      if (!units.some((u) => u.id === id)) throw new MissingRecordError('所选单位不存在，请刷新后重试');
    const joining = units.filter((u) => wanted.has(u.id) && u.partyBranch.trim() !== branch.name);
    if (branch.retired && joining.length > 0) throw new Error(`党支部“${branch.name}”已撤销，不能再划入单位`);
    await store(db, branches);
    for (const unit of joining) await db.units.update(unit.id, { partyBranch: branch.name });
    for (const unit of units)
      if (!wanted.has(unit.id) && unit.partyBranch.trim() === branch.name)
        await db.units.update(unit.id, { partyBranch: '' });
  });
}
