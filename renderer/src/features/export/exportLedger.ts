import { now } from '../../services/clock';
import { today } from '../../domain/dates';
import type { LedgerRow } from '../../domain/ledgerQuery';
import type { Category, Unit } from '../../domain/types';
import { platform, type SaveFileResult } from '../../platform';
import { recordSavedFile } from '../../services/data/audit';
import { authorize, loadLedgerContacts } from '../../services/data/exports';

export type ExportPhase = 'contacts' | 'rows' | 'file';

export interface LedgerExportArgs {
  rows: readonly LedgerRow[];
  categories: readonly Category[];
  units: readonly Unit[];
  includePersonalInfo: boolean;
  onProgress: (phase: ExportPhase, done: number, total: number) => void;
}

/**
 * Builds the .xlsx of the filtered ledger and hands it to the save dialog (a download in the browser); a saved file
 * is audited with its row count and whether it carries personal data.
 */
export async function exportLedger(args: LedgerExportArgs): Promise<SaveFileResult> {
  // The rows are already in memory (records.view): exporting them is its own permission, checked before any work.
  authorize('records.export');
  // exceljs is large and only needed here, so it loads on the first export.
  const [{ buildLedgerWorkbook, ledgerFileName }, { workbookBytes }] = await Promise.all([
    import('../../documents/excel/ledgerWorkbook'),
    import('../../documents/excel/sheet'),
  ]);
  const contacts = args.includePersonalInfo
    ? await loadLedgerContacts(
        args.rows.map((r) => r.id),
        (done, total) => args.onProgress('contacts', done, total),
      )
    : undefined;
  const workbook = await buildLedgerWorkbook(
    args.rows,
    { categories: args.categories, units: args.units },
    {
      includePersonalInfo: args.includePersonalInfo,
      contacts,
      onProgress: (done, total) => args.onProgress('rows', done, total),
    },
  );
  args.onProgress('file', 0, 1);
  const bytes = await workbookBytes(workbook);
  const result = await platform.saveFile({
    suggestedName: ledgerFileName(today(now()), args.includePersonalInfo),
    bytes,
    filters: [{ name: 'Excel 工作簿', extensions: ['xlsx'] }],
  });
  if (result.saved) {
    const personal = args.includePersonalInfo ? '含身份证号和联系电话' : '不含个人信息';
    await recordSavedFile(
      {
        action: 'export',
        entity: 'ledger',
        summary: `导出台账：${args.rows.length} 件，${personal}（${result.path}）`,
      },
      now(),
    );
  }
  return result;
}
