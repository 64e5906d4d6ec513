import {
  AlignmentType,
  Document,
  Footer,
  LineRuleType,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Tab,
  TabStopType,
  TextRun,
  type FileChild,
  type IFontAttributesProperties,
} from 'docx';
import { formatChineseDate } from '../domain/dates';
import { stripXmlIllegal } from '../domain/xmlSafeText';
import { titleLines, titleWords, widthInChars } from './titleLines';

/**
 * The one GB/T 9704-2012 style sheet (docs/domain.md §7) every letter builder uses: page, fonts, sizes, line grid,
 * and the paragraph helpers for title, body, headings, 文号, signature and page numbers.
 */

/** Millimetres to twips (1/20 pt), the unit Word stores page geometry in. */
export function mmToTwips(mm: number): number {
  return Math.round((mm * 1440) / 25.4);
}

/** A4 with the GB/T 9704 margins: a 156 mm × 225 mm text block (版心). */
export const PAGE = {
  width: mmToTwips(210),
  height: mmToTwips(297),
  marginTop: mmToTwips(37),
  marginBottom: mmToTwips(35),
  marginLeft: mmToTwips(28),
  marginRight: mmToTwips(26),
} as const;

/** Width of the text block in twips: what tables must add up to. */
export const TEXT_WIDTH = PAGE.width - PAGE.marginLeft - PAGE.marginRight;

/**
 * A landscape page (a wide table, 横排表格) keeps the same 156 mm × 225 mm text block turned a quarter: the binding
 * edge's 28 mm margin at the top, so the sheet files with the portrait pages, and the 37 mm and 35 mm margins at the
 * sides.
 */
const LANDSCAPE_MARGINS = {
  top: PAGE.marginLeft,
  bottom: PAGE.marginRight,
  left: PAGE.marginBottom,
  right: PAGE.marginTop,
} as const;

/** Width of a landscape page's text block in twips (225 mm). */
export const LANDSCAPE_TEXT_WIDTH = PAGE.height - LANDSCAPE_MARGINS.left - LANDSCAPE_MARGINS.right;

/** Font names as Word and WPS look them up; the user's machine supplies the faces. */
export const FONTS = {
  body: '仿宋_GB2312',
  title: '方正小标宋简体',
  heading1: '黑体',
  heading2: '楷体_GB2312',
  pageNumber: '宋体',
  /** Digits and Latin letters in the body, as most 公文 rules ask; its digits are half a 三号 character wide. */
  latin: 'Times New Roman',
} as const;

/** Chinese type sizes (字号) in half-points, the unit of w:sz. */
export const SIZES = {
  /** 二号 22 pt */
  erhao: 44,
  /** 三号 16 pt */
  sanhao: 32,
  /** 小三 15 pt */
  xiaosan: 30,
  /** 四号 14 pt */
  sihao: 28,
  /** 小四 12 pt */
  xiaosi: 24,
  /** 五号 10.5 pt */
  wuhao: 21,
} as const;

/** Exact body line height, 28.9 pt: 22 lines fill the 225 mm text block. */
export const BODY_LINE = 578;

/** The width of `chars` full-width characters at a size (half-points) in twips; a 三号 character is 320 twips. */
export function charsToTwips(chars: number, halfPoints: number = SIZES.sanhao): number {
  return Math.round(chars * halfPoints * 10);
}

/**
 * Tightening every character by 0.25 pt (w:spacing −5 twips) makes exactly 28 三号 characters fit the 156 mm line,
 * as the standard asks (28 × 15.75 pt = 441 pt ≤ 442.25 pt). Word templates get there with a character grid
 * (docGrid linesAndChars), but LibreOffice lays that grid out with far fewer characters per line; plain spacing
 * reads the same everywhere.
 */
export const CHARACTER_SPACING = -5;

/**
 * Chinese text in `eastAsia`, digits and Latin letters in `latin`. Naming both keeps digits half-width and serif
 * where the Chinese font is missing, instead of whatever sans face the reader falls back to.
 */
