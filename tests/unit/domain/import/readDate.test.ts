import { describe, expect, it } from 'vitest';
import { excelSerialToMoment } from '../../../../renderer/src/domain/import/excelSerial';
import { readDate, yearFromTexts } from '../../../../renderer/src/domain/import/readDate';

const IN_2025 = { year: 2025 };
const NO_YEAR = { year: null };

describe('Excel day numbers', () => {
  it.each([
    [1, '1900-01-01'],
    [59, '1900-02-28'],
    [61, '1900-03-01'],
    [45721, '2025-03-05'],
  ])('day %d of the 1900 system is %s (the leap bug moves every day from 61 on)', (serial, day) => {
    expect(excelSerialToMoment(serial)).toEqual({ ok: true, value: { day, hour: 0, minute: 0 } });
  });

  it('refuses day 60, the 1900-02-29 that Excel counts and the calendar never had', () => {
    expect(excelSerialToMoment(60)).toEqual({ ok: false, message: 'Excel的1900年2月29日并不存在' });
  });

  it('reads the fraction as the time of day, to the minute', () => {
    expect(excelSerialToMoment(45721 + 9.5 / 24)).toEqual({
      ok: true,
      value: { day: '2025-03-05', hour: 9, minute: 30 },
    });
  });

  it('counts a 1904 workbook from 1904-01-01, 1462 days later', () => {
    expect(excelSerialToMoment(0, true).ok && excelSerialToMoment(0, true)).toMatchObject({
      value: { day: '1904-01-01' },
    });
    expect(excelSerialToMoment(45721 - 1462, true)).toMatchObject({ value: { day: '2025-03-05' } });
  });

  it.each([0, -3, Number.NaN, 3e6])('refuses %s', (serial) => {
    expect(excelSerialToMoment(serial).ok).toBe(false);
  });
});

describe('a ledger day read as a clerk reads it', () => {
  it.each([
    [new Date(2025, 2, 5, 14, 20), '2025-03-05'],
    [45721, '2025-03-05'],
    [45721.75, '2025-03-05'],
    ['2025.3.5', '2025-03-05'],
    ['2025-3-5', '2025-03-05'],
    ['2025/03/05', '2025-03-05'],
    ['2025年3月5日', '2025-03-05'],
    ['2025 年 3 月 5 日', '2025-03-05'],
    ['2025年03月05日上午', '2025-03-05'],
    ['2025-03-05 09:30', '2025-03-05'],
    ['2025．3．5', '2025-03-05'],
    ['20250305', '2025-03-05'],
    [20250305, '2025-03-05'],
    ['3月5日', '2025-03-05'],
    ['3.5', '2025-03-05'],
    ['12月31号', '2025-12-31'],
    [3.5, '2025-03-05'],
    [12.31, '2025-12-31'],
    [2.3, '2025-02-03'],
  ])('%s → %s', (value, day) => {
    expect(readDate(value, IN_2025)).toEqual({ ok: true, value: day });
  });

  it.each([
    ['2025.2.30', '「2025.2.30」不是真实存在的日期'],
    ['2025年13月1日', '「2025年13月1日」不是真实存在的日期'],
    ['2023-2-29', '「2023-2-29」不是真实存在的日期'],
    ['1900.1.1', '「1900.1.1」的年份不在1949—2099年之间'],
    [12, '「1900-01-12」的年份不在1949—2099年之间'],
    [60, 'Excel的1900年2月29日并不存在'],
    [3.1, '「3.1」被Excel存为数字，分不清是几号，请按原件填写'],
    ['上周三', '「上周三」不是能识别的日期'],
    ['', '未填写'],
    [null, '未填写'],
  ])('refuses %s: %s', (value, message) => {
    expect(readDate(value, IN_2025)).toEqual({ ok: false, message });
  });

  it('reads a day without a year only when the sheet names one', () => {
    expect(readDate('3月5日', NO_YEAR)).toEqual({ ok: false, message: '「3月5日」没有年份，表名和标题中也找不到年份' });
    expect(readDate('2026年3月5日', NO_YEAR)).toEqual({ ok: true, value: '2026-03-05' });
  });

  it('refuses 2月29日 in a year that has none', () => {
    expect(readDate('2月29日', { year: 2023 }).ok).toBe(false);
    expect(readDate('2月29日', { year: 2024 })).toEqual({ ok: true, value: '2024-02-29' });
  });

  it('reads a plain day number of a 1904 workbook in its own system', () => {
    expect(readDate(45721 - 1462, { year: null, date1904: true })).toEqual({ ok: true, value: '2025-03-05' });
  });
});

describe('the year of a sheet', () => {
  it.each([
    [['2025年3月信访台账'], 2025],
    [['信访台账', '2024.3'], 2024],
    [['', '202503'], 2025],
    [['3月', '', '2023信访台账.xlsx'], 2023],
    [['信访台账（2022 年）'], 2022],
    [['第12期', '3月'], null],
    [['编号20251'], null],
  ])('%j → %s', (texts, year) => {
    expect(yearFromTexts(texts)).toBe(year);
  });
});
