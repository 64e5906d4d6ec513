import type { Document } from 'docx';
import { DEFAULT_LETTER_TEMPLATES, type LetterTemplate } from '../../domain/letterTemplates';
import type { ActionPayload } from '../../domain/workflowPayloads';
import { buildPersonLetter, clause, type CaseFacts, type LetterHead } from './letterParts';

/** 不予受理告知书 (Arts. 23, 31): why the matter is not accepted and where to take it instead. */
export interface RejectionNoticeData extends LetterHead, CaseFacts, Pick<ActionPayload<'reject'>, 'reason' | 'whereToApply'> {}

export function buildRejectionNotice(
  data: RejectionNoticeData,
  template: LetterTemplate<'rejectionNotice'> = DEFAULT_LETTER_TEMPLATES.rejectionNotice,
): Document {
  return buildPersonLetter(data, template, data, {
    不予受理理由: clause(data.reason),
    受理机关: clause(data.whereToApply),
  });
}