export function fontOf(eastAsia: string, latin: string = FONTS.latin): IFontAttributesProperties {
  return { eastAsia, ascii: latin, hAnsi: latin, cs: latin };
}

export interface RunStyle {
  /** The Chinese font; digits and Latin letters stay in FONTS.latin unless `latinFont` says otherwise. */
  font?: string;
  latinFont?: string;
  /** Half-points. */
  size?: number;
  bold?: boolean;
}

/**
 * A run in the body font and size unless told otherwise. The one place typed text enters a .docx: characters XML
 * cannot carry (stored before input was cleaned, or restored from an older backup) are stripped here again, since one
 * of them makes the whole file unreadable.
 */
export function run(text: string, style: RunStyle = {}): TextRun {
  return new TextRun({
    text: stripXmlIllegal(text),
    font: fontOf(style.font ?? FONTS.body, style.latinFont),
    size: style.size ?? SIZES.sanhao,
    bold: style.bold,
  });
}

const exactLine = (line: number = BODY_LINE) => ({ line, lineRule: LineRuleType.EXACT });

/** Two-character first-line indent: Word reads the chars value, other readers fall back to twips. */
const FIRST_LINE_INDENT = { firstLineChars: 200, firstLine: charsToTwips(2) } as const;

/** Full-width 二号 characters on one line of the text block (20). */
export const TITLE_LINE_CHARS = Math.floor(TEXT_WIDTH / (SIZES.erhao * 10 + CHARACTER_SPACING));

/**
 * 标题: 方正小标宋简体 二号, centred, followed by one blank line. A title too long for a line breaks between its
 * words in a 梯形 or 菱形 (titleLines.ts): pass the words the caller knows to be whole, or a string to be cut at the
 * boundaries a title's grammar gives.
 */
export function title(text: string | readonly string[]): Paragraph {
  const lines = titleLines(typeof text === 'string' ? titleWords(text) : text, TITLE_LINE_CHARS);
  const style = { font: FONTS.title, latinFont: FONTS.title, size: SIZES.erhao };
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { ...exactLine(), after: BODY_LINE },
    keepNext: true,
    children: lines.flatMap((line, i) =>
      i === 0 ? [run(line, style)] : [new TextRun({ break: 1 }), run(line, style)],
    ),
  });
}

export interface BodyOptions {
  /** Keep this paragraph on the page of the next one: set on the last paragraph before a signature block. */
  keepWithNext?: boolean;
  /** Body paragraphs are indented two characters; a salutation (主送机关) is not. */
  indent?: boolean;
}

/** 正文 paragraph: 仿宋_GB2312 三号, justified, exact 28.9 pt lines, first line indented two characters. */
export function body(text: string, options: BodyOptions = {}): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    spacing: exactLine(),
    indent: options.indent === false ? undefined : FIRST_LINE_INDENT,
    keepNext: options.keepWithNext,
    children: [run(text)],
  });
}

/** 一级标题 「一、」: 黑体 三号, indented like the body. */
export function heading1(text: string): Paragraph {
  return new Paragraph({
    spacing: exactLine(),
    indent: FIRST_LINE_INDENT,
    keepNext: true,
    children: [run(text, { font: FONTS.heading1 })],
  });
}

/** 二级标题 「（一）」: 楷体_GB2312 三号, indented like the body. */
export function heading2(text: string): Paragraph {
  return new Paragraph({
    spacing: exactLine(),
    indent: FIRST_LINE_INDENT,
    keepNext: true,
    children: [run(text, { font: FONTS.heading2 })],
  });
}

/** 发文字号 line, e.g. 某信〔2026〕3号: centred in the body font. */
export function docNumberLine(docNo: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { ...exactLine(), after: BODY_LINE },
    children: [run(docNo)],
  });
}

/**
 * 发文字号 and 签发人 of an upward document (上行文, GB/T 9704 §7.2.4): the 文号 one character in from the left, 「签发人：」
 * in the body font and the name in 楷体 one character in from the right, on one line.
 */
