import type { Document, FileChild, Paragraph } from 'docx';
import { formatChineseDate } from '../../domain/dates';
import { renderTemplate } from '../../domain/letterTemplates';
import { clause } from '../../domain/phrases';
import {
  body,
  createGbDocument,
  docNumberLine,
  docNumberWithSigner,
  heading1,
  heading2,
  signatureBlock,
  title,
} from '../gbStyle';

/** What every numbered letter carries. */
export interface LetterHead {
  /** 发文字号, already assigned (domain/docNo nextDocNo). */
  docNo: string;
  /** 发文机关署名, printed centred above the date. */
  issuer: string;
  /** 成文日期 'YYYY-MM-DD', written 2026年5月25日. */
  date: string;
}

/** The people a letter to the petitioner is addressed to. */
export interface Addressees {
  /** The petitioners the letter is sent to (for a group, its 代表); at least one. */
  names: string[];
  /** Everyone the matter concerns; more than the names listed adds 「等N人」. */
  headcount: number;
}

/** The facts of a case that most letters open with. */
export interface CaseFacts {
  petitioners: Addressees;
  /** 登记编号 */
  regNo: string;
  /** Day the office received the matter, 'YYYY-MM-DD' (a longer moment is cut to its day). */
  receivedAt: string;
  /** 反映的问题 as a short noun phrase, e.g. 离退休职工供暖费补贴. */
  matter: string;
}

/** More names than this are shortened to the first ones and 「等N人」. */
const NAMES_SHOWN = 3;

/** 主送: 「张三」, 「张三、李四」, 「王建国、李桂兰等6人」. */
export function addresseeText({ names, headcount }: Addressees): string {
  const clean = names.map((n) => n.trim()).filter(Boolean);
  // Art. 23 excuses the written notice when the name is unknown; a letter to nobody is a mistake upstream.
  if (clean.length === 0) throw new Error('信访人姓名不详，无法出具书面文书');
  const shown = clean.slice(0, NAMES_SHOWN).join('、');
  const total = Math.max(headcount, clean.length);
  return total > Math.min(clean.length, NAMES_SHOWN) ? `${shown}等${total}人` : shown;
}

/** 「你」 for one person, 「你们」 for several. */
export function pronoun({ names, headcount }: Addressees): string {
  return Math.max(headcount, names.length) > 1 ? '你们' : '你';
}

export { clause };

/** A text the letter cannot do without, trimmed; refused with 「请填写…」 when empty. */
export function requiredText(value: string, label: string): string {
  if (!value.trim()) throw new Error(`请填写${label}`);
  return value.trim();
}

/** 反映问题 without a trailing 「问题」, which the templates already write after it. */
export function matterPhrase(matter: string): string {
  return clause(matter).replace(/问题$/u, '');
}

/** A line typed 「1. 补发」 or 「1．补发」 as GB/T 9704 numbers an item: 「1.补发」, no space after the number. */
export function itemNumber(line: string): string {
  return line.replace(/^(\d{1,2})[.．]\s+/u, '$1.');
}

/** Claims or reasons as numbered lines: 「1.…；」 (GB/T 9704 §7.3.3: no space after the number) and the last ending in 「。」. */
export function numberedLines(items: readonly string[]): string {
  const kept = items.map(clause).filter(Boolean);
  return kept.map((item, i) => `${i + 1}.${item}${i === kept.length - 1 ? '。' : '；'}`).join('\n');
}

/** The placeholder values of CaseFacts. */
export function caseValues(facts: CaseFacts): Record<string, string> {
  return {
    信访人: addresseeText(facts.petitioners),
    人称: pronoun(facts.petitioners),
    登记编号: facts.regNo,
    收到日期: formatChineseDate(facts.receivedAt),
    反映问题: matterPhrase(facts.matter),
  };
}

const HEADING1 = /^[一二三四五六七八九十]+、/u;
const HEADING2 = /^（[一二三四五六七八九十]+）/u;
/** A heading is one short line without closing punctuation; a long 「一、…。」 line is a numbered body paragraph. */
const isHeading = (line: string) => [...line].length <= 28 && !/[。；：]$/u.test(line);

/**
 * Rendered template text to paragraphs: one per non-empty line, 「一、」 lines as 黑体 headings and 「（一）」 lines as
 * 楷体 headings (GB/T 9704 §7.3.3), everything else body text. The last paragraph keeps with what follows, so the
 * signature block never starts a page alone.
 */
export function textParagraphs(text: string): Paragraph[] {
  const lines = text
    .split('\n')
    .map((line) => itemNumber(line.trim()))
    .filter(Boolean);
  return lines.map((line, i) => {
    if (HEADING1.test(line) && isHeading(line)) return heading1(line);
    if (HEADING2.test(line) && isHeading(line)) return heading2(line);
    return body(line, { keepWithNext: i === lines.length - 1 });
  });
}

export interface LetterLayout {
  head: LetterHead;
  /** The template's title. */
  title: string;
  /** 主送 without the colon: a person's name or a unit. */
  addressee: string;
  /** Rendered body text. */
  text: string;
  /** Placed after the body text and before the signature (a form table); must keep with the signature itself. */
  after?: FileChild[];
  /** 签发人 of an upward document (上行文): printed beside the 文号 (GB/T 9704 §7.2.4). */
  signer?: string;
}

/**
 * The one letter layout: 文号, title, 主送 flush left with a full-width colon (GB/T 9704 §7.3.2), body, then the
 * issuer and date with room for the seal. Nothing personal goes into the file's properties.
 */
export function buildLetter({ head, title: titleText, addressee, text, after = [], signer }: LetterLayout): Document {
  return createGbDocument({
    title: `${titleText} ${head.docNo}`,
    children: [
      signer === undefined ? docNumberLine(head.docNo) : docNumberWithSigner(head.docNo, signer),
      title(titleText),
      body(`${addressee}：`, { indent: false }),
      ...textParagraphs(text),
      ...after,
      ...signatureBlock({ issuer: head.issuer, date: head.date }),
    ],
  });
}

/** A letter to the petitioner whose whole body is its template. */
export function buildPersonLetter(
  head: LetterHead,
  template: { title: string; body: string },
  facts: CaseFacts,
  values: Record<string, string>,
): Document {
  return buildLetter({
    head,
    title: template.title,
    addressee: addresseeText(facts.petitioners),
    text: renderTemplate(template.body, { ...caseValues(facts), ...values }),
  });
}
