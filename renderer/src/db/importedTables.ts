/**
 * The tables an import batch creates records in and its undo deletes them from: audited in bulk (db/audit/bulkAudit.ts).
 * The batch record itself (importBatches) and the year counters (settings) keep their one record each.
 */
export const IMPORTED_TABLES: readonly string[] = ['petitions', 'receptions', 'caseEvents', 'petitioners'];
