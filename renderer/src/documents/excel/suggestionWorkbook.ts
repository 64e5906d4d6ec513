import type ExcelJS from 'exceljs';
import { NO_VALUE } from '../../domain/statistics/figures';
import {
  columnsFor,
  suggestionLines,
  suggestionTableSentence,
  suggestionTableTitle,
  type SuggestionTableInput,
} from '../outreach/suggestionLines';
import {
  addAboutSheet,
  addTableSheet,
  DATE_FORMAT,
  excelDate,
  newWorkbook,
  xmlSafeRow,
  type SheetColumn,
} from './sheet';

/** '选煤厂退休职工座谈会征集建议答复情况表.xlsx' (the caller cleans it for the file system). */
export function suggestionTableFileName(input: Pick<SuggestionTableInput, 'subject'>, extension: 'docx' | 'xlsx') {
  return `${suggestionTableTitle(input)}.${extension}`;
}

/**
 * 征集建议答复情况表 as a workbook: a 说明 sheet with seed 000's sentence (as the 月度汇总's workbook opens), then the
 * table with the .docx's columns (documents/outreach/suggestionTable.ts), days as real dates so the office can sort
 * and filter by 完成时限; no proposer column for a reader who may not see it.
 */
export async function buildSuggestionWorkbook(input: SuggestionTableInput): Promise<ExcelJS.Workbook> {
  const workbook = newWorkbook();
  addAboutSheet(workbook, [
    ['标题', suggestionTableTitle(input)],
    ['汇总', suggestionTableSentence(input)],
    ['口径', '各条建议的办理状态均为制表日期当日的状态；已过完成时限仍未答复的标注“已超期”。'],
    ['制表', `${input.issuer} ${input.date}`],
  ]);

  const lines = suggestionLines(input);
  const columns: SheetColumn[] = columnsFor(lines).map(({ header, key, excelWidth }) => ({
    header: header.replace(/\n/gu, ''),
    key,
    width: excelWidth,
    ...(key === 'deadline' || key === 'answeredOn' ? { numFmt: DATE_FORMAT } : {}),
  }));
  const sheet = addTableSheet(workbook, '答复情况', columns);
  for (const line of lines)
    sheet.addRow(
      xmlSafeRow({
        suggestionNo: line.suggestionNo,
        topic: line.topic || NO_VALUE,
        proposer: line.proposer ?? undefined,
        department: line.department || NO_VALUE,
        measure: line.measure || NO_VALUE,
        deadline: line.deadline ? excelDate(line.deadline) : NO_VALUE,
        status: line.overdue ? `${line.status}（已超期）` : line.status,
        answer: line.answer || NO_VALUE,
        answeredOn: line.answeredOn ? excelDate(line.answeredOn) : NO_VALUE,
        feedbackWay: line.feedbackWay ?? NO_VALUE,
      }),
    );
  for (const key of ['topic', 'measure', 'answer'])
    sheet.getColumn(key).alignment = { wrapText: true, vertical: 'top' };
  return workbook;
}
