import { describe, expect, it } from 'vitest';
import { maskedName, retellCase, thirdPerson } from '../../../../renderer/src/domain/statistics';

describe('typical cases retold in the third person with 某-names (docs/domain.md §9: no personal data)', () => {
  it('derives a 某-name from the surname, compound surnames included', () => {
    expect(maskedName('张建国')).toBe('张某');
    expect(maskedName(' 李秀兰 ')).toBe('李某');
    expect(maskedName('欧阳明')).toBe('欧阳某');
    expect(maskedName('王')).toBe('王某');
    expect(maskedName('')).toBeNull();
    expect(maskedName('Tom')).toBeNull();
  });

  it('turns the petitioner’s own words into the third person', () => {
    expect(thirdPerson('本人所得明显低于同岗位职工，要求补发我的差额。')).toBe(
      '其所得明显低于同岗位职工，要求补发其差额。',
    );
    expect(thirdPerson('我们多次找我矿反映，我单位未答复。')).toBe('他们多次找该矿反映，所在单位未答复。');
  });

  it('retells a visit of six: who by 某-name and headcount, how they came, what they raised, no first person, no name', () => {
    const text = retellCase({
      summary: '张建国（电话13812345678）反映：本人所在班组精益奖金分配不公开，我们要求公开明细。',
      petitionerNames: ['张建国', '李秀兰'],
      channel: '来访',
      headcount: 6,
      anonymous: false,
      confidential: false,
    });
    expect(text).toBe('张某等6人来访反映，其所在班组精益奖金分配不公开，他们要求公开明细。');
    expect(text).not.toMatch(/本人|我|张建国|李秀兰|1381/u);
  });

  it('a summary that opens with its own headcount (「8人来访，反映…」) is not told twice', () => {
    const text = retellCase({
      summary: '8人来访，反映综采一队当月工资延迟发放，要求按时足额发放。',
      petitionerNames: ['赵志刚'],
      channel: '来访',
      headcount: 8,
      anonymous: false,
      confidential: false,
    });
    expect(text).toBe('赵某等8人来访反映，综采一队当月工资延迟发放，要求按时足额发放。');
  });

  it('a single caller, an anonymous letter and a confidential matter (no surname at all)', () => {
    const base = { petitionerNames: ['李秀兰'], headcount: 1, anonymous: false, confidential: false };
    expect(retellCase({ ...base, summary: '反映本人养老保险缴费年限少算两年。', channel: '来电' })).toBe(
      '李某来电反映，其养老保险缴费年限少算两年。',
    );
    expect(
      retellCase({ ...base, petitionerNames: [], anonymous: true, summary: '反映食堂饭菜价格偏高。', channel: '来信' }),
    ).toBe('匿名信访人来信反映，食堂饭菜价格偏高。');
    expect(
      retellCase({ ...base, confidential: true, summary: '李秀兰举报本人所在科室负责人违规报销。', channel: '来访' }),
    ).toBe('信访人来访举报其所在科室负责人违规报销。');
    expect(retellCase({ ...base, summary: '（电话13812345678）', channel: '来访' })).toBe('');
  });
});