export function docNumberWithSigner(docNo: string, signer: string): Paragraph {
  return new Paragraph({
    spacing: { ...exactLine(), after: BODY_LINE },
    indent: { left: charsToTwips(1) },
    tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH - charsToTwips(1) }],
    children: [
      run(docNo),
      new TextRun({ children: [new Tab()] }),
      run('签发人：'),
      run(signer, { font: FONTS.heading2 }),
    ],
  });
}

export interface Signature {
  /** 发文机关署名 */
  issuer: string;
  /** 成文日期 as 'YYYY-MM-DD'; written 2026年5月25日. */
  date: string;
}

/**
 * The width a line prints at, in characters: Word, WPS and Writer all put a gap of about a quarter character between
 * digits and the Chinese around them (「2026 年 5 月」), which counts when the issuer is centred on the date.
 */
function printedWidthInChars(text: string): number {
  const scripts = [...text].map((ch) => ch.charCodeAt(0) < 0x80);
  const boundaries = scripts.filter((ascii, i) => i > 0 && ascii !== scripts[i - 1]).length;
  return widthInChars(text) + boundaries / 4;
}

/**
 * 发文机关署名 and 成文日期 for a sealed letter: the date four characters from the right, the issuer centred on the
 * date above it, two blank lines above for the seal. Both keep together; pass `keepWithNext` on the last body
 * paragraph so no page carries only the seal.
 */
export function signatureBlock({ issuer, date }: Signature): Paragraph[] {
  const dateText = formatChineseDate(date);
  const dateRightChars = 4;
  // Centring the issuer on the date: its right edge sits half the width difference further in (or out).
  const issuerRightChars = Math.max(
    0,
    dateRightChars + (printedWidthInChars(dateText) - printedWidthInChars(issuer)) / 2,
  );
  return [
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      spacing: { ...exactLine(), before: BODY_LINE * 2 },
      indent: { right: charsToTwips(issuerRightChars) },
      keepNext: true,
      keepLines: true,
      children: [run(issuer)],
    }),
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      spacing: exactLine(),
      indent: { right: charsToTwips(dateRightChars) },
      keepLines: true,
      children: [run(dateText)],
    }),
  ];
}

/** 页码 「— 1 —」 in 宋体 四号, one character in from the outer edge. */
function pageNumberFooter(side: 'odd' | 'even'): Footer {
  const oneChar = charsToTwips(1, SIZES.sihao);
  return new Footer({
    children: [
      new Paragraph({
        alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'odd' ? { right: oneChar } : { left: oneChar },
        spacing: { line: 240, lineRule: LineRuleType.AUTO },
        children: [
          new TextRun({
            children: ['— ', PageNumber.CURRENT, ' —'],
            // GB/T 9704 §7.5 asks for 宋体 digits, so the page number names 宋体 for every script.
            font: fontOf(FONTS.pageNumber, FONTS.pageNumber),
            size: SIZES.sihao,
          }),
        ],
      }),
    ],
  });
}

export interface GbDocumentOptions {
  /** Document title in the file's properties (what Word shows in 属性). */
  title: string;
  description?: string;
  children: FileChild[];
  /** A cover page before the body (案卷): printed without a page number; the body's pages count from 1. */
  cover?: FileChild[];
  /**
   * A wide table's pages (LANDSCAPE_TEXT_WIDTH across); portrait otherwise. The page numbers stay at the foot of the
   * page as it is read: §7.5's placement beside a 横排表格 is for a table turned inside a portrait document, not for
   * a table printed on its own.
   */
  landscape?: boolean;
}

/** A GB/T 9704 document: A4, the standard margins, 28 characters a line, body defaults and odd/even page numbers. */
/** A4 with the standard margins; the page number sits about 7 mm below the text block (GB/T 9704 §7.5). */
const pageProperties = {
  page: {
    size: { width: PAGE.width, height: PAGE.height },
    margin: {
      top: PAGE.marginTop,
      bottom: PAGE.marginBottom,
      left: PAGE.marginLeft,
      right: PAGE.marginRight,
      footer: mmToTwips(23),
      header: mmToTwips(15),
    },
  },
};

