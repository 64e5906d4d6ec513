import { describe, expect, it } from 'vitest';
import {
  BODY_LINE,
  CHARACTER_SPACING,
  PAGE,
  TEXT_WIDTH,
  body,
  charsToTwips,
  createGbDocument,
  docNumberLine,
  heading1,
  heading2,
  mmToTwips,
  signatureBlock,
  title,
  toBytes,
} from '../../../renderer/src/documents/gbStyle';
import { paragraphsWith, unpack } from './docxParts';

function sampleLetter() {
  return createGbDocument({
    title: '受理告知书',
    children: [
      docNumberLine('煤信〔2026〕3号'),
      title('信访事项受理告知书'),
      body('王建国：', { indent: false }),
      heading1('一、基本情况'),
      heading2('（一）反映的问题'),
      body('你反映的供暖费补贴问题已收悉，现予受理。', { keepWithNext: true }),
      ...signatureBlock({ issuer: '一号矿井信访办', date: '2026-05-25' }),
    ],
  });
}

describe('GB/T 9704 page', () => {
  it('converts millimetres to twips as mm × 1440 / 25.4, rounded', () => {
    expect([210, 297, 37, 35, 28, 26].map(mmToTwips)).toEqual([11906, 16838, 2098, 1984, 1587, 1474]);
  });

  it('is A4: 11906 × 16838 twips', async () => {
    const { document } = await unpack(sampleLetter());
    expect(document).toContain('<w:pgSz w:w="11906" w:h="16838"');
  });

  it('has margins top 37 mm, bottom 35 mm, left 28 mm, right 26 mm', async () => {
    const { document } = await unpack(sampleLetter());
    const margins = /<w:pgMar [^>]*\/>/.exec(document)?.[0] ?? '';
    expect(margins).toContain('w:top="2098"');
    expect(margins).toContain('w:bottom="1984"');
    expect(margins).toContain('w:left="1587"');
    expect(margins).toContain('w:right="1474"');
  });

  it('fits 22 body lines of 28.9 pt into the 225 mm text block, and not 23', () => {
    const textHeight = PAGE.height - PAGE.marginTop - PAGE.marginBottom;
    expect(BODY_LINE).toBe(578);
    expect(22 * BODY_LINE).toBeLessThanOrEqual(textHeight);
    expect(23 * BODY_LINE).toBeGreaterThan(textHeight);
  });

  it('fits 28 三号 characters on a line, and not 29, once each is tightened by the character spacing', async () => {
    const pitch = charsToTwips(1) + CHARACTER_SPACING;
    expect(28 * pitch).toBeLessThanOrEqual(TEXT_WIDTH);
    expect(29 * pitch).toBeGreaterThan(TEXT_WIDTH);
    const { styles } = await unpack(sampleLetter());
    expect(styles).toMatch(/<w:rPrDefault>.*<w:spacing w:val="-5"\/>.*<\/w:rPrDefault>/);
  });
});

describe('GB/T 9704 text', () => {
  it('sets the body in 仿宋_GB2312 三号 by default, with exact 28.9 pt lines', async () => {
    const { styles } = await unpack(sampleLetter());
    const defaults = /<w:docDefaults>.*<\/w:docDefaults>/.exec(styles)?.[0] ?? '';
    expect(defaults).toContain('w:eastAsia="仿宋_GB2312"');
    expect(defaults).toContain('<w:sz w:val="32"/>');
    expect(defaults).toContain('<w:spacing w:line="578" w:lineRule="exact"/>');
  });

  it('indents a body paragraph by two characters and names its fonts and size on the run', async () => {
    const { document } = await unpack(sampleLetter());
    const [paragraph] = paragraphsWith(document, '现予受理');
    expect(paragraph).toMatch(/<w:ind [^>]*w:firstLineChars="200"/);
    expect(paragraph).toMatch(/<w:ind [^>]*w:firstLine="640"/);
    expect(paragraph).toContain('w:eastAsia="仿宋_GB2312"');
    expect(paragraph).toContain('w:ascii="Times New Roman"');
    expect(paragraph).toContain('<w:sz w:val="32"/>');
    expect(paragraph).toContain('<w:keepNext/>');
  });

  it('sets the title in 方正小标宋简体 二号 (w:sz 44), centred', async () => {
    const { document } = await unpack(sampleLetter());
    const [paragraph] = paragraphsWith(document, '信访事项受理告知书');
    expect(paragraph).toContain('w:eastAsia="方正小标宋简体"');
    expect(paragraph).toContain('<w:sz w:val="44"/>');
    expect(paragraph).toContain('<w:jc w:val="center"/>');
  });

  it('sets 一、 headings in 黑体 and （一） headings in 楷体_GB2312, both 三号', async () => {
    const { document } = await unpack(sampleLetter());
    const [level1] = paragraphsWith(document, '一、基本情况');
    const [level2] = paragraphsWith(document, '（一）反映的问题');
    expect(level1).toContain('w:eastAsia="黑体"');
    expect(level2).toContain('w:eastAsia="楷体_GB2312"');
    expect(level1).toContain('<w:sz w:val="32"/>');
    expect(level2).toContain('<w:sz w:val="32"/>');
  });

  it('centres the 文号 line', async () => {
    const { document } = await unpack(sampleLetter());
    const [paragraph] = paragraphsWith(document, '煤信〔2026〕3号');
    expect(paragraph).toContain('<w:jc w:val="center"/>');
  });
});

