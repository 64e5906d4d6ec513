import { useReferenceData } from '../../services/ReferenceData';
import { useSession } from '../../services/session/SessionContext';
import { isBranchBound } from '../../domain/access/roles';
import { branchLabel } from '../../domain/partyBranches';
import { scopeFromKey, scopeKey } from '../../domain/statistics';
import type { Unit } from '../../domain/types';
import { scopeOptions } from '../../ui/scopeOptions';
import { usePartyBranches } from './usePartyBranches';

/** The scope as the title names it ('' for the whole organisation) and the 发文机关 that signs the report. */
export function scopeNames(
  scopeKey: string,
  units: readonly Unit[],
  orgName: string,
): { scopeName: string; issuer: string } {
  const scope = scopeFromKey(scopeKey);
  if (scope.kind === 'unitSubtree') {
    const name = units.find((u) => u.id === scope.unitId)?.name ?? '';
    return { scopeName: name, issuer: name || orgName };
  }
  if (scope.kind === 'branch') return { scopeName: scope.branch, issuer: scope.branch };
  return { scopeName: '', issuer: orgName };
}

export type ReportScopeChoice =
  | { status: 'loading' }
  | { status: 'refused'; message: string }
  | { status: 'ready'; scopeKey: string; options: ReturnType<typeof scopeOptions>; fixed: boolean };

/**
 * The scope the report page and the dashboard show and the ones they offer. A branch-bound account (党支部书记) has one, fixed: its own
 * branch's (the repositories refuse any other); everyone else picks the whole organisation, a unit with the units
 * below it, or a 党支部 (the union of its units), the requested one or 全公司.
 */
export function useStatisticsScope(requested: string | null): ReportScopeChoice {
  const { actor } = useSession();
  const { units } = useReferenceData();
  const { branches, error } = usePartyBranches();
  if (!isBranchBound(actor.role))
    return {
      status: 'ready',
      scopeKey: requested ?? 'all',
      options: scopeOptions(units, branches ?? undefined),
      fixed: false,
    };
  if (error) return { status: 'refused', message: error };
  if (branches === null) return { status: 'loading' };
  const own = branches.find((b) => b.id === actor.partyBranchId);
  if (!own)
    return {
      status: 'refused',
      message: '本账号未指定所属党支部（或该党支部已不存在），请联系管理员在“账号管理”中设置',
    };
  const key = scopeKey({ kind: 'branch', branch: own.name });
  return {
    status: 'ready',
    scopeKey: key,
    options: [{ label: '党支部', title: '党支部', options: [{ value: key, label: branchLabel(own) }] }],
    fixed: true,
  };
}