const landscapeProperties = {
  page: {
    size: { width: PAGE.width, height: PAGE.height, orientation: PageOrientation.LANDSCAPE },
    margin: { ...pageProperties.page.margin, ...LANDSCAPE_MARGINS, footer: mmToTwips(14) },
  },
};

export function createGbDocument({
  title: docTitle,
  description,
  children,
  cover,
  landscape = false,
}: GbDocumentOptions): Document {
  const page = landscape ? landscapeProperties : pageProperties;
  return new Document({
    title: stripXmlIllegal(docTitle),
    description: description === undefined ? undefined : stripXmlIllegal(description),
    creator: '信访工作台',
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: {
          run: {
            font: fontOf(FONTS.body),
            size: SIZES.sanhao,
            characterSpacing: CHARACTER_SPACING,
            language: { eastAsia: 'zh-CN' },
          },
          paragraph: { spacing: exactLine() },
        },
      },
    },
    sections: [
      ...(cover
        ? [
            {
              properties: { ...page, titlePage: true },
              footers: { first: new Footer({ children: [] }) },
              children: cover,
            },
          ]
        : []),
      {
        properties: {
          ...page,
          ...(cover ? { page: { ...page.page, pageNumbers: { start: 1 } } } : {}),
        },
        footers: { default: pageNumberFooter('odd'), even: pageNumberFooter('even') },
        children,
      },
    ],
  });
}

/**
 * What Word and WPS need to substitute a face the reader's PC lacks: Windows ships 仿宋, 楷体, 黑体 and 宋体 but not
 * the _GB2312 faces or 方正小标宋简体, and without a declaration Word picks an arbitrary face. `altName` names the
 * face to use instead, `panose` (10 bytes, hex) describes its shape, `charset` 86 is GB2312 (134), `family` and
 * `pitch` its kind.
 */
export interface FontFallback {
  altName?: string;
  panose: string;
  charset: '86' | '00';
  family: 'roman' | 'modern' | 'swiss';
  pitch: 'fixed' | 'variable';
}

export const FONT_FALLBACKS: Record<string, FontFallback> = {
  [FONTS.body]: { altName: '仿宋', panose: '02010609030101010101', charset: '86', family: 'modern', pitch: 'fixed' },
  [FONTS.heading2]: {
    altName: '楷体',
    panose: '02010609030101010101',
    charset: '86',
    family: 'modern',
    pitch: 'fixed',
  },
  [FONTS.title]: { altName: '宋体', panose: '02000000000000000000', charset: '86', family: 'roman', pitch: 'variable' },
  [FONTS.heading1]: {
    altName: 'SimHei',
    panose: '02010609060101010101',
    charset: '86',
    family: 'modern',
    pitch: 'fixed',
  },
  [FONTS.pageNumber]: {
    altName: 'SimSun',
    panose: '02010600030101010101',
    charset: '86',
    family: 'roman',
    pitch: 'variable',
  },
  [FONTS.latin]: { panose: '02020603050405020304', charset: '00', family: 'roman', pitch: 'variable' },
};

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** word/fontTable.xml declaring every face of FONT_FALLBACKS (the docx library writes an empty one). */
export function fontTableXml(): string {
  const fonts = Object.entries(FONT_FALLBACKS).map(
    ([name, f]) =>
      `<w:font w:name="${escapeXml(name)}">` +
      (f.altName ? `<w:altName w:val="${escapeXml(f.altName)}"/>` : '') +
      `<w:panose1 w:val="${f.panose}"/><w:charset w:val="${f.charset}"/><w:family w:val="${f.family}"/><w:pitch w:val="${f.pitch}"/></w:font>`,
  );
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<w:fonts xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
    fonts.join('') +
    '</w:fonts>'
  );
}

/** The .docx file as bytes; Packer's ArrayBuffer output works the same in the browser and in Node. */
export async function toBytes(doc: Document): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await Packer.toArrayBuffer(doc, false, [{ path: 'word/fontTable.xml', data: fontTableXml() }]));
}
