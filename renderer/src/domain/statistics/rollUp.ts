import type { Unit } from '../types';
import { ratio } from './handling';
import type { CountRow } from './types';

/**
 * The 矿/厂 a unit belongs to: its ancestor directly under the company (a top-level unit), or the unit itself when it is
 * one of those or the company. Unknown units stand for themselves.
 */
export function mineOf(unitId: string, units: readonly Unit[]): string {
  return mineFinder(units)(unitId);
}

/** `mineOf` for many units of one tree: the tree is indexed once. */
function mineFinder(units: readonly Unit[]): (unitId: string) => string {
  const byId = new Map(units.map((u) => [u.id, u]));
  return (unitId) => {
    let unit = byId.get(unitId);
    while (unit?.parentId) {
      const parent = byId.get(unit.parentId);
      if (!parent?.parentId) return unit.id;
      unit = parent;
    }
    return unitId;
  };
}

/**
 * Per-unit counts rolled up to the 矿/厂 (issue 12 item 5): a 综采一队 matter counts for 一号矿井. Each row is the
 * sum of its units' rows; the matters naming no unit stay on their own row. Ordered as the per-unit rows are: most
 * first, ties in the unit tree's order. `pieces` is the share's base (the 件 of the period and scope).
 */
export function rollUpToMines(
  rows: readonly CountRow[],
  units: readonly Unit[],
  pieces: number,
  nameOf: (key: string | null) => string,
): CountRow[] {
  const mine = mineFinder(units);
  const counts = new Map<string | null, number>();
  for (const row of rows) {
    const key = row.key === null ? null : mine(row.key);
    counts.set(key, (counts.get(key) ?? 0) + row.count);
  }
  const order = new Map(units.map((u, i) => [u.id, i]));
  const position = (key: string | null) =>
    key === null ? Number.MAX_SAFE_INTEGER : (order.get(key) ?? Number.MAX_SAFE_INTEGER - 1);
  return [...counts]
    .map(([key, count]) => ({ key, name: nameOf(key), count, share: ratio(count, pieces) }))
    .sort((a, b) => b.count - a.count || position(a.key) - position(b.key));
}

/** The units of a 矿/厂 (itself and everything under it) that are also in `scope` (all units when null). */
export function mineUnitIds(mineId: string, units: readonly Unit[], scope: ReadonlySet<string> | null): string[] {
  const mine = mineFinder(units);
  return units.filter((u) => mine(u.id) === mineId && (!scope || scope.has(u.id))).map((u) => u.id);
}
