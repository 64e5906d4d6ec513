import { describe, expect, it } from 'vitest';
import { readIdNumber, upgradeOldIdNumber } from '../../../../renderer/src/domain/import/readIdNumber';

const NOW = new Date(2026, 4, 25);
const INCOMPLETE = '身份证号被Excel存为数字，末几位已丢失，请按原件补全';

describe('an ID number from an old ledger', () => {
  it('accepts a valid 18-character number, a lowercase x and pasted spaces', () => {
    expect(readIdNumber('410602199001011231', NOW)).toEqual({ state: 'valid', idNumber: '410602199001011231' });
    expect(readIdNumber(' 11010519491231002x', NOW)).toEqual({ state: 'valid', idNumber: '11010519491231002X' });
    expect(readIdNumber('140102 19780520 3317', NOW)).toEqual({ state: 'valid', idNumber: '140102197805203317' });
    expect(readIdNumber("'410602199001011231", NOW)).toMatchObject({ state: 'valid' });
  });

  it('never accepts one Excel stored as a number: its last digits are gone, its first 15 kept to look the person up', () => {
    // The number a cell not formatted as text holds: a double cannot keep 18 digits.
    expect(readIdNumber(Number('410602199001011231'), NOW)).toEqual({
      state: 'incomplete',
      knownDigits: '410602199001011',
      warning: INCOMPLETE,
    });
  });

  it.each(['4.10602199001011E+17', '4.10602199001011e17'])('flags %s, the number as Excel shows it', (written) => {
    expect(readIdNumber(written, NOW)).toEqual({
      state: 'incomplete',
      knownDigits: '410602199001011',
      warning: INCOMPLETE,
    });
  });

  it('flags the zeros a number left when turned back into text', () => {
    expect(readIdNumber('410602199001011000', NOW)).toEqual({
      state: 'incomplete',
      knownDigits: '410602199001011',
      warning: INCOMPLETE,
    });
  });

  it('never accepts a number ending in 000 as complete, even when its check digit happens to hold', () => {
    expect(readIdNumber('410602199001017000', NOW)).toEqual({
      state: 'incomplete',
      knownDigits: '410602199001017',
      warning: INCOMPLETE,
    });
  });

  it('flags a 15-digit first-generation number and gives its 18-digit form', () => {
    expect(upgradeOldIdNumber('410602900101123')).toBe('410602199001011231');
    expect(readIdNumber('410602900101123', NOW)).toEqual({
      state: 'old',
      idNumber: '410602900101123',
      upgraded: '410602199001011231',
      warning: '15位旧身份证号，已按规则换算为18位，请核对',
    });
    expect(readIdNumber(410602900101123, NOW)).toMatchObject({ state: 'old', upgraded: '410602199001011231' });
  });

  it('passes on the desk’s own check for anything else', () => {
    expect(readIdNumber('410602199001011234', NOW)).toEqual({
      state: 'invalid',
      written: '410602199001011234',
      warning: '身份证号校验位不正确，请核对',
    });
    expect(readIdNumber('410602901301123', NOW)).toMatchObject({
      state: 'invalid',
      warning: '身份证号中的出生日期不正确',
    });
    expect(readIdNumber(4106021990, NOW)).toMatchObject({ state: 'invalid', warning: '身份证号应为18位' });
  });

  it('reads an empty cell as no ID number', () => {
    expect(readIdNumber('', NOW)).toBeNull();
    expect(readIdNumber(null, NOW)).toBeNull();
  });
});
