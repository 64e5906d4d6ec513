import { dueState } from '../deadlines';
import type { SuggestionRow } from './types';

/** An unanswered suggestion whose 完成时限 has passed or is near, as the 督办台 lists it. */
export interface SuggestionDeadlineRow {
  suggestion: SuggestionRow;
  /** Calendar days from today to the 完成时限: negative once it has passed, 0 on the day itself. */
  daysLeft: number;
  state: 'overdue' | 'dueSoon';
}

/**
 * 意见建议's running deadlines (docs/domain.md §10) on the 督办台: suggestions not yet 已答复 past their 完成时限, or
 * within `dueSoonDays` of it (the office's 临期 setting), the most pressing first.
 */
export function suggestionDeadlineRows(
  suggestions: readonly SuggestionRow[],
  today: string,
  dueSoonDays: number,
): SuggestionDeadlineRow[] {
  const rows: SuggestionDeadlineRow[] = [];
  for (const suggestion of suggestions) {
    if (suggestion.status === '已答复' || suggestion.deadline === null) continue;
    const { state, daysLeft } = dueState(suggestion.deadline, today, dueSoonDays);
    if (state === '正常') continue;
    rows.push({ suggestion, daysLeft, state: state === '超期' ? 'overdue' : 'dueSoon' });
  }
  return rows.sort(
    (a, b) => a.daysLeft - b.daysLeft || a.suggestion.year - b.suggestion.year || a.suggestion.seq - b.suggestion.seq,
  );
}
