import type { Document } from 'docx';
import { formatChineseDate } from '../../domain/dates';
import { DEFAULT_LETTER_TEMPLATES, type LetterTemplate } from '../../domain/letterTemplates';
import { REDACTED } from './confidentiality';
import { buildSheet, fullRow, pairRow, type SheetCase } from './sheetParts';

/** 交办单: hands a case to the handling department with its 包案领导, handler and due date (docs/domain.md §7). */
export interface AssignmentSheetData extends SheetCase {
  /** 信访来源: the channel, or the forwarding body with its 文号 and date for 上级转送/交办. */
  source: string;
  /** 诉求 */
  demands: string;
  /** 承办人 */
  handler: string;
  /** 领导批示; empty leaves the row blank for the leader to write in. */
  instruction: string;
}

export function buildAssignmentSheet(
  data: AssignmentSheetData,
  template: LetterTemplate<'assignmentSheet'> = DEFAULT_LETTER_TEMPLATES.assignmentSheet,
): Document {
  return buildSheet({
    data,
    template,
    values: { 交办单位: data.issuer },
    rows: (view) => [
      pairRow('登记编号', data.regNo, '信访来源', data.source),
      pairRow('信访人', view.names, '收到日期', formatChineseDate(data.receivedAt)),
      pairRow('联系电话', view.phone, '住址', view.address),
      fullRow('反映问题\n摘要', view.summary, 3),
      // The demands are the complainant's own material as much as the summary is (Art. 30).
      fullRow('信访诉求', view.hidden ? REDACTED : data.demands, 2),
      pairRow('承办单位', data.unitName, '包案领导', data.leader),
      pairRow('承办人', data.handler, '办理期限', formatChineseDate(data.dueDate)),
      // An empty instruction leaves room for the leader to write one by hand.
      fullRow('领导批示', data.instruction, data.instruction.trim() ? 2 : 4),
    ],
  });
}
