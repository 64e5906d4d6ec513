import { describe, expect, it } from 'vitest';
import { hasIdentifiers, scrubIdentifiers } from '../../../../renderer/src/documents/report/scrub';

describe('scrubIdentifiers: a typical case keeps what was asked, not who asked', () => {
  it.each([
    ['18-digit ID number with its label', '张建国（身份证号：410602199001011234）反映工资拖欠。', ['张建国'], '信访人反映工资拖欠。'],
    ['ID number ending in X', '身份证41060219900101123X，要求补发', [], '要求补发'],
    ['old 15-digit ID number', '证件号码410602900101123反映问题', [], '反映问题'],
    ['mobile number with its label', '联系电话：13812345678，反映供暖不热。', [], '反映供暖不热。'],
    ['mobile number written in groups', '请回电 138-1234-5678。', [], '请回电。'],
    ['landline number', '电话0392-2345678，反映物业收费。', [], '反映物业收费。'],
    ['parenthesis left with only commas', '张建国（身份证号410602199001011234，电话13812345678）反映。', ['张建国'], '信访人反映。'],
    ['every petitioner name, the longest first', '王建国、王建等6人反映拖欠工资，王建国多次来访。', ['王建', '王建国'], '信访人、信访人等6人反映拖欠工资，信访人多次来访。'],
  ])('removes a %s', (_, text, names, expected) => {
    expect(scrubIdentifiers(text, names)).toBe(expected);
  });

  it('leaves dates, amounts, registration numbers and longer digit runs alone', () => {
    const text = '2026年5月6日反映欠发工资12800元（登记编号2026-0012），合同编号2026050600123456789。';
    expect(scrubIdentifiers(text)).toBe(text);
    expect(hasIdentifiers(text)).toBe(false);
  });

  it('says whether text holds an ID or phone number, every time it is asked', () => {
    expect(hasIdentifiers('电话13812345678')).toBe(true);
    expect(hasIdentifiers('电话13812345678')).toBe(true);
    expect(hasIdentifiers('没有号码')).toBe(false);
  });
});
