import { mergeChangedRows } from '../../../../renderer/src/domain/mergeRows';
import { describe, expect, it } from 'vitest';
import {
  suggestionCountsLine,
  suggestionListRows,
  suggestionStatusCounts,
} from '../../../../renderer/src/domain/outreach/suggestionList';
import { suggestion } from './fixtures';

const TODAY = '2026-06-10';
// Newest first, as the repository hands them over.
const LEDGER = [
  suggestion({ id: 'due-today', status: '未答复', deadline: '2026-06-10' }),
  suggestion({ id: 'overdue', status: '未答复', deadline: '2026-06-05' }),
  suggestion({ id: 'following-overdue', status: '跟进中', deadline: '2026-06-09', followUpOn: '2026-06-03' }),
  suggestion({ id: 'following', status: '跟进中', deadline: '2026-06-30', followUpOn: '2026-06-03' }),
  suggestion({ id: 'answered-late', status: '已答复', deadline: '2026-06-05', answeredOn: '2026-06-08' }),
  suggestion({ id: 'no-deadline', status: '未答复', deadline: null }),
];
const ids = (rows: readonly { id: string }[]) => rows.map((r) => r.id);

describe('the 意见建议 list', () => {
  it('shows every suggestion in the order given under 全部', () => {
    expect(ids(suggestionListRows(LEDGER, { status: '全部', overdueOnly: false }, TODAY))).toEqual(ids(LEDGER));
  });

  it('shows one status', () => {
    expect(ids(suggestionListRows(LEDGER, { status: '跟进中', overdueOnly: false }, TODAY))).toEqual([
      'following-overdue',
      'following',
    ]);
  });

  it('只看超期 keeps the unanswered past their deadline: not one due today, not one answered late', () => {
    expect(ids(suggestionListRows(LEDGER, { status: '全部', overdueOnly: true }, TODAY))).toEqual([
      'overdue',
      'following-overdue',
    ]);
    expect(ids(suggestionListRows(LEDGER, { status: '未答复', overdueOnly: true }, TODAY))).toEqual(['overdue']);
    expect(suggestionListRows(LEDGER, { status: '已答复', overdueOnly: true }, TODAY)).toEqual([]);
  });

  it('counts each status and says so in the header line', () => {
    const counts = suggestionStatusCounts(LEDGER);
    expect(counts).toEqual({ 未答复: 3, 跟进中: 2, 已答复: 1 });
    expect(suggestionCountsLine(counts)).toBe('未答复 3 条，跟进中 2 条，已答复 1 条');
    expect(suggestionCountsLine(suggestionStatusCounts([]))).toBe('未答复 0 条，跟进中 0 条，已答复 0 条');
  });
});

describe('the list after a change (the 意见建议 kept in memory)', () => {
  const byNo = (a: { seq: number }, b: { seq: number }) => b.seq - a.seq;
  const rows = [3, 2, 1].map((seq) => suggestion({ id: `s-${seq}`, seq }));

  it('replaces the changed, puts a new one in its place, and takes out the announced ones no longer read', () => {
    const changed = suggestion({ id: 's-2', seq: 2, status: '已答复' });
    const added = suggestion({ id: 's-4', seq: 4 });
    const merged = mergeChangedRows(rows, ['s-2', 's-4', 's-1'], [added, changed], byNo);
    expect(ids(merged)).toEqual(['s-4', 's-3', 's-2']);
    expect(merged[2]?.status).toBe('已答复');
    expect(ids(rows)).toEqual(['s-3', 's-2', 's-1']);
  });
});
