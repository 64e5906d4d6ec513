import type ExcelJS from 'exceljs';
import { monthlyRiskSentence } from '../../domain/risk/summary';
import { monthlySummaryTitle, summaryTables, type MonthlySummaryInput } from '../risk/summaryTables';
import { addAboutSheet, addTableSheet, newWorkbook, xmlSafeRow } from './sheet';

/** '矛盾纠纷排查化解情况-2026年10月.xlsx' (the caller cleans it for the file system). */
export function monthlySummaryFileName(
  input: Pick<MonthlySummaryInput, 'summary'>,
  extension: 'docx' | 'xlsx',
): string {
  return `${monthlySummaryTitle(input.summary)}.${extension}`;
}

/**
 * 月度汇总 as a workbook: a first sheet with the month's sentence (seed 000's form), then one sheet per table of the
 * .docx (documents/risk/summaryTables.ts), figures as numbers so the office can sum and chart them.
 */
export async function buildMonthlySummaryWorkbook(input: MonthlySummaryInput): Promise<ExcelJS.Workbook> {
  const workbook = newWorkbook();
  addAboutSheet(workbook, [
    ['标题', monthlySummaryTitle(input.summary)],
    ['统计期间', `${input.summary.month.from} 至 ${input.summary.month.to}`],
    ['汇总', monthlyRiskSentence(input.summary)],
    ['口径', '挂号、销号按日期计入当月和本年；化解率＝销号÷挂号；月末在办为当月末尚未销号或转为信访事项的事项。'],
    ['制表', `${input.issuer} ${input.date}`],
  ]);
  for (const table of summaryTables(input)) {
    const columns = table.headers.map((header, i) => ({
      header: header.replace(/\n/gu, ''),
      key: `c${i}`,
      width: i === 0 ? 24 : 12,
    }));
    const sheet = addTableSheet(workbook, table.name, columns, false);
    for (const row of table.rows) sheet.addRow(xmlSafeRow(Object.fromEntries(row.map((v, i) => [`c${i}`, v]))));
  }
  return workbook;
}
