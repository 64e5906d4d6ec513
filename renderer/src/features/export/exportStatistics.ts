import type { StatisticsExportInput } from '../../documents/excel/statisticsWorkbook';
import { platform, type SaveFileResult } from '../../platform';
import { safeFileName } from '../../ui/fileName';

/**
 * 导出统计表: the .xlsx of computeStatistics' output for the period and its two bases (see StatisticsExportInput),
 * handed to the save dialog (a download in the browser). The dashboard passes the same objects it draws.
 */
export async function exportStatistics(input: StatisticsExportInput): Promise<SaveFileResult> {
  // exceljs is large and only needed here, so it loads on the first export.
  const [{ buildStatisticsWorkbook, statisticsFileName }, { workbookBytes }] = await Promise.all([
    import('../../documents/excel/statisticsWorkbook'),
    import('../../documents/excel/sheet'),
  ]);
  const bytes = await workbookBytes(await buildStatisticsWorkbook(input));
  return platform.saveFile({
    suggestedName: safeFileName(statisticsFileName(input)),
    bytes,
    filters: [{ name: 'Excel 工作簿', extensions: ['xlsx'] }],
  });
}
