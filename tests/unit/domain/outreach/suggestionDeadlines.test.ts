import { describe, expect, it } from 'vitest';
import { suggestionDeadlineRows } from '../../../../renderer/src/domain/outreach/suggestionDeadlines';
import type { Suggestion, SuggestionRow } from '../../../../renderer/src/domain/outreach/types';
import { suggestion } from './fixtures';

const row = (over: Partial<Suggestion>): SuggestionRow => ({ ...suggestion(over), proposerWithheld: false });

describe('意见建议 deadlines on the 督办台', () => {
  it('lists the unanswered past or within the 临期 days of their deadline, the most pressing first', () => {
    const rows = suggestionDeadlineRows(
      [
        row({ id: 'late', seq: 1, deadline: '2026-06-10', status: '跟进中' }),
        row({ id: 'soon', seq: 2, deadline: '2026-06-17', status: '未答复' }),
        row({ id: 'today', seq: 3, deadline: '2026-06-15', status: '未答复' }),
        row({ id: 'far', seq: 4, deadline: '2026-06-30', status: '未答复' }),
        row({ id: 'answered', seq: 5, deadline: '2026-06-01', status: '已答复', answeredOn: '2026-06-01' }),
        row({ id: 'none', seq: 6, deadline: null, status: '未答复' }),
      ],
      '2026-06-15',
      3,
    );
    expect(rows.map((r) => [r.suggestion.id, r.state, r.daysLeft])).toEqual([
      ['late', 'overdue', -5],
      ['today', 'dueSoon', 0],
      ['soon', 'dueSoon', 2],
    ]);
  });
});
