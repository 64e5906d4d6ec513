import type { Document } from 'docx';
import { formatChineseDate } from '../../domain/dates';
import { DEFAULT_LETTER_TEMPLATES, renderTemplate, type LetterTemplate } from '../../domain/letterTemplates';
import {
  buildLetter,
  buildPersonLetter,
  caseValues,
  clause,
  requiredText,
  type CaseFacts,
  type LetterHead,
} from './letterParts';

/**
 * 转送 (Art. 23): a matter outside the office's remit goes to the competent body with a 转送函, and the petitioner is
 * told in a 转送告知书 where it went.
 */
export interface ForwardFacts extends LetterHead, CaseFacts {
  /** 转送机关: the competent body the matter goes to. */
  toBody: string;
  /** 转送日期 'YYYY-MM-DD': the day of the 转送 step. */
  forwardedAt: string;
}

/** The 转送函 also hands over the matter itself: its summary and what the petitioner asks for. */
export interface ForwardLetterData extends ForwardFacts {
  /** 反映问题摘要; line breaks start new paragraphs. */
  summary: string;
  /** 信访诉求; line breaks start new paragraphs; empty prints 「未提出具体诉求。」 */
  demands: string;
}

/** A text carried as paragraphs of a block placeholder: each non-empty line trimmed. */
export function blockText(value: string): string {
  return value
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join('\n');
}

/** The values the 转送函 and the 转办函 share: the case told to a body, with its summary and demands. */
export function handOverValues(
  data: LetterHead & CaseFacts & { summary: string; demands: string; forwardedAt: string },
): Record<string, string> {
  const { 人称: _pronoun, ...facts } = caseValues(data);
  return {
    ...facts,
    转送日期: formatChineseDate(data.forwardedAt),
    问题摘要: blockText(requiredText(data.summary, '反映问题摘要')),
    信访诉求: blockText(data.demands) || '未提出具体诉求。',
    发文单位: clause(data.issuer),
  };
}

export function buildForwardLetter(
  data: ForwardLetterData,
  template: LetterTemplate<'forwardLetter'> = DEFAULT_LETTER_TEMPLATES.forwardLetter,
): Document {
  const toBody = clause(requiredText(data.toBody, '转送机关'));
  if (toBody === clause(data.issuer)) throw new Error('转送机关不能是本单位：属于本单位职权范围的事项应当受理');
  return buildLetter({
    head: data,
    title: template.title,
    addressee: toBody,
    text: renderTemplate(template.body, { ...handOverValues(data), 转送机关: toBody }),
  });
}

export function buildForwardNotice(
  data: ForwardFacts,
  template: LetterTemplate<'forwardNotice'> = DEFAULT_LETTER_TEMPLATES.forwardNotice,
): Document {
  return buildPersonLetter(data, template, data, {
    转送机关: clause(requiredText(data.toBody, '转送机关')),
    转送日期: formatChineseDate(data.forwardedAt),
  });
}
