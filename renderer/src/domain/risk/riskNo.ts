import { formatDocNo } from '../docNo';

/** The screening ledger's 代字 until the office sets its own: 排〔2026〕7号. */
export const DEFAULT_RISK_NO_PREFIX = '排';

/** A matter's number: one counter per year, never reused (a matter turned into a petition keeps its number). */
export function formatRiskNo(year: number, seq: number, prefix: string = DEFAULT_RISK_NO_PREFIX): string {
  return formatDocNo(prefix, year, seq);
}
