import { branchLabel, type PartyBranch } from '../domain/partyBranches';
import { partyBranches, scopeKey, unitsInTreeOrder } from '../domain/statistics';
import type { Unit } from '../domain/types';

export interface ScopeOption {
  value: string;
  label: string;
}

/**
 * The scope picker's options, values being scopeKey strings: 全公司, every unit with everything under it (indented
 * by depth) and every 党支部: the ones given (设置 → 党支部, a retired one marked 已撤销 so its old reports stay
 * readable), else the ones the units name. The dashboard and the quarterly report offer the same list.
 */
export function scopeOptions(
  units: readonly Unit[],
  registered?: readonly PartyBranch[],
): { label: string; title: string; options: ScopeOption[] }[] {
  const depth = new Map<string, number>();
  const ordered = unitsInTreeOrder(units);
  for (const u of ordered) depth.set(u.id, u.parentId ? (depth.get(u.parentId) ?? 0) + 1 : 0);
  const branches: ScopeOption[] = registered
    ? registered.map((b) => ({ value: scopeKey({ kind: 'branch', branch: b.name }), label: branchLabel(b) }))
    : partyBranches(units).map((b) => ({ value: scopeKey({ kind: 'branch', branch: b }), label: b }));
  return [
    { label: '全公司', title: '全公司', options: [{ value: 'all', label: '全公司' }] },
    {
      label: '单位（含下属单位）',
      title: '单位（含下属单位）',
      options: ordered.map((u) => ({ value: `unit:${u.id}`, label: `${'　'.repeat(depth.get(u.id) ?? 0)}${u.name}` })),
    },
    ...(branches.length > 0 ? [{ label: '党支部', title: '党支部', options: branches }] : []),
  ];
}
