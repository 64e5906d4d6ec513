import type { Unit } from '../types';
import type { StatScope } from './types';

function childrenByParent(units: readonly Unit[]): Map<string | null, Unit[]> {
  const children = new Map<string | null, Unit[]>();
  for (const unit of units) {
    const list = children.get(unit.parentId);
    if (list) list.push(unit);
    else children.set(unit.parentId, [unit]);
  }
  return children;
}

/**
 * The units a scope covers, or null for the whole organisation (which also counts petitions without a unit).
 * A branch (党支部) covers the units whose partyBranch is its name, and below them the units that name no branch of
 * their own (a 班组 belongs to its 区队's branch); a unit naming another branch starts that branch's part of the tree.
 */
export function scopeUnitIds(scope: StatScope, units: readonly Unit[]): ReadonlySet<string> | null {
  if (scope.kind === 'all') return null;
  const children = childrenByParent(units);
  const result = new Set<string>();
  const walk = (unit: Unit, belongs: (u: Unit) => boolean) => {
    if (!belongs(unit) || result.has(unit.id)) return;
    result.add(unit.id);
    for (const child of children.get(unit.id) ?? []) walk(child, belongs);
  };
  if (scope.kind === 'unitSubtree') {
    const root = units.find((u) => u.id === scope.unitId);
    if (root) walk(root, () => true);
    return result;
  }
  const branch = scope.branch.trim();
  for (const unit of units) {
    if (unit.partyBranch.trim() === branch)
      walk(unit, (u) => u === unit || u.partyBranch.trim() === '' || u.partyBranch.trim() === branch);
  }
  return result;
}

/** Units in tree order: each parent before its children, siblings by their order. */
export function unitsInTreeOrder(units: readonly Unit[]): Unit[] {
  const children = childrenByParent(units);
  const ids = new Set(units.map((u) => u.id));
  const result: Unit[] = [];
  const walk = (unit: Unit) => {
    result.push(unit);
    for (const child of [...(children.get(unit.id) ?? [])].sort((a, b) => a.order - b.order)) walk(child);
  };
  // A unit whose parent is missing is treated as a root, so no unit is lost.
  const roots = units.filter((u) => u.parentId === null || !ids.has(u.parentId)).sort((a, b) => a.order - b.order);
  for (const root of roots) walk(root);
  return result;
}

/** The 党支部 names the units mention, in tree order, for the scope picker. */
export function partyBranches(units: readonly Unit[]): string[] {
  const names = new Set<string>();
  for (const unit of unitsInTreeOrder(units)) {
    const name = unit.partyBranch.trim();
    if (name) names.add(name);
  }
  return [...names];
}

/** A scope as one string, for a URL, a select's value or a store key: 'all', 'unit:{id}' or 'branch:{name}'. */
export function scopeKey(scope: StatScope): string {
  if (scope.kind === 'all') return 'all';
  return scope.kind === 'unitSubtree' ? `unit:${scope.unitId}` : `branch:${scope.branch}`;
}

/** scopeKey read back; an unknown key means the whole organisation. */
export function scopeFromKey(key: string): StatScope {
  if (key.startsWith('unit:')) return { kind: 'unitSubtree', unitId: key.slice(5) };
  if (key.startsWith('branch:')) return { kind: 'branch', branch: key.slice(7) };
  return { kind: 'all' };
}
