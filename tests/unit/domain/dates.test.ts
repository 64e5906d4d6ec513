import { describe, expect, it } from 'vitest';
import {
  formatChineseDate,
  formatDateTime,
  parseLocalDateTime,
  toLocalDateTime,
  toTimestamp,
} from '../../../renderer/src/domain/dates';

describe('dates', () => {
  it('writes a day the way letters do, without leading zeros', () => {
    expect(formatChineseDate('2026-05-25')).toBe('2026年5月25日');
    expect(formatChineseDate('2026-01-05T08:30')).toBe('2026年1月5日');
  });

  it('formats a moment for lists', () => {
    expect(formatDateTime('2026-05-25T09:05')).toBe('2026-05-25 09:05');
  });

  it('round-trips a local received-at value', () => {
    const d = new Date(2026, 11, 31, 23, 59);
    expect(toLocalDateTime(d)).toBe('2026-12-31T23:59');
    expect(parseLocalDateTime('2026-12-31T23:59')?.getTime()).toBe(d.getTime());
    expect(toTimestamp(d)).toBe('2026-12-31T23:59:00.000');
  });

  it('refuses moments that do not exist', () => {
    expect(parseLocalDateTime('2026-02-29T10:00')).toBeNull();
    expect(parseLocalDateTime('2026-05-25T24:00')).toBeNull();
    expect(parseLocalDateTime('2026-05-25 10:00')).toBeNull();
  });
});
