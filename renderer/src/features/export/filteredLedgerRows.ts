import { queryLedger, type LedgerQuery, type LedgerRow } from '../../domain/ledgerQuery';

/** Every row the ledger page shows for the query, across all its pages, in the page's order. */
export function filteredLedgerRows(rows: readonly LedgerRow[], query: LedgerQuery): LedgerRow[] {
  return queryLedger(rows, { ...query, page: 1, pageSize: Math.max(1, rows.length) }).rows;
}
