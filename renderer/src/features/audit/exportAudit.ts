import { now } from '../../services/clock';
import type { AuditFilter } from '../../db/audit/listAudit';
import { today } from '../../domain/dates';
import { platform, type SaveFileResult } from '../../platform';
import { auditNames, loadAuditRecords, recordSavedFile } from '../../services/data/audit';

/**
 * 导出 of the 审计日志: the records matching the filter, newest first, as an .xlsx handed to the save dialog (a
 * download in the browser). The export is itself audited once the file is saved.
 */
export async function exportAuditTrail(
  filter: AuditFilter,
  filterText: string,
  onProgress: (done: number, total: number) => void,
): Promise<{ result: SaveFileResult; count: number }> {
  // exceljs is large and only needed here, so it loads on the first export.
  const [{ auditFileName, buildAuditWorkbook }, { workbookBytes }] = await Promise.all([
    import('../../documents/excel/auditWorkbook'),
    import('../../documents/excel/sheet'),
  ]);
  const records = await loadAuditRecords(filter, onProgress);
  const bytes = await workbookBytes(buildAuditWorkbook(records, filterText, await auditNames(records)));
  const result = await platform.saveFile({
    suggestedName: auditFileName(today(now())),
    bytes,
    filters: [{ name: 'Excel 工作簿', extensions: ['xlsx'] }],
  });
  if (result.saved) {
    await recordSavedFile(
      {
        action: 'export',
        entity: 'audit',
        summary: `导出审计日志：${records.length} 条，${filterText}（${result.path}）`,
      },
      now(),
    );
  }
  return { result, count: records.length };
}
