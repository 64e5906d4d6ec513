import { describe, expect, it } from 'vitest';
import { buildDisciplineLetter } from '../../../../renderer/src/documents/letters/disciplineLetter';
import * as example from '../../../../renderer/src/documents/letters/examples';
import { buildForwardLetter, buildForwardNotice } from '../../../../renderer/src/documents/letters/forwardLetters';
import { DEFAULT_LETTER_TEMPLATES, validateLetterTemplate } from '../../../../renderer/src/domain/letterTemplates';
import { unpack } from '../docxParts';
import { paragraphTexts, wholePackage } from './letterXml';

async function texts(doc: Parameters<typeof unpack>[0]): Promise<string[]> {
  return paragraphTexts((await unpack(doc)).document);
}

describe('转送函 (Art. 23)', () => {
  it('carries its own 文号, is addressed to the competent body and hands over the matter with its summary and demands', async () => {
    const [docNo, title, addressee, opening, ...rest] = await texts(buildForwardLetter(example.forwardLetter()));
    expect(docNo).toBe('曹矿信转〔2026〕4号');
    expect(title).toBe('信访事项转送函');
    expect(addressee).toBe('矿区人力资源和社会保障局：');
    expect(opening).toBe(
      '马志强于2026年6月1日向一号矿井信访办公室反映外包施工队拖欠务工人员工资问题（登记编号：2026-0151）。经审查，该事项不属于本单位职权范围，属于你单位职权范围。根据《信访工作条例》第二十三条的规定，现将该事项转送你单位，请依法依规处理，并将处理结果书面告知信访人。',
    );
    const all = rest.join('\n');
    expect(all).toContain('一、反映问题摘要\n来访人系某建筑劳务公司务工人员');
    expect(all).toContain('二、信访诉求\n1.督促劳务公司支付拖欠的工资1.86万元；\n2.对劳务公司拖欠工资的行为依法查处。');
    expect(all).toContain('一号矿井信访办公室\n2026年6月3日');
  });

  it('says so when the petitioner asked for nothing specific', async () => {
    expect((await texts(buildForwardLetter(example.forwardLetter({ demands: '  ' })))).join('\n')).toContain(
      '二、信访诉求\n未提出具体诉求。',
    );
  });

  it('refuses to forward to the office itself or to nobody', () => {
    expect(() => buildForwardLetter(example.forwardLetter({ toBody: example.OFFICE }))).toThrow('转送机关不能是本单位');
    expect(() => buildForwardLetter(example.forwardLetter({ toBody: ' ' }))).toThrow('请填写转送机关');
  });
});

describe('转送告知书 (Art. 23)', () => {
  it('tells the petitioner, by its own 文号, which body the matter went to and when', async () => {
    const [docNo, title, addressee, opening, next] = await texts(buildForwardNotice(example.forwardNotice()));
    expect(docNo).toBe('曹矿信转告〔2026〕4号');
    expect(title).toBe('信访事项转送告知书');
    expect(addressee).toBe('马志强：');
    expect(opening).toBe(
      '你于2026年6月1日反映的外包施工队拖欠务工人员工资问题（登记编号：2026-0151）收悉。经审查，该事项不属于本单位职权范围。根据《信访工作条例》第二十三条的规定，本单位已于2026年6月3日将该事项转送矿区人力资源和社会保障局处理。',
    );
    expect(next).toBe('请你就该事项直接与矿区人力资源和社会保障局联系，依法有序表达诉求。');
  });
});

describe('检举控告转办函 (Art. 30)', () => {
  it('is addressed to 纪检监察, with its own 文号, and binds it to keep the complainant’s identity', async () => {
    const all = await texts(buildDisciplineLetter(example.disciplineLetter()));
    expect(all[0]).toBe('曹矿信纪转〔2026〕2号');
    expect(all[1]).toBe('检举控告事项转办函');
    expect(all[2]).toBe('某煤业集团有限公司纪律检查委员会：');
    expect(all.join('\n')).toContain(
      '不得将其姓名、工作单位、住址、联系方式和检举控告材料透露或者转给被检举控告的单位和人员',
    );
  });

  it('goes to that body alone: no 抄送, and no number or address of the complainant anywhere in the file', async () => {
    const whole = await wholePackage(buildDisciplineLetter(example.disciplineLetter()));
    expect(whole).not.toContain('抄送');
    for (const secret of [example.WHISTLEBLOWER.idNumber, example.WHISTLEBLOWER.phone, example.WHISTLEBLOWER.address])
      expect(whole).not.toContain(secret);
  });

  it.each([
    ['the accused unit by name', { toBody: '综采一队' }],
    ['a body whose name holds the accused unit', { toBody: '综采一队党支部' }],
    ['a unit the tree places above or inside the accused', { toBody: '一号矿井', addresseeIsAccused: true }],
  ])('refuses to be addressed to %s, with a Chinese reason', (_, overrides) => {
    expect(() => buildDisciplineLetter(example.disciplineLetter(overrides))).toThrow(
      /检举控告事项不得转给被检举控告的单位或人员.*应转纪检监察机构/u,
    );
  });
});

describe('the templates of the three kinds', () => {
  it('each ships a template that passes its own checks', () => {
    expect(validateLetterTemplate('forwardLetter', DEFAULT_LETTER_TEMPLATES.forwardLetter)).toEqual([]);
    expect(validateLetterTemplate('forwardNotice', DEFAULT_LETTER_TEMPLATES.forwardNotice)).toEqual([]);
    expect(validateLetterTemplate('disciplineLetter', DEFAULT_LETTER_TEMPLATES.disciplineLetter)).toEqual([]);
  });

  it('refuses a 转送告知书 that does not say where the matter went', () => {
    expect(validateLetterTemplate('forwardNotice', { title: '告知书', body: '{人称}反映的问题已转送。' })).toContain(
      '正文：缺少占位符{转送机关}（有权处理该事项的机关、单位（转送函的主送））',
    );
  });

  it('prints the office’s own wording', async () => {
    const template = { title: '转送告知', body: '{信访人}：你的问题已于{转送日期}转{转送机关}。' };
    expect(await texts(buildForwardNotice(example.forwardNotice(), template))).toContain(
      '马志强：你的问题已于2026年6月3日转矿区人力资源和社会保障局。',
    );
  });
});
