import { describe, expect, it } from 'vitest';
import {
  emptyRegistration,
  isCollective,
  isCollectiveContact,
  validateReception,
  validateRegistration,
} from '../../../renderer/src/domain/registration';
import { NOW, RULES, person, visit } from './fixtures';

function errorsOf(input: Parameters<typeof validateRegistration>[0]) {
  const result = validateRegistration(input, RULES);
  return result.ok ? {} : result.errors;
}

describe('registration validation', () => {
  it('accepts a complete visit and returns it cleaned', () => {
    const result = validateRegistration(
      visit({
        summary: '  反映拖欠工资  ',
        petitioners: [person({ idNumber: '11010519491231002x', phone: '0351 6012345', name: ' 李秀兰 ' })],
      }),
      RULES,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.summary).toBe('反映拖欠工资');
    expect(result.value.petitioners[0]).toMatchObject({
      name: '李秀兰',
      idNumber: '11010519491231002X',
      phone: '03516012345',
    });
    expect(result.value.flags.collective).toBe(false);
  });

  it('keeps the phone as typed (trimmed, XML-safe) beside the compacted one that recognition matches', () => {
    const result = validateRegistration(visit({ petitioners: [person({ phone: ' 0912-3456789\u0007 ' })] }), RULES);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.value.petitioners[0]).toMatchObject({ phone: '09123456789', phoneAsTyped: '0912-3456789' });
    const blank = validateReception(visit({ petitioners: [person({ phone: '' })] }), RULES);
    if (!blank.ok) throw new Error(JSON.stringify(blank.errors));
    expect(blank.value.petitioners[0]).toMatchObject({ phone: '', phoneAsTyped: '' });
  });

  it('names every missing required field at once, in Chinese', () => {
    const errors = errorsOf({ ...emptyRegistration(NOW), channel: null, receivedAt: '' });
    expect(errors).toEqual({
      channel: '请选择来源渠道',
      receivedAt: '请填写接待时间',
      'petitioners.0.name': '请至少填写一名信访人姓名（匿名信访请勾选“匿名”）',
      receivingOfficer: '请填写接待人',
      categoryId: '请选择问题类别',
      nature: '请选择信访性质',
      summary: '请填写反映问题摘要',
    });
  });

  it('puts an ID number error on that petitioner’s row', () => {
    const errors = errorsOf(
      visit({ petitioners: [person(), person({ name: '李秀兰', idNumber: '410602199001011234' })], headcount: 2 }),
    );
    expect(errors).toEqual({ 'petitioners.1.idNumber': '身份证号校验位不正确，请核对' });
  });

  it('lets the ID number and phone be left empty but checks them when given', () => {
    expect(errorsOf(visit({ petitioners: [person({ idNumber: '', phone: '' })] }))).toEqual({});
    expect(errorsOf(visit({ petitioners: [person({ phone: '1380000111' })] }))).toEqual({
      'petitioners.0.phone': '联系电话格式不正确（手机号11位，座机如0391-2345678）',
    });
  });

  it('requires a name on every petitioner row that has other details, unless anonymous', () => {
    expect(errorsOf(visit({ petitioners: [person(), person({ name: '', idNumber: '' })], headcount: 2 }))).toEqual({
      'petitioners.1.name': '请填写信访人姓名',
    });
    const anonymous = visit({
      channel: '来信',
      petitioners: [],
      flags: { jointLetter: false, anonymous: true, levelSkipping: false, lawRelated: false },
    });
    expect(errorsOf(anonymous)).toEqual({});
  });

  it('ignores a completely blank petitioner row', () => {
    const result = validateRegistration(
      visit({
        petitioners: [
          person(),
          {
            ...person(),
            name: '',
            gender: null,
            idNumber: '',
            phone: '',
            address: '',
            identityType: null,
            unitId: null,
          },
        ],
      }),
      RULES,
    );
    expect(result.ok && result.value.petitioners.length).toBe(1);
  });

  it.each([
    [null, '请填写人数'],
    [0, '人数应为不小于1的整数'],
    [2.5, '人数应为不小于1的整数'],
    [1, '人数不能少于已填写的信访人数（2人）'],
  ])('refuses headcount %s: %s', (headcount, message) => {
    expect(errorsOf(visit({ headcount, petitioners: [person(), person({ name: '李秀兰', idNumber: '' })] }))).toEqual({
      headcount: message,
    });
  });

  it('allows at most five representatives', () => {
    const six = Array.from({ length: 6 }, (_, i) =>
      person({ name: `代表${i + 1}`, idNumber: '', phone: '', isRepresentative: true }),
    );
    expect(errorsOf(visit({ petitioners: six, headcount: 30 }))).toEqual({ petitioners: '代表最多5人' });
    expect(errorsOf(visit({ petitioners: six.slice(0, 5), headcount: 30 }))).toEqual({});
  });

  it('refuses a received time in the future or malformed', () => {
    expect(errorsOf(visit({ receivedAt: '2026-05-25T10:01' }))).toEqual({ receivedAt: '接待时间不能晚于当前时间' });
    expect(errorsOf(visit({ receivedAt: '2026-05-32T09:00' }))).toEqual({ receivedAt: '接待时间格式不正确' });
  });

  it('limits the summary to 2000 characters', () => {
    expect(errorsOf(visit({ summary: '欠'.repeat(2001) }))).toEqual({
      summary: '反映问题摘要不能超过2000字（当前2001字）',
    });
    expect(errorsOf(visit({ summary: '欠'.repeat(2000) }))).toEqual({});
  });

  it('requires the source body and date for a 上级转送 case', () => {
    expect(errorsOf(visit({ channel: '上级转送', source: null }))).toEqual({
      'source.body': '请填写转送/交办机关',
      'source.date': '请填写转送/交办日期',
    });
    const sent = visit({
      channel: '上级转送',
      source: { body: '市信访局', docNo: '市信转〔2026〕15号', date: '2026-05-20' },
    });
    const result = validateRegistration(sent, RULES);
    expect(result.ok && result.value.source).toEqual({
      body: '市信访局',
      docNo: '市信转〔2026〕15号',
      date: '2026-05-20',
    });
  });

  it('drops the source when the channel is not 上级转送', () => {
    const result = validateRegistration(visit({ source: { body: '市信访局', docNo: '', date: '2026-05-20' } }), RULES);
    expect(result.ok && result.value.source).toBeNull();
  });

  it('names the file and the limit when an attachment is too large', () => {
    const big = {
      name: '工资条扫描件.pdf',
      mimeType: 'application/pdf',
      size: 12 * 1024 * 1024,
      data: new Blob(['x']),
    };
    const small = { name: '照片.jpg', mimeType: 'image/jpeg', size: 300_000, data: new Blob(['x']) };
    expect(errorsOf(visit({ attachments: [small, big] }))).toEqual({
      'attachments.1': '附件“工资条扫描件.pdf”为12MB，超过10MB的上限',
    });
  });

  it('derives 集体访 from the headcount and the configured threshold', () => {
    expect(isCollective('来访', 5, 5)).toBe(true);
    expect(isCollective('来访', 4, 5)).toBe(false);
    const result = validateRegistration(visit({ headcount: 8 }), { ...RULES, collectiveThreshold: 8 });
    expect(result.ok && result.value.flags.collective).toBe(true);
  });

  it('集体访 is a 来访 or 领导接待日 of 5 or more only (docs/domain.md §8): never a 下访发现, 座谈会, letter, call or online', () => {
    expect(isCollective('领导接待日', 5, 5)).toBe(true);
    for (const channel of ['下访发现', '座谈会', '来信', '来电', '网上信访', '上级转送'] as const) {
      expect(isCollective(channel, 12, 5), channel).toBe(false);
    }
    const workers = Array.from({ length: 12 }, (_, i) => person({ name: `工人${i + 1}`, idNumber: '' }));
    const outreach = validateRegistration(visit({ channel: '下访发现', headcount: 12, petitioners: workers }), RULES);
    expect(outreach.ok && outreach.value.flags.collective).toBe(false);
    const forum = validateReception(visit({ channel: '座谈会', headcount: 30 }), RULES);
    expect(forum.ok && forum.value.flags.collective).toBe(false);
    const group = validateRegistration(visit({ channel: '来访', headcount: 6 }), RULES);
    expect(group.ok && group.value.flags.collective).toBe(true);
  });

  it('isCollectiveContact reads a stored flag by the rule: an old 下访发现 flagged 集体访 is not one', () => {
    const flagged = { collective: true, jointLetter: false, anonymous: false, levelSkipping: false, lawRelated: false };
    expect(isCollectiveContact({ channel: '下访发现', flags: flagged })).toBe(false);
    expect(isCollectiveContact({ channel: '来信', flags: flagged })).toBe(false);
    expect(isCollectiveContact({ channel: '来访', flags: flagged })).toBe(true);
    expect(isCollectiveContact({ channel: '领导接待日', flags: flagged })).toBe(true);
    expect(isCollectiveContact({ channel: '来访', flags: { ...flagged, collective: false } })).toBe(false);
  });

  it('refuses the same ID number on two rows of one form, naming the first row', () => {
    const rows = [
      person(),
      person({ name: '李秀兰', idNumber: '' }),
      person({ name: '张三丰', idNumber: '140102 19780520 3317' }),
    ];
    const expected = { 'petitioners.2.idNumber': '与信访人1的身份证号重复' };
    expect(errorsOf(visit({ petitioners: rows, headcount: 3 }))).toEqual(expected);
    const reception = validateReception(visit({ petitioners: rows, headcount: 3 }), RULES);
    expect(reception.ok ? {} : reception.errors).toEqual(expected);
  });

  it('does not count blank ID numbers as duplicates', () => {
    const rows = [person({ idNumber: '' }), person({ name: '李秀兰', idNumber: '' })];
    expect(validateRegistration(visit({ petitioners: rows, headcount: 2 }), RULES).ok).toBe(true);
  });

  it('does not require category, nature or summary to link a repeat visit', () => {
    const result = validateReception(visit({ categoryId: null, nature: null, summary: '' }), RULES);
    expect(result.ok).toBe(true);
  });

  it('starts a fresh form as a visit received now with one blank petitioner', () => {
    const form = emptyRegistration(NOW);
    expect(form.receivedAt).toBe('2026-05-25T10:00');
    expect(form.channel).toBe('来访');
    expect(form.petitioners).toHaveLength(1);
    expect(form.headcount).toBe(1);
  });
});
