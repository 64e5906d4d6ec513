import { describe, expect, it } from 'vitest';
import {
  confidentialScrubber,
  hasIdentityNumbers,
  identityScrubber,
  maskIdentityNumbers,
  removeIdentities,
  REPLACE,
} from '../../../renderer/src/domain/access/scrubIdentity';

/** The whistleblower of these tests: every string that identifies her. */
const LI = { name: '李秀兰', idNumber: '11010519491231002X', phone: '13912340000', address: '选煤厂家属院3号楼' };
const H = '（保密）';

describe('a confidential matter’s text hides its people however their numbers are written', () => {
  const scrub = confidentialScrubber([LI]);
  it.each([
    ['a mobile written plain', '请回电13912340000', `请回电${H}`],
    ['a mobile with dashes', '请回电139-1234-0000。', `请回电${H}。`],
    ['a mobile with spaces', '请回电 139 1234 0000', `请回电 ${H}`],
    ['a mobile with a dash between spaces', '电话 139 - 1234 - 0000', `电话 ${H}`],
    ['a mobile with dots', '电话139.1234.0000', `电话${H}`],
    ['a mobile in full-width digits', '电话１３９１２３４００００', `电话${H}`],
    ['a mobile with full-width dashes', '电话１３９－１２３４－００００', `电话${H}`],
    ['a mobile with +86', '电话+86 139 1234 0000', `电话${H}`],
    ['a mobile with 0086', '电话0086-13912340000', `电话${H}`],
    ['a mobile with (+86)', '电话(+86)13912340000', `电话${H}`],
    ['an ID number with a lower-case x', '身份证11010519491231002x', `身份证${H}`],
    ['an ID number in groups', '身份证 110105 19491231 002X', `身份证 ${H}`],
    ['an ID number in full width', '身份证１１０１０５１９４９１２３１００２Ｘ', `身份证${H}`],
    ['the name', '李秀兰检举班组长', `${H}检举班组长`],
    ['the name with spaces between its characters', '李 秀 兰检举', `${H}检举`],
    ['the address, whole, though it holds no name', '住选煤厂家属院3号楼', `住${H}`],
  ])('%s', (_, text, expected) => {
    expect(scrub(text)).toBe(expected);
  });

  it.each([
    ['another person’s mobile', '班组长电话13700002222', `班组长电话${H}`],
    ['a landline with a dash', '座机0912-3456789', `座机${H}`],
    ['a landline with its area code in brackets', '座机（0391）2345678转', `座机${H}转`],
    ['a landline in groups', '座机0391 234 5678', `座机${H}`],
    ['an old 15-digit ID number', '老身份证140102780520331', `老身份证${H}`],
  ])('and every other number in it: %s', (_, text, expected) => {
    expect(scrub(text)).toBe(expected);
  });

  it.each([
    '登记编号2026-0001已受理',
    '2025年第四季度精益奖金12000元',
    '20260315前答复',
    '涉及职工135人，拖欠3个月',
    '合同编号2026050600123456789',
    '2026-05-25 09:30 来访',
  ])('keeps ordinary numbers: %s', (text) => {
    expect(scrub(text)).toBe(text);
  });
});

describe('a letter to the accused unit hides the known people only', () => {
  const scrub = identityScrubber({ people: [LI], replace: REPLACE.confidential });
  it.each([
    ['their phone however written', '联系139 1234 0000', `联系${H}`],
    ['their ID number in full width', '证件１１０１０５１９４９１２３１００２ｘ', `证件${H}`],
  ])('replaces %s', (_, text, expected) => {
    expect(scrub(text)).toBe(expected);
  });

  it('removes a landline the clerk typed with a dash, whether the person is known by it or by its digits', () => {
    for (const phone of ['0912-3456789', '09123456789']) {
      const scrubPerson = identityScrubber({ people: [{ phone }], replace: REPLACE.confidential });
      for (const written of ['0912-3456789', '09123456789', '0912 3456789', '(0912)3456789'])
        expect(scrubPerson(`回电${written}`)).toBe(`回电${H}`);
    }
  });

  it('keeps the office’s own telephone', () => {
    expect(scrub('信访办电话0351-7654321')).toBe('信访办电话0351-7654321');
  });

  it('ignores names and addresses shorter than two characters', () => {
    expect(identityScrubber({ people: [{ name: '王' }], replace: REPLACE.confidential })('王矿长')).toBe('王矿长');
  });
});

describe('the 审计日志 masks numbers as the lists do (docs/domain.md §11)', () => {
  it.each([
    ['an ID number keeps its first and last four', '身份证号11010519491231002x', '身份证号1101**********002X'],
    ['a mobile keeps its first three and last four', '电话139-1234-0000', '电话139****0000'],
    ['a full-width mobile too', '电话１３９１２３４００００', '电话139****0000'],
    ['a mobile with +86 loses the country code', '+86 13912340000', '139****0000'],
    ['a landline keeps its last four', '座机0912-3456789', '座机091****6789'],
  ])('%s', (_, text, expected) => {
    expect(maskIdentityNumbers(text)).toBe(expected);
  });
});

describe('the report removes who asked (docs/domain.md §9)', () => {
  it('leaves no comma hanging where a phone at the end was removed with its label', () => {
    expect(removeIdentities('李秀兰等3人反映工资未按时发放，联系电话13912345678', ['李秀兰'])).toBe(
      '信访人等3人反映工资未按时发放',
    );
  });

  it.each([
    [
      'an 18-digit ID number with its label',
      '张建国（身份证号：410602199001011234）反映工资拖欠。',
      ['张建国'],
      '信访人反映工资拖欠。',
    ],
    ['an ID number ending in X', '身份证41060219900101123X，要求补发', [], '要求补发'],
    ['an old 15-digit ID number', '证件号码410602900101123反映问题', [], '反映问题'],
    ['a mobile number with its label', '联系电话：13812345678，反映供暖不热。', [], '反映供暖不热。'],
    ['a mobile number written in groups', '请回电 138-1234-5678。', [], '请回电。'],
    ['a mobile number in full-width digits', '联系电话：１３８１２３４５６７８，反映供暖不热。', [], '反映供暖不热。'],
    ['a landline number', '电话0392-2345678，反映物业收费。', [], '反映物业收费。'],
    [
      'a parenthesis left with only commas',
      '张建国（身份证号410602199001011234，电话13812345678）反映。',
      ['张建国'],
      '信访人反映。',
    ],
    [
      'every petitioner name, the longest first',
      '王建国、王建等6人反映拖欠工资，王建国多次来访。',
      ['王建', '王建国'],
      '信访人、信访人等6人反映拖欠工资，信访人多次来访。',
    ],
  ])('removes %s', (_, text, names, expected) => {
    expect(removeIdentities(text, names)).toBe(expected);
  });

  it('leaves dates, amounts, registration numbers and longer digit runs alone', () => {
    const text = '2026年5月6日反映欠发工资12800元（登记编号2026-0012），合同编号2026050600123456789。';
    expect(removeIdentities(text)).toBe(text);
    expect(hasIdentityNumbers(text)).toBe(false);
  });

  it('says whether a text holds an ID or phone number, every time it is asked', () => {
    expect(hasIdentityNumbers('电话139 1234 5678')).toBe(true);
    expect(hasIdentityNumbers('电话139 1234 5678')).toBe(true);
    expect(hasIdentityNumbers('没有号码')).toBe(false);
  });
});
