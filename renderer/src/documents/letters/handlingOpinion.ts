import type { Document } from 'docx';
import { formatChineseDate } from '../../domain/dates';
import { reviewBodyProblem } from '../../domain/reviewRouting';
import { DEFAULT_LETTER_TEMPLATES, renderTemplate, type LetterTemplate } from '../../domain/letterTemplates';
import type { ActionPayload, REPLY_OUTCOMES } from '../../domain/workflowPayloads';
import { buildPersonLetter, clause, numberedLines, requiredText, type CaseFacts, type LetterHead } from './letterParts';

type ReplyOutcome = (typeof REPLY_OUTCOMES)[number];
export type ClaimOpinion = ActionPayload<'reply'>['claims'][number];

/** How each outcome of Art. 32 reads inside the sentence 「对“…”的请求，{处理结果}。」 */
export const OUTCOME_PHRASES: Record<ReplyOutcome, string> = {
  予以支持: '予以支持',
  解释说明: '作出解释说明',
  不予支持: '不予支持',
};

/** 信访事项处理意见书 / 答复意见书 (Arts. 31(6), 32, 35). */
export interface HandlingOpinionData extends LetterHead, CaseFacts {
  /** 受理日期 'YYYY-MM-DD' */
  acceptedAt: string;
  /** The accepted claims in order, each with its outcome and opinion. */
  claims: ClaimOpinion[];
  /** 调查认定的事实; line breaks start new paragraphs. */
  facts: string;
  /** 处理依据: the laws, regulations and policies relied on; line breaks start new paragraphs. */
  basis: string;
  /** 复查机关 (Art. 35): the unit above the one that handled the matter. */
  reviewBody: string;
}

/** One paragraph per claim: a line break inside an opinion would split the claim's answer in two. */
const oneParagraph = (text: string) => text.trim().replace(/\s*\n\s*/gu, '');

export function buildHandlingOpinion(
  data: HandlingOpinionData,
  template: LetterTemplate<'handlingOpinion'> = DEFAULT_LETTER_TEMPLATES.handlingOpinion,
): Document {
  if (data.claims.length === 0) throw new Error('处理意见书应逐项答复信访请求，请至少填写一项请求');
  // Art. 35: the 复查 goes one level up, never back to the unit that decided (the issuer).
  const reviewProblem = reviewBodyProblem(data.issuer, data.reviewBody);
  if (reviewProblem) throw new Error(reviewProblem);
  const opinions = data.claims.map((c, i) =>
    oneParagraph(
      renderTemplate(template.claim, {
        序号: String(i + 1),
        诉求: clause(c.claim),
        处理结果: OUTCOME_PHRASES[c.outcome],
        处理意见: oneParagraph(c.opinion),
      }),
    ),
  );
  return buildPersonLetter(data, template, data, {
    受理日期: formatChineseDate(data.acceptedAt),
    信访请求: numberedLines(data.claims.map((c) => c.claim)),
    查明事实: requiredText(data.facts, '调查认定的事实'),
    处理依据: requiredText(data.basis, '处理依据'),
    逐项处理意见: opinions.join('\n'),
    复查机关: clause(requiredText(data.reviewBody, '复查机关')),
  });
}
