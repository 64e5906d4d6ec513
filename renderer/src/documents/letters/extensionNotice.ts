import type { Document } from 'docx';
import { formatChineseDate } from '../../domain/dates';
import { DEFAULT_LETTER_TEMPLATES, type LetterTemplate } from '../../domain/letterTemplates';
import type { ActionPayload } from '../../domain/workflowPayloads';
import { dueDayText } from './dueText';
import { buildPersonLetter, clause, type CaseFacts, type LetterHead } from './letterParts';

/** Art. 34: one extension of at most 30 days. */
const MAX_EXTENSION_DAYS = 30;

/** 延期办理告知书 (Art. 34): the reason, who approved it, and the new due date. */
export interface ExtensionNoticeData
  extends LetterHead, CaseFacts, Pick<ActionPayload<'extend'>, 'approver' | 'reason' | 'days'> {
  /** 受理日期 'YYYY-MM-DD' */
  acceptedAt: string;
  /** 办结期限 before the extension, 'YYYY-MM-DD' */
  originalDueDate: string;
  /** 办结期限 after it, from the deadline engine, 'YYYY-MM-DD' */
  newDueDate: string;
  /**
   * The day the extended period ran out when that was a rest day or holiday and the deadline moved to the next
   * working day (docs/domain.md §5), else null: the letter says why its date is not the original plus the days.
   */
  rolledFromDay?: string | null;
}

export function buildExtensionNotice(
  data: ExtensionNoticeData,
  template: LetterTemplate<'extensionNotice'> = DEFAULT_LETTER_TEMPLATES.extensionNotice,
): Document {
  if (!Number.isInteger(data.days) || data.days < 1 || data.days > MAX_EXTENSION_DAYS) {
    throw new Error(`延期天数应为1至${MAX_EXTENSION_DAYS}日（《信访工作条例》第三十四条），现为${data.days}日`);
  }
  return buildPersonLetter(data, template, data, {
    受理日期: formatChineseDate(data.acceptedAt),
    原办结期限: formatChineseDate(data.originalDueDate),
    延期天数: String(data.days),
    延期理由: clause(data.reason),
    批准人: data.approver.trim(),
    新办结期限: dueDayText(data.newDueDate, data.rolledFromDay),
  });
}
