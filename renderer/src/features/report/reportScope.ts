import { scopeFromKey } from '../../domain/statistics';
import type { Unit } from '../../domain/types';

/** The scope as the title names it ('' for the whole organisation) and the 发文机关 that signs the report. */
export function scopeNames(scopeKey: string, units: readonly Unit[], orgName: string): { scopeName: string; issuer: string } {
  const scope = scopeFromKey(scopeKey);
  if (scope.kind === 'unitSubtree') {
    const name = units.find((u) => u.id === scope.unitId)?.name ?? '';
    return { scopeName: name, issuer: name || orgName };
  }
  if (scope.kind === 'branch') return { scopeName: scope.branch, issuer: scope.branch };
  return { scopeName: '', issuer: orgName };
}