describe('signature block', () => {
  it('writes the date 2026年5月25日 four characters (1280 twips) from the right', async () => {
    const { document } = await unpack(sampleLetter());
    const [date] = paragraphsWith(document, '2026年5月25日');
    expect(date).toContain('<w:jc w:val="right"/>');
    expect(date).toContain('<w:ind w:right="1280"/>');
  });

  it('centres the issuer on the date as printed: the date’s digits are set off by quarter-character gaps, so 一号矿井信访办 (7 chars) sits 4.375 chars in', async () => {
    // 2026年5月25日 is 6.5 characters of glyphs and 5 digit/Chinese boundaries: 7.75 as Word and Writer print it.
    // Rendered in Writer, the issuer's centre was 8.5 pt right of the date's when the gaps were not counted.
    const { document } = await unpack(sampleLetter());
    const [issuer] = paragraphsWith(document, '一号矿井信访办');
    expect(issuer).toContain(`<w:ind w:right="${charsToTwips(4.375)}"/>`);
    expect(issuer).toContain('<w:keepNext/>');
  });

  it('lets a long issuer reach past the date on both sides, but never beyond the right margin', async () => {
    const issuer = '某煤业集团有限公司一号矿井信访接待工作办公室';
    const doc = createGbDocument({ title: 't', children: signatureBlock({ issuer, date: '2026-05-25' }) });
    const [paragraph] = paragraphsWith((await unpack(doc)).document, issuer);
    expect(paragraph).toContain('<w:ind w:right="0"/>');
  });
});

describe('page numbers', () => {
  it('turns on separate odd and even footers in settings.xml', async () => {
    const { settings } = await unpack(sampleLetter());
    expect(settings).toContain('<w:evenAndOddHeaders/>');
  });

  it('prints — PAGE — in 宋体 四号 on every page', async () => {
    const { footers } = await unpack(sampleLetter());
    for (const footer of [footers.default, footers.even]) {
      expect(footer).toMatch(/— <\/w:t>.*<w:instrText[^>]*>PAGE<\/w:instrText>.*> —<\/w:t>/);
      expect(footer).toContain('w:eastAsia="宋体"');
      expect(footer).toContain('w:ascii="宋体"');
      expect(footer).toContain('<w:sz w:val="28"/>');
    }
  });

  it('puts odd page numbers right and even page numbers left, each one 四号 character in', async () => {
    const { footers } = await unpack(sampleLetter());
    expect(footers.default).toContain('<w:jc w:val="right"/>');
    expect(footers.default).toContain('<w:ind w:right="280"/>');
    expect(footers.even).toContain('<w:jc w:val="left"/>');
    expect(footers.even).toContain('<w:ind w:left="280"/>');
  });
});

describe('toBytes', () => {
  it('packs a .docx (a zip file) into bytes', async () => {
    const bytes = await toBytes(sampleLetter());
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(String.fromCharCode(bytes[0] ?? 0, bytes[1] ?? 0)).toBe('PK');
  });
});
