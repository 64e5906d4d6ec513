import { useEffect, useState } from 'react';
import type { AuditActorOption, AuditFilter, AuditPage } from '../../db/audit/listAudit';
import type { AuditNames } from '../../domain/audit/display';
import { errorText } from '../../db/errors';
import { auditNames, listAudit, listAuditActors } from '../../services/data/audit';

const reason = (error: unknown) => errorText(error);

/**
 * One page of the trail for the filter; `version` reloads it (after an export, which adds a record). Only the page's
 * records are read (listAudit), so the page stays quick at 100,000 records; with them, what the ids they hold are called
 * (auditNames), so each record is named, never shown by its id.
 */
export function useAuditList(filter: AuditFilter, page: number, pageSize: number, version: number) {
  const key = JSON.stringify({ filter, page, pageSize, version });
  const [result, setResult] = useState<{
    key: string;
    data: (AuditPage & { names: AuditNames }) | null;
    error: string | null;
  } | null>(null);
  useEffect(() => {
    let current = true;
    listAudit(filter, { offset: (page - 1) * pageSize, limit: pageSize })
      .then(async (found) => ({ ...found, names: await auditNames(found.records) }))
      .then(
        (data) => current && setResult({ key, data, error: null }),
        (error: unknown) => current && setResult({ key, data: null, error: `读取审计日志失败：${reason(error)}` }),
      );
    return () => {
      current = false;
    };
  }, [key, filter, page, pageSize]);
  // While the next page loads, the last one stays on screen under the table's spinner.
  return { data: result?.data ?? null, error: result?.error ?? null, loading: result?.key !== key };
}

/** The accounts the 操作人 filter offers. */
export function useAuditActors() {
  const [state, setState] = useState<{ actors: AuditActorOption[]; error: string | null }>({ actors: [], error: null });
  useEffect(() => {
    let current = true;
    listAuditActors().then(
      (actors) => current && setState({ actors, error: null }),
      (error: unknown) => current && setState({ actors: [], error: `读取账号列表失败：${reason(error)}` }),
    );
    return () => {
      current = false;
    };
  }, []);
  return state;
}
