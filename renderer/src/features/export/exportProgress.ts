import type { ExportPhase } from './exportLedger';

/** Where each phase of a ledger export sits on one 0–100 bar; reading contacts happens only with personal data. */
export function exportPercent(phase: ExportPhase, done: number, total: number, withContacts: boolean): number {
  const fraction = total > 0 ? done / total : 1;
  const [start, end] =
    phase === 'contacts' ? [0, 45] : phase === 'rows' ? (withContacts ? [45, 90] : [0, 90]) : [90, 99];
  return Math.round(start + (end - start) * fraction);
}

export const PHASE_LABELS: Record<ExportPhase, string> = {
  contacts: '读取信访人联系方式',
  rows: '写入台账',
  file: '生成文件',
};
