import { suggestionOverdue } from './suggestion';
import { SUGGESTION_STATUSES, type Suggestion, type SuggestionStatus } from './types';

/** 意见建议's filter: one status or 全部, and 只看超期 (past the 完成时限 unanswered, docs/domain.md §10). */
export interface SuggestionListQuery {
  status: SuggestionStatus | '全部';
  overdueOnly: boolean;
}

type Listed = Pick<Suggestion, 'status' | 'deadline'>;

/** The suggestions the list shows for `query` on `today`, in the order they came (the repository's, newest first). */
export function suggestionListRows<S extends Listed>(
  suggestions: readonly S[],
  query: SuggestionListQuery,
  today: string,
): S[] {
  if (query.status === '全部' && !query.overdueOnly) return [...suggestions];
  return suggestions.filter(
    (s) =>
      (query.status === '全部' || s.status === query.status) && (!query.overdueOnly || suggestionOverdue(s, today)),
  );
}

/** How many suggestions stand in each status, counted in one pass. */
export function suggestionStatusCounts(
  suggestions: readonly Pick<Suggestion, 'status'>[],
): Record<SuggestionStatus, number> {
  const counts: Record<SuggestionStatus, number> = { 未答复: 0, 跟进中: 0, 已答复: 0 };
  for (const s of suggestions) counts[s.status] += 1;
  return counts;
}

/** The list's header line: 「未答复 1 条，跟进中 1 条，已答复 3 条」. */
export function suggestionCountsLine(counts: Record<SuggestionStatus, number>): string {
  return SUGGESTION_STATUSES.map((s) => `${s} ${counts[s]} 条`).join('，');
}
