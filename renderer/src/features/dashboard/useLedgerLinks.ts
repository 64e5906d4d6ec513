import { useSession } from '../../services/session/SessionContext';
import { can } from '../../domain/access/roles';

/**
 * Whether the dashboard's counts lead to the ledger: only for an account that may open it (a 党支部书记 reads its
 * branch's figures but no record, so its counts are plain numbers, not links to 无权访问).
 */
export function useLedgerLinks(): boolean {
  return can(useSession().actor.role, 'records.view');
}
