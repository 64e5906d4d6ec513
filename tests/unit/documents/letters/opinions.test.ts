import { describe, expect, it } from 'vitest';
import * as example from '../../../../renderer/src/documents/letters/examples';
import { buildHandlingOpinion } from '../../../../renderer/src/documents/letters/handlingOpinion';
import { buildReviewOpinion } from '../../../../renderer/src/documents/letters/reviewOpinion';
import { textOf, unpack } from '../docxParts';
import { allParagraphs, paragraphExactly, paragraphTexts } from './letterXml';

const REVIEW_SENTENCE =
  '如对本处理意见不服，可以自收到本意见书之日起30日内向某煤业集团有限公司信访办公室提出复查请求。';

describe('信访事项处理意见书', () => {
  it('lists the accepted claims, numbered, under 一、信访请求', async () => {
    const texts = paragraphTexts((await unpack(buildHandlingOpinion(example.handlingOpinion()))).document);
    const at = texts.indexOf('一、信访请求');
    expect(texts.slice(at + 1, at + 4)).toEqual([
      '1.补发2025—2026年采暖季供暖费补贴；',
      '2.公开补贴标准、发放对象和发放时间；',
      '3.由矿上承担全部供暖费。',
    ]);
  });

  it('states the facts found and the basis, each in its own section', async () => {
    const texts = paragraphTexts((await unpack(buildHandlingOpinion(example.handlingOpinion()))).document);
    expect(texts.slice(texts.indexOf('二、调查认定的事实') + 1, texts.indexOf('三、处理依据'))).toHaveLength(2);
    expect(texts[texts.indexOf('三、处理依据') + 1]).toBe('《信访工作条例》第三十二条；');
  });

  it('gives one opinion paragraph per claim, in order, each with its outcome (Art. 32)', async () => {
    const texts = paragraphTexts((await unpack(buildHandlingOpinion(example.handlingOpinion()))).document);
    const opinions = texts.filter((t) => /^\d+\.对“/.test(t));
    expect(opinions).toEqual([
      '1.对“补发2025—2026年采暖季供暖费补贴”的请求，予以支持。经核实，补贴资金已列入2026年预算，将于2026年6月30日前补发到个人账户。',
      '2.对“公开补贴标准、发放对象和发放时间”的请求，作出解释说明。补贴标准按集团公司2025年第12号文件执行，离退休管理科将在生活区公示栏公示。',
      '3.对“由矿上承担全部供暖费”的请求，不予支持。供暖费由住户承担是“三供一业”移交的统一政策，本单位无权作出改变。',
    ]);
  });

  it('keeps an opinion typed over several lines in one paragraph', async () => {
    const data = example.handlingOpinion({
      claims: [{ claim: '补发补贴', outcome: '予以支持', opinion: '经核实属实。\n将于6月底前补发。' }],
    });
    const texts = paragraphTexts((await unpack(buildHandlingOpinion(data))).document);
    expect(texts).toContain('1.对“补发补贴”的请求，予以支持。经核实属实。将于6月底前补发。');
  });

  it('ends the body with the right to ask for 复查 within 30 days of receipt, naming the reviewing body (Art. 35)', async () => {
    const { document } = await unpack(buildHandlingOpinion(example.handlingOpinion()));
    const texts = paragraphTexts(document);
    expect(texts.at(-3)).toBe(REVIEW_SENTENCE);
    expect(paragraphExactly(document, REVIEW_SENTENCE)).toContain('<w:keepNext/>');
  });

  it('sets 一、 section headings in 黑体 三号', async () => {
    const heading = paragraphExactly(
      (await unpack(buildHandlingOpinion(example.handlingOpinion()))).document,
      '四、处理意见',
    );
    expect(heading).toContain('w:eastAsia="黑体"');
    expect(heading).toContain('<w:sz w:val="32"/>');
  });

  it.each([
    ['no claim', { claims: [] }, '请至少填写一项请求'],
    ['no facts', { facts: ' ' }, '请填写调查认定的事实'],
    ['no basis', { basis: '' }, '请填写处理依据'],
    ['no reviewing body', { reviewBody: '' }, '请填写复查机关'],
  ])('is refused with %s, which Arts. 32 and 35 require', (_, overrides, message) => {
    expect(() => buildHandlingOpinion(example.handlingOpinion(overrides))).toThrow(message);
  });
});

describe('信访事项复查意见书', () => {
  it('ends with the right to ask for 复核 within 30 days of receipt, naming the rechecking body (Art. 36)', async () => {
    const { document } = await unpack(buildReviewOpinion(example.reviewOpinion()));
    const texts = paragraphTexts(document);
    expect(texts.at(-3)).toBe(
      '如对本复查意见不服，可以自收到本复查意见书之日起30日内向某能源控股集团有限公司提出复核请求。',
    );
    expect(allParagraphs(document).at(-3)).toContain('<w:keepNext/>');
  });

  it('names the opinion under review and when the request came in', async () => {
    const [, , , opening] = paragraphTexts((await unpack(buildReviewOpinion(example.reviewOpinion()))).document);
    expect(opening).toMatch(
      /^你对一号矿井作出的《信访事项处理意见书》（曹矿信复〔2026〕12号）不服，于2026年8月3日提出复查请求。/,
    );
  });

  it.each(['维持', '变更', '撤销'] as const)('states the decision to %s the original opinion', async (outcome) => {
    const text = textOf((await unpack(buildReviewOpinion(example.reviewOpinion({ outcome })))).document);
    expect(text).toContain(
      `经复查，本单位决定${outcome}一号矿井作出的《信访事项处理意见书》（曹矿信复〔2026〕12号）。`,
    );
  });

  it.each([
    [{ facts: '' }, '请填写复查认定的事实'],
    [{ opinion: ' ' }, '请填写复查意见'],
    [{ recheckBody: '' }, '请填写复核机关'],
    [{ originalDocNo: '' }, '请填写原处理意见书文号'],
  ])('is refused without what it must state (%o)', (overrides, message) => {
    expect(() => buildReviewOpinion(example.reviewOpinion(overrides))).toThrow(message);
  });
});
