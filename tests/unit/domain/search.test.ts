import { describe, expect, it } from 'vitest';
import { buildSearchText, matchesSearch, namePinyin, withDigestedPhones } from '../../../renderer/src/domain/search';

const text = buildSearchText({
  names: ['张三', '李秀兰'],
  phones: ['13800001111'],
  regNo: '2026-0012',
  summary: '反映一号矿井综采一队2025年第四季度绩效工资未足额发放',
  demands: '要求补发拖欠的绩效工资',
});

describe('ledger search text', () => {
  it.each(['zs', 'zhangsan', '张三', '张', 'lxl', 'lixiulan', 'ZS'])('finds 张三 or 李秀兰 by %s', (query) => {
    expect(matchesSearch(text, query)).toBe(true);
  });

  it('finds the registration number, the last digits of a phone, and words of the summary and demands', () => {
    expect(matchesSearch(text, '2026-0012')).toBe(true);
    expect(matchesSearch(text, '1111')).toBe(true);
    expect(matchesSearch(text, '综采一队')).toBe(true);
    expect(matchesSearch(text, '补发')).toBe(true);
  });

  it('finds a phone written with hyphens, spaces or brackets by its stored digits', () => {
    const landline = buildSearchText({
      names: ['王五'],
      phones: ['03912345678'],
      regNo: '2026-0013',
      summary: '',
      demands: '',
    });
    expect(matchesSearch(landline, '0391-2345678')).toBe(true);
    expect(matchesSearch(landline, '(0391)2345678')).toBe(true);
    expect(matchesSearch(landline, '（0391）2345-678')).toBe(true);
    expect(matchesSearch(landline, '0391 2345678')).toBe(true);
    expect(matchesSearch(text, '138-0000-1111')).toBe(true);
    expect(matchesSearch(text, '138-0000-2222')).toBe(false);
  });

  it('holds no phone in the clear: a whole phone is found through its digest, a part only by its last four digits', () => {
    expect(text).not.toContain('13800001111');
    expect(text).not.toMatch(/\d{7}/);
    expect(matchesSearch(text, '13800001111')).toBe(true);
    expect(matchesSearch(text, '13800001112')).toBe(false);
    expect(matchesSearch(text, '1380000')).toBe(false);
  });

  it('digests the plain phone lines of search text stored before, so old rows still find their phones', () => {
    const stored = ['2026-0012', '张三', 'zhangsan', 'zs', '13800001111', '反映绩效工资'].join('\n');
    const digested = withDigestedPhones(stored);
    expect(digested).not.toContain('13800001111');
    expect(matchesSearch(digested, '138-0000-1111')).toBe(true);
    expect(matchesSearch(digested, '1111')).toBe(true);
    expect(matchesSearch(digested, '绩效')).toBe(true);
  });

  it('keeps the hyphen of a registration number in the query', () => {
    expect(matchesSearch(text, '2026-0012')).toBe(true);
    expect(matchesSearch(text, '2026-00')).toBe(true);
    expect(matchesSearch(text, '2026-0013')).toBe(false);
  });

  it('requires every term of the query', () => {
    expect(matchesSearch(text, ' zs  绩效 ')).toBe(true);
    expect(matchesSearch(text, 'zs\u3000补发')).toBe(true);
    expect(matchesSearch(text, 'zs 尘肺')).toBe(false);
    expect(matchesSearch(text, 'wangwu')).toBe(false);
  });

  it('matches everything with an empty query', () => {
    expect(matchesSearch(text, '   ')).toBe(true);
  });

  it('never carries an ID number', () => {
    const withId = buildSearchText({
      names: ['王建国'],
      phones: [],
      regNo: '2026-0001',
      summary: '身份证丢失',
      demands: '',
    });
    expect(withId).not.toMatch(/\d{17}[\dx]/);
  });

  it('reads surnames as surnames and ü as v', () => {
    expect(namePinyin('单建华')).toEqual(['shanjianhua', 'sjh']);
    expect(namePinyin('吕强')).toEqual(['lvqiang', 'lq']);
  });
});
