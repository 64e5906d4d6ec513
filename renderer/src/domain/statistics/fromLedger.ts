import type { LedgerRow } from '../ledgerQuery';
import type { StatPetition, StatReception } from './types';

export interface StatRecords {
  petitions: StatPetition[];
  receptions: StatReception[];
}

/**
 * The statistics' records from the ledger's in-memory rows (every row carries its 身份, its contacts and the clock
 * facts the figures read), so the dashboard needs no IndexedDB read: for the same petitions, computeStatistics over
 * these equals computeStatistics over toStatRecords of the stored records (tests/unit/domain/statistics).
 * A voided (作废) petition and its contacts are left out.
 * Facts and flags objects are the rows' own, so the handling due days cached per facts object (handling.ts) survive.
 */
export function statRecordsFromLedger(rows: readonly LedgerRow[]): StatRecords {
  const petitions: StatPetition[] = [];
  const receptions: StatReception[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as LedgerRow;
    // 作废: registered by mistake, so it was never a 件 (nor its contacts 批次).
    if (row.status === 'voided') continue;
    petitions.push({
      id: row.id,
      regNo: row.regNo,
      receivedAt: row.receivedAt,
      channel: row.channel,
      categoryId: row.categoryId,
      nature: row.nature,
      unitId: row.unitId,
      identityTypes: row.identityTypes,
      flags: row.flags,
      status: row.status,
      receptionCount: row.receptionCount,
      caseFacts: row.caseFacts,
      satisfaction: row.caseFacts?.followUp?.satisfaction ?? null,
    });
    for (const r of row.receptions) {
      receptions.push({
        petitionId: row.id,
        receivedAt: r.receivedAt,
        channel: r.channel,
        headcount: r.headcount,
        isRepeat: r.isRepeat,
        flags: r.flags,
      });
    }
  }
  return { petitions, receptions };
}

/** One conversion per rows array: the ledger index replaces its array on every change, so a kept one is current. */
const converted = new WeakMap<readonly LedgerRow[], StatRecords>();

/** statRecordsFromLedger, remembered for this rows array (the dashboard recomputes often over the same rows). */
export function cachedStatRecords(rows: readonly LedgerRow[]): StatRecords {
  let records = converted.get(rows);
  if (!records) {
    records = statRecordsFromLedger(rows);
    converted.set(rows, records);
  }
  return records;
}
