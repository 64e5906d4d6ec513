import { describe, expect, it } from 'vitest';
import {
  validateReception,
  validateRegistration,
  type RegistrationInput,
} from '../../../renderer/src/domain/registration';
import { HEADCOUNT_MAX, TEXT_LIMITS } from '../../../renderer/src/domain/textLimits';
import { hasVisibleCharacter, stripXmlIllegal } from '../../../renderer/src/domain/xmlSafeText';
import { parsePayload } from '../../../renderer/src/domain/workflowPayloads';
import { RULES, person, visit } from './fixtures';

function errorsOf(input: RegistrationInput) {
  const result = validateRegistration(input, RULES);
  return result.ok ? {} : result.errors;
}

/** Every character XML 1.0 refuses that a paste can bring: C0 controls, U+FFFE/U+FFFF, lone surrogates. */
const NOT_XML = '\u0000\u0001\u0008\u000B\u000C\u000E\u001F\r\uFFFE\uDFFF\uFFFF\uD800';

describe('characters XML cannot carry', () => {
  it('are stripped, and tab, line feed and surrogate pairs are kept', () => {
    expect(stripXmlIllegal(`张${NOT_XML}三\t甲\n乙😀`)).toBe('张三\t甲\n乙😀');
  });

  it('a lone high surrogate before a pair is dropped without breaking the pair', () => {
    expect(stripXmlIllegal('\uD83D\uD83D\uDE00')).toBe('😀');
  });
});

describe('a visible character', () => {
  it.each([
    ['only spaces', ' \u3000 ', false],
    ['only zero-width spaces and joiners', '\u200B\u200C\u200D\uFEFF', false],
    ['a Hangul filler and direction marks', '\u3164\u200E\u200F', false],
    ['a Chinese name', '张三', true],
    ['a name between zero-width spaces', '\u200B李\u200B', true],
  ])('%s → %s', (_label, text, visible) => {
    expect(hasVisibleCharacter(text)).toBe(visible);
  });
});

describe('registration input bounds', () => {
  it('refuses a name made only of zero-width spaces, in Chinese', () => {
    expect(errorsOf(visit({ petitioners: [person({ name: '\u200B\u200B' })] }))).toEqual({
      'petitioners.0.name': '信访人姓名须含有可见的文字',
    });
  });

  it('refuses a headcount of 1e9 and accepts the largest allowed', () => {
    expect(errorsOf(visit({ headcount: 1e9 }))).toEqual({ headcount: `人数不能超过${HEADCOUNT_MAX}人` });
    expect(errorsOf(visit({ headcount: HEADCOUNT_MAX }))).toEqual({});
  });

  it('limits every text field of the form, naming the field and its limit', () => {
    const long = (n: number) => '字'.repeat(n + 1);
    const errors = errorsOf(
      visit({
        channel: '上级转送',
        source: { body: long(TEXT_LIMITS.sourceBody), docNo: long(TEXT_LIMITS.sourceDocNo), date: '2026-05-20' },
        petitioners: [person({ address: long(TEXT_LIMITS.address), name: long(TEXT_LIMITS.personName) })],
        demands: long(TEXT_LIMITS.demands),
        receivingOfficer: long(TEXT_LIMITS.receivingOfficer),
      }),
    );
    expect(errors).toEqual({
      'petitioners.0.name': `姓名不能超过${TEXT_LIMITS.personName}字（当前${TEXT_LIMITS.personName + 1}字）`,
      'petitioners.0.address': `住址不能超过${TEXT_LIMITS.address}字（当前${TEXT_LIMITS.address + 1}字）`,
      demands: `主要诉求不能超过${TEXT_LIMITS.demands}字（当前${TEXT_LIMITS.demands + 1}字）`,
      receivingOfficer: `接待人不能超过${TEXT_LIMITS.receivingOfficer}字（当前${TEXT_LIMITS.receivingOfficer + 1}字）`,
      'source.body': `转送/交办机关不能超过${TEXT_LIMITS.sourceBody}字（当前${TEXT_LIMITS.sourceBody + 1}字）`,
      'source.docNo': `转送/交办文号不能超过${TEXT_LIMITS.sourceDocNo}字（当前${TEXT_LIMITS.sourceDocNo + 1}字）`,
    });
  });

  it('refuses a 100,000-character summary on a repeat visit too', () => {
    const result = validateReception(visit({ summary: '欠'.repeat(100_000) }), RULES);
    expect(result.ok ? {} : result.errors).toEqual({
      summary: `反映问题摘要不能超过${TEXT_LIMITS.summary}字（当前100000字）`,
    });
  });

  it('strips U+FFFE, U+FFFF, lone surrogates and C0 controls from every text it returns', () => {
    const dirty = (text: string) => `${text.slice(0, 1)}${NOT_XML}${text.slice(1)}`;
    const result = validateRegistration(
      visit({
        channel: '上级转送',
        source: { body: dirty('市信访局'), docNo: dirty('市信转〔2026〕15号'), date: '2026-05-20' },
        petitioners: [person({ name: dirty('张三'), address: dirty('矿区街12号') })],
        summary: dirty('反映拖欠工资'),
        demands: dirty('补发工资'),
        receivingOfficer: dirty('王丽'),
        attachments: [{ name: dirty('扫描件.pdf'), mimeType: 'application/pdf', size: 10, data: new Blob(['x']) }],
      }),
      RULES,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const v = result.value;
    expect([
      v.petitioners[0]?.name,
      v.petitioners[0]?.address,
      v.summary,
      v.demands,
      v.receivingOfficer,
      v.source?.body,
      v.source?.docNo,
      v.attachments[0]?.name,
    ]).toEqual([
      '张三',
      '矿区街12号',
      '反映拖欠工资',
      '补发工资',
      '王丽',
      '市信访局',
      '市信转〔2026〕15号',
      '扫描件.pdf',
    ]);
  });
});

describe('case action payload bounds', () => {
  it('strips characters XML cannot carry from a case action’s text', () => {
    const parsed = parsePayload('addNote', { note: `已约谈\uFFFE当事人\u0000` });
    expect(parsed).toEqual({ ok: true, value: { note: '已约谈当事人' } });
  });

  it('refuses a short name over its limit and a name of only zero-width characters', () => {
    const base = { unitId: 'unit-1-1-1', leader: '李矿长', handler: '赵主任', dueDate: '2026-06-10' };
    const tooLong = parsePayload('assign', { ...base, leader: '李'.repeat(TEXT_LIMITS.caseName + 1) });
    expect(tooLong).toEqual({ ok: false, reason: `包案领导不能超过${TEXT_LIMITS.caseName}字` });
    const invisible = parsePayload('assign', { ...base, handler: '\u200B\u200B' });
    expect(invisible).toEqual({ ok: false, reason: '请填写承办人' });
  });
});
