import type { Document } from 'docx';
import {
  DEFAULT_LETTER_TEMPLATES,
  renderTemplate,
  ROUTE_PARTS,
  type LetterTemplate,
} from '../../domain/letterTemplates';
import { DEFAULT_REJECTION_ROUTE, type ActionPayload } from '../../domain/workflowPayloads';
import { buildPersonLetter, clause, pronoun, requiredText, type CaseFacts, type LetterHead } from './letterParts';

/**
 * 不予受理告知书 (Arts. 23, 31): why the matter is not accepted and where to take it instead, in the sentence of its
 * route (申请仲裁, 提起诉讼, 申请行政复议 …), which names the body and what to file there.
 */
export interface RejectionNoticeData
  extends LetterHead, CaseFacts, Pick<ActionPayload<'reject'>, 'reason' | 'whereToApply' | 'route'> {}

export function buildRejectionNotice(
  data: RejectionNoticeData,
  template: LetterTemplate<'rejectionNotice'> = DEFAULT_LETTER_TEMPLATES.rejectionNotice,
): Document {
  const routeSentence = renderTemplate(template[ROUTE_PARTS[data.route ?? DEFAULT_REJECTION_ROUTE]], {
    人称: pronoun(data.petitioners),
    受理机关: clause(requiredText(data.whereToApply, '应向何处反映')),
  });
  return buildPersonLetter(data, template, data, {
    不予受理理由: clause(data.reason),
    救济途径: routeSentence,
  });
}
