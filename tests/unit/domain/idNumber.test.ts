import { describe, expect, it } from 'vitest';
import {
  birthDateFromIdNumber,
  checkIdNumber,
  checkPhone,
  genderFromIdNumber,
  maskIdNumber,
  maskPhone,
  normalizeIdNumber,
  normalizePhone,
  maskTypedPhone,
  shownPhone,
} from '../../../renderer/src/domain/idNumber';

const NOW = new Date(2026, 4, 25, 10, 0);

describe('身份证号 check (GB 11643-1999)', () => {
  it.each([
    ['11010519491231002X', '北京朝阳, trailing X'],
    ['440524188001010014', '广东汕头, the standard example'],
    ['410602199001011231', '河南鹤壁'],
    ['410602198503152021', '河南鹤壁, a woman'],
    ['140102197805203317', '山西太原'],
  ])('accepts %s (%s)', (id) => {
    expect(checkIdNumber(id, NOW)).toBeNull();
  });

  it('accepts a lowercase x check character and normalises it to X', () => {
    expect(checkIdNumber('11010519491231002x', NOW)).toBeNull();
    expect(normalizeIdNumber(' 11010519491231002x ')).toBe('11010519491231002X');
  });

  it('drops the spaces of a pasted ID number so it checks as valid', () => {
    expect(normalizeIdNumber('140102 19780520 3317')).toBe('140102197805203317');
    expect(normalizeIdNumber('110105\u300019491231002x')).toBe('11010519491231002X');
    expect(checkIdNumber('140102 19780520 3317', NOW)).toBeNull();
  });

  it.each([
    ['410602199001011234', '身份证号校验位不正确，请核对'],
    ['110105194912310021', '身份证号校验位不正确，请核对'],
    ['440524188001010015', '身份证号校验位不正确，请核对'],
    ['41060219900101123', '身份证号应为18位'],
    ['4106021990010112311', '身份证号应为18位'],
    ['', '身份证号应为18位'],
    ['41060219900101123Y', '身份证号只能由数字和末位X组成'],
    ['4106021990X101123X', '身份证号只能由数字和末位X组成'],
    ['000000199001011234', '身份证号前6位地区码不正确'],
    ['990602199001011234', '身份证号前6位地区码不正确'],
    ['190602199001011234', '身份证号前6位地区码不正确'],
    ['470602199001011234', '身份证号前6位地区码不正确'],
    ['410602199002301234', '身份证号中的出生日期不正确'],
    ['410602199013011234', '身份证号中的出生日期不正确'],
    ['410602179901011234', '身份证号中的出生日期不正确'],
    ['410602202701011234', '身份证号中的出生日期晚于今天，请核对'],
  ])('refuses %s with “%s”', (id, message) => {
    expect(checkIdNumber(id, NOW)).toBe(message);
  });

  it('reads the birth date and gender from a valid number only', () => {
    expect(birthDateFromIdNumber('410602198503152021')).toBe('1985-03-15');
    expect(genderFromIdNumber('410602198503152021')).toBe('女');
    expect(genderFromIdNumber('140102197805203317')).toBe('男');
    expect(birthDateFromIdNumber('410602199001011234')).toBeNull();
    expect(genderFromIdNumber('12345')).toBeNull();
  });
});

describe('masking personal identifiers', () => {
  it('keeps the first 4 and last 4 characters of an ID number', () => {
    expect(maskIdNumber('410602199001011234')).toBe('4106**********1234');
    expect(maskIdNumber('11010519491231002X')).toBe('1101**********002X');
  });

  it('keeps the first 3 and last 4 digits of a mobile number', () => {
    expect(maskPhone('13800001111')).toBe('138****1111');
    expect(maskPhone('3921234')).toBe('****1234');
  });
});

describe('phone numbers', () => {
  it.each([
    '13800001111',
    '19912345678',
    '0391-2345678',
    '03912345678',
    '010-87654321',
    '138-0000-1111',
    '(0391)2345678',
  ])('accepts %s', (phone) => {
    expect(checkPhone(phone)).toBeNull();
  });

  it.each(['12800001111', '1380000111', '391-2345678', '0391-23456', 'abc', '138-0000-111'])('refuses %s', (phone) => {
    expect(checkPhone(phone)).toBe('联系电话格式不正确（手机号11位，座机如0391-2345678）');
  });

  it('compacts a landline so both spellings are the same number', () => {
    expect(normalizePhone('0391-2345678')).toBe(normalizePhone('0391 2345678'));
    expect(normalizePhone('0391-2345678')).toBe('03912345678');
  });
});

describe('a phone as typed (登记原样)', () => {
  it('shows the phone as the clerk typed it when that is the stored number written with separators', () => {
    expect(shownPhone({ phone: '09123456789', phoneAsTyped: '0912-3456789' })).toBe('0912-3456789');
    expect(shownPhone({ phone: '13800001111', phoneAsTyped: '138 0000 1111' })).toBe('138 0000 1111');
  });

  it('falls back to the stored number for a record saved before the typed form was kept', () => {
    expect(shownPhone({ phone: '09123456789' })).toBe('09123456789');
    expect(shownPhone({ phone: '' })).toBe('');
  });

  it('never shows a typed form that is not the stored number (a masked or changed phone wins)', () => {
    expect(shownPhone({ phone: '091****6789', phoneAsTyped: '0912-3456789' })).toBe('091****6789');
    expect(shownPhone({ phone: '13900002222', phoneAsTyped: '0912-3456789' })).toBe('13900002222');
  });

  it('masks a typed form digit for digit as the compacted one, keeping only its separators', () => {
    expect(maskTypedPhone('0912-3456789')).toBe('091*-***6789');
    expect(maskTypedPhone('09123456789')).toBe(maskPhone('09123456789'));
    expect(maskTypedPhone('(0391)2345678')).toBe('(039*)***5678');
    expect(maskTypedPhone('138 0000 1111')).toBe('138 **** 1111');
    expect(maskTypedPhone('3921234')).toBe('****1234');
    expect(maskTypedPhone('')).toBe('');
  });
});
