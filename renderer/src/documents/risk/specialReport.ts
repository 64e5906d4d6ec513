import type { Document } from 'docx';
import { removeIdentities } from '../../domain/access/scrubIdentity';
import { specialReportTitle, type SpecialReportContent } from '../../domain/risk/specialReport';
import { buildLetter } from '../letters/letterParts';

/** What the 专报 prints: its content (neutral: from a matter or anything else), 文号, 主送, issuer and day. */
export interface SpecialReportLetter extends SpecialReportContent {
  docNo: string;
  /** 主送, printed under the title with a full-width colon. */
  addressee: string;
  issuer: string;
  /** 成文日期 'YYYY-MM-DD': the day it is built and sent. */
  date: string;
}

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'] as const;

/**
 * 重大风险专报 (docs/domain.md §10) in the one letter layout (GB/T 9704): 文号, 「关于……的重大风险专报」, 主送, the
 * sections as 「一、」 headings with their paragraphs, issuer and date. Any ID number or phone typed into the text is
 * removed: a 专报 circulates.
 */
export function buildSpecialReport(letter: SpecialReportLetter): Document {
  if (letter.sections.length > NUMERALS.length) throw new Error('专报的部分不能超过十个');
  const text = letter.sections
    .flatMap((section, i) => [
      `${NUMERALS[i]}、${section.heading}`,
      ...section.paragraphs.map((p) => removeIdentities(p.replace(/\n+/gu, ' '))).filter(Boolean),
    ])
    .join('\n');
  return buildLetter({
    head: { docNo: letter.docNo, issuer: letter.issuer, date: letter.date },
    title: specialReportTitle(letter.subject),
    addressee: letter.addressee,
    text,
  });
}
