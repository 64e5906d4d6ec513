import type { Document } from 'docx';
import { describe, expect, it } from 'vitest';
import { buildAcceptanceNotice } from '../../../../renderer/src/documents/letters/acceptanceNotice';
import { buildAssignmentSheet } from '../../../../renderer/src/documents/letters/assignmentSheet';
import { buildExtensionNotice } from '../../../../renderer/src/documents/letters/extensionNotice';
import { buildHandlingOpinion } from '../../../../renderer/src/documents/letters/handlingOpinion';
import { buildRejectionNotice } from '../../../../renderer/src/documents/letters/rejectionNotice';
import { buildReviewOpinion } from '../../../../renderer/src/documents/letters/reviewOpinion';
import { buildSupervisionSheet } from '../../../../renderer/src/documents/letters/supervisionSheet';
import { textOf, unpack } from '../docxParts';
import * as example from '../../../../renderer/src/documents/letters/examples';
import { allParagraphs, paragraphExactly } from './letterXml';

interface LetterCase {
  kind: string;
  build: () => Document;
  title: string;
  docNo: string;
  addressee: string;
  issuer: string;
  date: string;
}

const LETTERS: LetterCase[] = [
  {
    kind: '受理告知书',
    build: () => buildAcceptanceNotice(example.acceptance()),
    title: '信访事项受理告知书',
    docNo: '曹矿信受〔2026〕12号',
    addressee: '王建国：',
    issuer: example.OFFICE,
    date: '2026年5月25日',
  },
  {
    kind: '不予受理告知书',
    build: () => buildRejectionNotice(example.rejection()),
    title: '信访事项不予受理告知书',
    docNo: '曹矿信不受〔2026〕3号',
    addressee: '周德胜：',
    issuer: example.OFFICE,
    date: '2026年5月25日',
  },
  {
    kind: '延期办理告知书',
    build: () => buildExtensionNotice(example.extension()),
    title: '信访事项延期办理告知书',
    docNo: '曹矿信延〔2026〕2号',
    addressee: '王建国：',
    issuer: example.OFFICE,
    date: '2026年7月20日',
  },
  {
    kind: '交办单',
    build: () => buildAssignmentSheet(example.assignment()),
    title: '信访事项交办单',
    docNo: '曹矿信交〔2026〕5号',
    addressee: '综采一队：',
    issuer: example.OFFICE,
    date: '2026年5月26日',
  },
  {
    kind: '督办单',
    build: () => buildSupervisionSheet(example.supervision()),
    title: '信访事项督办单',
    docNo: '曹矿信督〔2026〕2号',
    addressee: '综采一队：',
    issuer: example.OFFICE,
    date: '2026年6月15日',
  },
  {
    kind: '处理意见书',
    build: () => buildHandlingOpinion(example.handlingOpinion()),
    title: '信访事项处理意见书',
    docNo: '曹矿信复〔2026〕12号',
    addressee: '王建国：',
    issuer: example.OFFICE,
    date: '2026年7月10日',
  },
  {
    kind: '复查意见书',
    build: () => buildReviewOpinion(example.reviewOpinion()),
    title: '信访事项复查意见书',
    docNo: '集团信复查〔2026〕1号',
    addressee: '王建国：',
    issuer: '某煤业集团有限公司信访办公室',
    date: '2026年8月28日',
  },
];

describe.each(LETTERS)('$kind', (letter) => {
  it('is A4 with the GB/T 9704 margins 37/35/28/26 mm', async () => {
    const { document } = await unpack(letter.build());
    expect(document).toContain('<w:pgSz w:w="11906" w:h="16838"');
    expect(document).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/);
  });

  it('sets its title in 方正小标宋简体 二号, centred', async () => {
    const title = paragraphExactly((await unpack(letter.build())).document, letter.title);
    expect(title).toContain('w:eastAsia="方正小标宋简体"');
    expect(title).toContain('<w:sz w:val="44"/>');
    expect(title).toContain('<w:jc w:val="center"/>');
  });

  it('prints its 文号 with six-corner brackets on a centred line of its own, in 仿宋_GB2312 三号', async () => {
    const line = paragraphExactly((await unpack(letter.build())).document, letter.docNo);
    expect(line).toContain('<w:jc w:val="center"/>');
    expect(line).toContain('w:eastAsia="仿宋_GB2312"');
    expect(line).toContain('<w:sz w:val="32"/>');
  });

  it('opens with the addressee flush left and a full-width colon', async () => {
    const { document } = await unpack(letter.build());
    const paragraphs = allParagraphs(document).map(textOf);
    expect(paragraphs.indexOf(letter.addressee)).toBe(paragraphs.indexOf(letter.title) + 1);
    expect(paragraphExactly(document, letter.addressee)).not.toContain('w:firstLine');
  });

  it('sets every indented body paragraph in 仿宋_GB2312 三号 with Times New Roman digits', async () => {
    const { document } = await unpack(letter.build());
    const bodyParagraphs = allParagraphs(document).filter(
      (p) => p.includes('w:firstLineChars="200"') && p.includes('w:eastAsia="仿宋_GB2312"'),
    );
    expect(bodyParagraphs.length).toBeGreaterThan(0);
    for (const p of bodyParagraphs) {
      expect(p).toContain('<w:sz w:val="32"/>');
      expect(p).toContain('w:ascii="Times New Roman"');
    }
  });

  it('ends with the issuer centred above the date, written 2026年5月25日 style four characters from the right', async () => {
    const { document } = await unpack(letter.build());
    const paragraphs = allParagraphs(document);
    const texts = paragraphs.map(textOf);
    expect(texts.at(-1)).toBe(letter.date);
    expect(texts.at(-2)).toBe(letter.issuer);
    expect(paragraphs.at(-1)).toContain('<w:ind w:right="1280"/>');
    expect(paragraphs.at(-2)).toContain('<w:keepNext/>');
  });

  it('keeps the last text before the signature with it, so the seal never stands alone on a page', async () => {
    const paragraphs = allParagraphs((await unpack(letter.build())).document);
    expect(paragraphs.at(-3)).toContain('<w:keepNext/>');
  });

  it('leaves no placeholder unfilled', async () => {
    const { document } = await unpack(letter.build());
    expect(textOf(document)).not.toMatch(/[{}｛｝]/);
  });

  it('numbers its pages — N — in 宋体 四号, odd right and even left', async () => {
    const { footers } = await unpack(letter.build());
    expect(footers.default).toContain('<w:jc w:val="right"/>');
    expect(footers.even).toContain('<w:jc w:val="left"/>');
    expect(footers.default).toMatch(/— <\/w:t>.*PAGE.*> —<\/w:t>/);
    expect(footers.default).toContain('<w:sz w:val="28"/>');
  });
});
