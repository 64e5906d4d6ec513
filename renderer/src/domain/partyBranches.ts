import { TEXT_LIMITS } from './textLimits';
import type { Unit } from './types';
import { cleanText, hasVisibleCharacter } from './xmlSafeText';

/**
 * 党支部 (docs/domain.md §1, §9): the branches the 管理员 keeps in 设置 → 党支部. A unit names its branch in
 * Unit.partyBranch (so each unit belongs to at most one), and a branch covers those units and the units below them
 * that name no branch of their own (statistics/scope.ts). A retired (已撤销) branch takes no new unit and no new
 * account, but stays readable: its issued reports keep its name.
 */
export interface PartyBranch {
  /** Stable across renames: a 党支部书记 account is bound to it (UserAccount.partyBranchId). */
  id: string;
  name: string;
  /** 已撤销. */
  retired: boolean;
}

/** The settings row that holds the registered branches. */
export const PARTY_BRANCHES_KEY = 'partyBranches';

/** The id a branch named only by units (before the registry, or the default tree) has until it is first stored. */
export const namedBranchId = (name: string) => `named:${name}`;

/**
 * The branches as they stand: the registered ones in their order, then every other name the units give (in the
 * order the units come), as an active branch. A registry entry that is malformed is left out.
 */
export function mergeBranches(stored: unknown, units: readonly Unit[]): PartyBranch[] {
  const branches: PartyBranch[] = Array.isArray(stored)
    ? stored.filter(isBranch).map((b) => ({ id: b.id, name: b.name, retired: b.retired }))
    : [];
  const names = new Set(branches.map((b) => b.name));
  for (const unit of units) {
    const name = unit.partyBranch.trim();
    if (name && !names.has(name)) {
      names.add(name);
      branches.push({ id: namedBranchId(name), name, retired: false });
    }
  }
  return branches;
}

function isBranch(value: unknown): value is PartyBranch {
  if (value === null || typeof value !== 'object') return false;
  const b = value as Record<string, unknown>;
  return typeof b.id === 'string' && typeof b.name === 'string' && typeof b.retired === 'boolean';
}

/** A branch's name as stored, or the Chinese reason it cannot be one (empty, too long, another branch's). */
export function checkBranchName(
  input: string,
  branches: readonly PartyBranch[],
  ownId: string | null,
): { name: string } | { problem: string } {
  const name = cleanText(input);
  if (!hasVisibleCharacter(name)) return { problem: '请填写党支部名称' };
  if (name.length > TEXT_LIMITS.partyBranch) return { problem: `党支部名称不能超过${TEXT_LIMITS.partyBranch}字` };
  const other = branches.find((b) => b.name === name && b.id !== ownId);
  if (other) return { problem: `已有名为“${name}”的党支部${other.retired ? '（已撤销）' : ''}，请换一个名称` };
  return { name };
}

/** The units that name this branch themselves (the ones 设置 assigns), in the units' order. */
export function unitsNamingBranch(name: string, units: readonly Unit[]): Unit[] {
  return units.filter((u) => u.partyBranch.trim() === name);
}

/** How a picker labels a branch: its name, and （已撤销） once retired. */
export const branchLabel = (branch: PartyBranch) => (branch.retired ? `${branch.name}（已撤销）` : branch.name);
