import { describe, expect, it } from 'vitest';
import { readChannel, readSatisfaction, readYesNo } from '../../../../renderer/src/domain/import/readChoices';

describe('the office’s channel words', () => {
  it.each([
    ['来访', '来访'],
    ['走访', '来访'],
    ['上访', '来访'],
    ['集体访', '来访'],
    ['来信', '来信'],
    ['信件', '来信'],
    ['信箱', '来信'],
    ['来电', '来电'],
    ['电话', '来电'],
    ['12345热线', '来电'],
    ['网上', '网上信访'],
    ['网信', '网上信访'],
    ['微信', '网上信访'],
    ['电子邮件', '网上信访'],
    ['网上来访', '网上信访'],
    ['领导接待日', '领导接待日'],
    ['书记接待日来访', '领导接待日'],
    ['上级交办', '上级转送'],
    ['下访', '下访发现'],
    ['座谈', '座谈会'],
    [' 来 访 ', '来访'],
    ['传真', '来信'],
    ['领导接访', '领导接待日'],
    ['领导接待', '领导接待日'],
  ])('%s → %s', (word, channel) => {
    expect(readChannel(word)).toEqual({ ok: true, value: channel });
  });

  it('leaves an empty cell unread and names a word it does not know', () => {
    expect(readChannel('')).toBeNull();
    expect(readChannel('其他')).toEqual({ ok: false, message: '来访形式「其他」无法识别' });
  });
});

describe('是否办结', () => {
  it.each([
    ['是', true],
    ['已办结', true],
    ['办结', true],
    ['√', true],
    ['已于3月5日办结', true],
    [true, true],
    ['否', false],
    ['未办结', false],
    ['尚未办结', false],
    ['在办', false],
    ['×', false],
    [false, false],
  ])('%s → %s', (word, answer) => {
    expect(readYesNo(word)).toEqual({ ok: true, value: answer });
  });

  it.each([
    ['已办结', true],
    ['不予受理', true],
    ['已转送', true],
    ['已终结', true],
    ['已受理', false],
    ['已答复', false],
    ['复查中', false],
  ])('reads the desk’s own status %s as %s', (word, answer) => {
    expect(readYesNo(word)).toEqual({ ok: true, value: answer });
  });

  it('leaves an empty cell unread and refuses a word that says neither', () => {
    expect(readYesNo('已作废')).toEqual({ ok: false, message: '「已作废」看不出是否办结' });
    expect(readYesNo(null)).toBeNull();
    expect(readYesNo('待定')).toEqual({ ok: false, message: '「待定」看不出是否办结' });
  });
});

describe('满意度', () => {
  it.each([
    ['满意', '满意'],
    ['非常满意', '满意'],
    ['基本满意', '基本满意'],
    ['比较满意', '基本满意'],
    ['不满意', '不满意'],
    ['不太满意', '不满意'],
    ['不认可', '不满意'],
    ['不太认可', '不满意'],
    ['不是很满意', '不满意'],
    ['没有满意', '不满意'],
    ['未满意', '不满意'],
    ['基本不认可', '不满意'],
    ['未回访，满意', '满意'],
  ])('%s → %s', (word, level) => {
    expect(readSatisfaction(word)).toEqual({ ok: true, value: level });
  });

  it('reads no rating from an empty cell or one that says there was no 回访', () => {
    expect(readSatisfaction('')).toBeNull();
    expect(readSatisfaction('未回访')).toBeNull();
    expect(readSatisfaction('一般')).toEqual({ ok: false, message: '满意度「一般」无法识别' });
  });

  it('refuses a doubly negated word as unknown rather than guess', () => {
    expect(readSatisfaction('不是不满意')).toEqual({ ok: false, message: '满意度「不是不满意」无法识别' });
  });
});
