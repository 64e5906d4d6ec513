import type { Setting } from '../../domain/types';
import type { DeskDatabase } from '../database';

/**
 * The settings rows that count issued numbers: 登记编号 per year (regNo:2026), 文号 per kind and year
 * (docNo:acceptanceNotice:2026, docNo:analysisReport:2026), the screening ledger's 排〔2026〕n号 (riskNo:2026) and
 * 走出去's 走〔2026〕n号 and 建〔2026〕n号 (activityNo:2026, suggestionNo:2026). Each holds the last number issued.
 */
const COUNTER_PREFIXES = ['regNo:', 'docNo:', 'riskNo:', 'activityNo:', 'suggestionNo:'] as const;

export const isNumberCounter = (key: string): boolean => COUNTER_PREFIXES.some((prefix) => key.startsWith(prefix));

/**
 * The counters this desk holds now, read inside the restore's transaction. They are its high-water marks: a counter
 * only ever moves up (registration and issue advance it in the transaction that takes the number), so each is the
 * highest number ever issued on this desk for its year and kind, whatever has been restored since.
 */
export async function storedNumberMarks(db: DeskDatabase): Promise<Setting[]> {
  const rows = await Promise.all(
    COUNTER_PREFIXES.map((prefix) => db.settings.where('key').startsWith(prefix).toArray()),
  );
  return rows.flat();
}

/**
 * The settings a restore writes: the backup's, with every number counter merged with the desk's by max(), and the
 * desk's counters the backup lacks (a year or kind first numbered after the backup) kept. So a restore never lowers
 * a counter, and no 登记编号, 文号 or 排查 number printed before it is issued again, in any year.
 */
export function withNumberMarks(incoming: readonly unknown[], marks: readonly Setting[]): unknown[] {
  const mark = new Map(
    marks.filter((row) => typeof row.value === 'number').map((row) => [row.key, row.value as number]),
  );
  const merged = incoming.map((record) => {
    const row = record as Setting;
    if (!isNumberCounter(row.key) || !mark.has(row.key)) return record;
    const kept = mark.get(row.key) as number;
    mark.delete(row.key);
    return typeof row.value === 'number' && row.value >= kept ? record : { ...row, value: kept };
  });
  for (const [key, value] of mark) merged.push({ key, value });
  return merged;
}
