import { describe, expect, it } from 'vitest';
import { formatRegNo, parseRegNo, regNoCounterKey } from '../../../renderer/src/domain/regNo';

describe('登记编号', () => {
  it('pads the sequence to four digits and grows past 9999', () => {
    expect(formatRegNo(2026, 1)).toBe('2026-0001');
    expect(formatRegNo(2026, 123)).toBe('2026-0123');
    expect(formatRegNo(2026, 9999)).toBe('2026-9999');
    expect(formatRegNo(2026, 10000)).toBe('2026-10000');
  });

  it('parses what it formats and nothing else', () => {
    expect(parseRegNo('2026-0001')).toEqual({ year: 2026, seq: 1 });
    expect(parseRegNo('2027-10000')).toEqual({ year: 2027, seq: 10000 });
    expect(parseRegNo('2026-001')).toBeNull();
    expect(parseRegNo('2026-0000')).toBeNull();
    expect(parseRegNo('信访2026-0001')).toBeNull();
  });

  it('keeps one counter per year', () => {
    expect(regNoCounterKey(2026)).toBe('regNo:2026');
  });
});
