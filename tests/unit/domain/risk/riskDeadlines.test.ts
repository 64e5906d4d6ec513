import { describe, expect, it } from 'vitest';
import { riskDeadlineRows } from '../../../../renderer/src/domain/risk/riskDeadlines';
import { riskMatter } from './fixtures';

describe('the screening ledger’s running deadlines on the 督办台', () => {
  it('lists matters in 办 past their 化解时限 or within the 临期 days, most pressing first', () => {
    const matters = [
      riskMatter({ id: 'later', seq: 1, targetDate: '2026-06-20' }),
      riskMatter({ id: 'soon', seq: 2, targetDate: '2026-06-13' }),
      riskMatter({ id: 'today', seq: 3, targetDate: '2026-06-10' }),
      riskMatter({ id: 'late', seq: 4, targetDate: '2026-06-07' }),
      riskMatter({ id: 'closed', seq: 5, targetDate: '2026-06-01', status: '已销号', closedOn: '2026-06-02' }),
      riskMatter({ id: 'edge', seq: 6, targetDate: '2026-06-14' }),
    ];
    expect(riskDeadlineRows(matters, '2026-06-10', 3).map((r) => [r.matter.id, r.daysLeft, r.state])).toEqual([
      ['late', -3, 'overdue'],
      ['today', 0, 'dueSoon'],
      ['soon', 3, 'dueSoon'],
    ]);
  });
});
