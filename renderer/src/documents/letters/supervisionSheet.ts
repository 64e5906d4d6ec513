import type { Document } from 'docx';
import { formatChineseDate } from '../../domain/dates';
import { DEFAULT_LETTER_TEMPLATES, type LetterTemplate } from '../../domain/letterTemplates';
import type { SUPERVISION_METHODS } from '../../domain/workflowPayloads';
import { buildSheet, fullRow, pairRow, type SheetCase } from './sheetParts';

/** 督办单: presses the handling unit on a case, recording the 督办 method, date and content (docs/domain.md §5). */
export interface SupervisionSheetData extends SheetCase {
  /** 文号 of the 交办单 the case went out with; empty when it was assigned without one. */
  assignmentDocNo: string;
  method: (typeof SUPERVISION_METHODS)[number];
  /** 督办日期 'YYYY-MM-DD' */
  supervisedOn: string;
  /** 督办内容 */
  content: string;
  /** 反馈期限 'YYYY-MM-DD' */
  feedbackDue: string;
}

export function buildSupervisionSheet(
  data: SupervisionSheetData,
  template: LetterTemplate<'supervisionSheet'> = DEFAULT_LETTER_TEMPLATES.supervisionSheet,
): Document {
  const supervisedOn = formatChineseDate(data.supervisedOn);
  const feedbackDue = formatChineseDate(data.feedbackDue);
  return buildSheet({
    data,
    template,
    values: { 督办单位: data.issuer, 督办方式: data.method, 督办日期: supervisedOn, 反馈期限: feedbackDue },
    rows: (view) => [
      pairRow('登记编号', data.regNo, '交办文号', data.assignmentDocNo || '—'),
      pairRow('信访人', view.names, '收到日期', formatChineseDate(data.receivedAt)),
      fullRow('反映问题\n摘要', view.summary, 3),
      pairRow('承办单位', data.unitName, '包案领导', data.leader),
      pairRow('办理期限', formatChineseDate(data.dueDate), '督办方式', data.method),
      pairRow('督办日期', supervisedOn, '反馈期限', feedbackDue),
      fullRow('督办内容', data.content, 3),
    ],
  });
}
