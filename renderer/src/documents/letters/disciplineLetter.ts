import type { Document } from 'docx';
import { DEFAULT_LETTER_TEMPLATES, renderTemplate, type LetterTemplate } from '../../domain/letterTemplates';
import { handOverValues } from './forwardLetters';
import { disciplineAddresseeProblem } from './confidentiality';
import { buildLetter, clause, requiredText, type CaseFacts, type LetterHead } from './letterParts';

/**
 * 检举控告转办函 (Art. 30, docs/domain.md §3): a 检举控告 goes to 纪检监察 (or 组织/人事 for a cadre) and to nobody else. It
 * names the complainant to that body only; it has no 抄送, and the builder refuses to address it to the accused.
 */
export interface DisciplineLetterData extends LetterHead, CaseFacts {
  /** 主送: the 纪检监察 body (or 组织人事部门) as the office names it, e.g. 集团公司纪委. */
  toBody: string;
  /** 转办日期 'YYYY-MM-DD' */
  forwardedAt: string;
  /** 检举控告内容摘要; line breaks start new paragraphs. */
  summary: string;
  /** The complainant's requests; may be empty. */
  demands: string;
  /** The units and people the matter accuses (the case's unit, and any named); the letter may go to none of them. */
  accused: readonly string[];
  /** The addressee is the accused unit, inside it or above it in the unit tree (fromCase decides from the tree). */
  addresseeIsAccused: boolean;
}

export function buildDisciplineLetter(
  data: DisciplineLetterData,
  template: LetterTemplate<'disciplineLetter'> = DEFAULT_LETTER_TEMPLATES.disciplineLetter,
): Document {
  const toBody = clause(requiredText(data.toBody, '转办机构'));
  const problem = disciplineAddresseeProblem(toBody, data.accused, data.addresseeIsAccused);
  if (problem) throw new Error(problem);
  return buildLetter({
    head: data,
    title: template.title,
    addressee: toBody,
    text: renderTemplate(template.body, { ...handOverValues(data), 转办机构: toBody }),
  });
}
