import type { Document } from 'docx';
import { removeIdentities } from '../../domain/access/scrubIdentity';
import { specialReportTitle, type SpecialReportLetter } from '../../domain/risk/specialReport';
import { buildLetter } from '../letters/letterParts';

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'] as const;

/**
 * 重大风险专报 (docs/domain.md §10) in the one letter layout (GB/T 9704): 文号, 「关于……的重大风险专报」, 主送, the
 * sections as 「一、」 headings with their paragraphs, 「特此报告。」, issuer and date; the 文号 line carries the 签发人.
 * Any ID number or phone typed into the text is removed: a 专报 circulates.
 */
export function buildSpecialReport(letter: SpecialReportLetter): Document {
  if (letter.sections.length > NUMERALS.length) throw new Error('专报的部分不能超过十个');
  const text = letter.sections
    .flatMap((section, i) => [
      `${NUMERALS[i]}、${section.heading}`,
      ...section.paragraphs.map((p) => removeIdentities(p.replace(/\n+/gu, ' '))).filter(Boolean),
    ])
    .concat('特此报告。')
    .join('\n');
  return buildLetter({
    head: { docNo: letter.docNo, issuer: letter.issuer, date: letter.date },
    title: specialReportTitle(letter.subject),
    addressee: letter.addressee,
    text,
    signer: letter.signer.trim(),
  });
}
