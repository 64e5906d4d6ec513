import { now } from '../../services/clock';
import type { StatisticsExportInput } from '../../documents/excel/statisticsWorkbook';
import { platform, type SaveFileResult } from '../../platform';
import { safeFileName } from '../../ui/fileName';
import { recordSavedFile } from '../../services/data/audit';
import { authorize } from '../../services/data/exports';

/**
 * 导出统计表: the .xlsx of computeStatistics' output for the period and its two bases (see StatisticsExportInput),
 * handed to the save dialog (a download in the browser), and audited once saved. The dashboard passes the same
 * objects it draws.
 */
export async function exportStatistics(input: StatisticsExportInput): Promise<SaveFileResult> {
  authorize('records.export');
  // exceljs is large and only needed here, so it loads on the first export.
  const [{ buildStatisticsWorkbook, statisticsFileName }, { workbookBytes }] = await Promise.all([
    import('../../documents/excel/statisticsWorkbook'),
    import('../../documents/excel/sheet'),
  ]);
  const bytes = await workbookBytes(await buildStatisticsWorkbook(input));
  const result = await platform.saveFile({
    suggestedName: safeFileName(statisticsFileName(input)),
    bytes,
    filters: [{ name: 'Excel 工作簿', extensions: ['xlsx'] }],
  });
  if (result.saved) {
    const { period, pieces } = input.current;
    const summary = `导出统计表：${input.scopeLabel} ${period.from}至${period.to}，${pieces} 件，不含个人信息（${result.path}）`;
    await recordSavedFile({ action: 'export', entity: 'statistics', summary }, now());
  }
  return result;
}
