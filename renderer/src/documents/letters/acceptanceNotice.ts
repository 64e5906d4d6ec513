import type { Document } from 'docx';
import { formatChineseDate } from '../../domain/dates';
import { DEFAULT_LETTER_TEMPLATES, type LetterTemplate } from '../../domain/letterTemplates';
import { dueDayText } from './dueText';
import { buildPersonLetter, type CaseFacts, type LetterHead } from './letterParts';

/** 受理告知书 (Art. 23): the matter is accepted and will be handled within the period. */
export interface AcceptanceNoticeData extends LetterHead, CaseFacts {
  /** 受理日期 'YYYY-MM-DD' */
  acceptedAt: string;
  /** 办结期限 from the deadline engine, 'YYYY-MM-DD' */
  dueDate: string;
  /** The day the period ran out when it was a rest day and moved on to the next working day, else null (dueText.ts). */
  rolledFromDay?: string | null;
}

export function buildAcceptanceNotice(
  data: AcceptanceNoticeData,
  template: LetterTemplate<'acceptanceNotice'> = DEFAULT_LETTER_TEMPLATES.acceptanceNotice,
): Document {
  return buildPersonLetter(data, template, data, {
    受理日期: formatChineseDate(data.acceptedAt),
    // The template prints the day inside its own parentheses: 「（办理期限至{办理期限}）」.
    办理期限: dueDayText(data.dueDate, data.rolledFromDay, 'inline'),
  });
}
