import type { Document } from 'docx';
import { formatChineseDate } from '../../domain/dates';
import { recheckBodyProblem, reviewBodyProblem } from '../../domain/reviewRouting';
import { DEFAULT_LETTER_TEMPLATES, type LetterTemplate } from '../../domain/letterTemplates';
import type { REVIEW_OUTCOMES } from '../../domain/workflowPayloads';
import { buildPersonLetter, clause, requiredText, type CaseFacts, type LetterHead } from './letterParts';

/**
 * 复查意见书 (Art. 35), issued in the name of the 复查 body (LetterHead.issuer), with the right to ask for 复核
 * (Art. 36). Refused when the issuer is the unit that decided, or the 复核 body is the issuer.
 */
export interface ReviewOpinionData extends LetterHead, CaseFacts {
  /** 原处理单位: who issued the opinion under review. */
  originalUnit: string;
  /** 文号 of the 处理意见书 under review. */
  originalDocNo: string;
  /** 收到复查请求的日期 'YYYY-MM-DD' */
  requestReceivedAt: string;
  /** 复查请求及理由; line breaks start new paragraphs. */
  requestReason: string;
  /** 复查认定的事实; line breaks start new paragraphs. */
  facts: string;
  /** 维持 / 变更 / 撤销 the original opinion. */
  outcome: (typeof REVIEW_OUTCOMES)[number];
  /** The review's own opinion: what is kept, changed or redone; line breaks start new paragraphs. */
  opinion: string;
  /** 复核机关 (Art. 36): the unit above the reviewer. */
  recheckBody: string;
}

export function buildReviewOpinion(
  data: ReviewOpinionData,
  template: LetterTemplate<'reviewOpinion'> = DEFAULT_LETTER_TEMPLATES.reviewOpinion,
): Document {
  const problem =
    reviewBodyProblem(data.originalUnit, data.issuer) ?? recheckBodyProblem(data.issuer, data.recheckBody);
  if (problem) throw new Error(problem);
  return buildPersonLetter(data, template, data, {
    原处理单位: clause(data.originalUnit),
    原处理文号: requiredText(data.originalDocNo, '原处理意见书文号'),
    复查请求日期: formatChineseDate(data.requestReceivedAt),
    复查请求理由: data.requestReason.trim(),
    查明事实: requiredText(data.facts, '复查认定的事实'),
    复查结论: data.outcome,
    复查意见: requiredText(data.opinion, '复查意见'),
    复核机关: clause(requiredText(data.recheckBody, '复核机关')),
  });
}
