import { describe, expect, it } from 'vitest';
import { formatChange, formatRate } from '../../../renderer/src/features/dashboard/dashboardData';

describe('dashboard figures as shown', () => {
  it.each<[number | null, 'count' | 'rate', string]>([
    [null, 'count', '—'],
    [2, 'count', '↑ 200.0%'],
    [-0.2481, 'count', '↓ 24.8%'],
    [0, 'count', '持平'],
    [3.25, 'rate', '↑ 3.3个百分点'],
    [-12, 'rate', '↓ 12.0个百分点'],
    [null, 'rate', '—'],
  ])('a change of %s (%s) reads “%s”', (value, kind, shown) => {
    expect(formatChange(value, kind)).toBe(shown);
  });

  it('shows a rate in percent, or — where its base is 0', () => {
    expect(formatRate(2 / 3)).toBe('66.7%');
    expect(formatRate(null)).toBe('—');
  });
});
