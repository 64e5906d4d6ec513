import type { AuditActorOption, AuditFilter } from '../../db/audit/listAudit';
import { entityLabel } from '../../domain/audit/entities';
import { AUDIT_ACTIONS } from '../../domain/audit/record';

/** The filter in words, for the exported file and its audit record: '全部记录' or '时间 …；操作人 …'. */
export function auditFilterText(filter: AuditFilter, actors: readonly AuditActorOption[]): string {
  const parts: string[] = [];
  if (filter.from || filter.to) parts.push(`时间 ${filter.from ?? '最早'} 至 ${filter.to ?? '最近'}`);
  if (filter.actorId)
    parts.push(`操作人 ${actors.find((a) => a.id === filter.actorId)?.displayName ?? filter.actorId}`);
  if (filter.action) parts.push(`操作 ${AUDIT_ACTIONS[filter.action]}`);
  if (filter.entity) parts.push(`对象 ${entityLabel(filter.entity)}`);
  return parts.length > 0 ? parts.join('；') : '全部记录';
}
