import { partyBranches, unitsInTreeOrder } from '../../domain/statistics';
import type { Unit } from '../../domain/types';

export interface ScopeOption {
  value: string;
  label: string;
}

/** 全公司, every unit (its subtree) and every 党支部 the units name, as the scope picker offers them. */
export function scopeOptions(units: readonly Unit[]): { label: string; options: ScopeOption[] }[] {
  const depth = new Map<string, number>();
  const ordered = unitsInTreeOrder(units);
  for (const u of ordered) depth.set(u.id, u.parentId ? (depth.get(u.parentId) ?? 0) + 1 : 0);
  return [
    { label: '全公司', options: [{ value: 'all', label: '全公司' }] },
    { label: '单位（含下属单位）', options: ordered.map((u) => ({ value: `unit:${u.id}`, label: `${'　'.repeat(depth.get(u.id) ?? 0)}${u.name}` })) },
    { label: '党支部', options: partyBranches(units).map((b) => ({ value: `branch:${b}`, label: b })) },
  ];
}

/** The scope as the title names it ('' for the whole organisation) and the 发文机关 that signs the report. */
export function scopeNames(scopeKey: string, units: readonly Unit[], orgName: string): { scopeName: string; issuer: string } {
  if (scopeKey.startsWith('unit:')) {
    const name = units.find((u) => u.id === scopeKey.slice(5))?.name ?? '';
    return { scopeName: name, issuer: name || orgName };
  }
  if (scopeKey.startsWith('branch:')) {
    const branch = scopeKey.slice(7);
    return { scopeName: branch, issuer: branch };
  }
  return { scopeName: '', issuer: orgName };
}
