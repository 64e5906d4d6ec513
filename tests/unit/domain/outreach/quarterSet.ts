import { outreachCounts } from '../../../../renderer/src/domain/outreach/counts';
import { DEFAULT_ACTIVITY_KINDS } from '../../../../renderer/src/domain/outreach/types';
import type { OutreachComparison } from '../../../../renderer/src/domain/statistics';
import { activity, help, suggestion } from './fixtures';

/**
 * A hand-counted second quarter of 2026 with its bases (the second quarter of 2025 and the first of 2026), each
 * record's place against the periods' first and last days written beside it. Counted by hand:
 * - 2026 Q2: 3 activities (下访走访 1, 座谈会 2), 67 人次, 8 问卷; 4 problems found: 1 closed on the spot, 1 petition,
 *   2 open at the quarter's end (one closed only after it); 5 suggestions collected: 2 answered, 2 in progress (one
 *   answered only after the quarter), 1 unanswered (answered after the quarter without a follow-up); the one collected
 *   in March and answered in April is not the quarter's; 2 helps, 11 人次, 2500.50 元.
 * - 2025 Q2: 1 座谈会 of 20 人次, 1 suggestion answered, 1 help of 2 人次 and 1000.00 元.
 * - 2026 Q1: 1 调研 of 40 人次 with 1 problem closed, 1 suggestion unanswered at its end, 1 help of 3000.00 元.
 */
export const Q2 = { from: '2026-04-01', to: '2026-06-30' };
export const Q2_LAST_YEAR = { from: '2025-04-01', to: '2025-06-30' };
export const Q1 = { from: '2026-01-01', to: '2026-03-31' };
export const KINDS = [...DEFAULT_ACTIVITY_KINDS];

export const ACTIVITIES = [
  // The quarter's first day, closed the same day.
  activity({
    id: 'a-1',
    kind: '座谈会',
    date: '2026-04-01',
    headcount: 30,
    problems: [{ id: 'p-1', text: '食堂饭菜价格', outcome: { kind: 'closed', note: '当场协调', on: '2026-04-01' } }],
  }),
  activity({ id: 'a-2', kind: '座谈会', date: '2026-05-20', headcount: 25, problems: [] }),
  // The quarter's last day: a petition that day, one closed two days after the quarter, one still open.
  activity({
    id: 'a-3',
    kind: '下访走访',
    date: '2026-06-30',
    headcount: 12,
    questionnaires: 8,
    problems: [
      { id: 'p-2', text: '拖欠两个月工资', outcome: { kind: 'petition', petitionId: 'pet-1', on: '2026-06-30' } },
      { id: 'p-3', text: '劳保用品未发', outcome: { kind: 'closed', note: '补发', on: '2026-07-02' } },
      { id: 'p-4', text: '工伤保险未缴', outcome: { kind: 'open' } },
    ],
  }),
  // The day before the quarter: the first quarter's.
  activity({
    id: 'a-4',
    kind: '调研',
    date: '2026-03-31',
    headcount: 40,
    problems: [{ id: 'p-5', text: '澡堂热水', outcome: { kind: 'closed', note: '维修', on: '2026-03-31' } }],
  }),
  // The day after the quarter.
  activity({ id: 'a-5', kind: '下访走访', date: '2026-07-01', headcount: 99, problems: [] }),
  activity({ id: 'a-6', kind: '座谈会', date: '2025-05-10', headcount: 20, problems: [] }),
];

export const SUGGESTIONS = [
  // Collected before the quarter, answered in it: the first quarter's, unanswered at its end.
  suggestion({ id: 's-1', collectedOn: '2026-03-20', status: '已答复', answeredOn: '2026-04-10' }),
  suggestion({ id: 's-2', collectedOn: '2026-04-01', status: '已答复', answeredOn: '2026-06-30' }),
  // Answered after the quarter's end: in progress at it.
  suggestion({
    id: 's-3',
    collectedOn: '2026-04-15',
    status: '已答复',
    followUpOn: '2026-05-01',
    answeredOn: '2026-07-05',
  }),
  // Answered after the quarter's end with no follow-up first: unanswered at it.
  suggestion({ id: 's-4', collectedOn: '2026-05-10', status: '已答复', answeredOn: '2026-07-01' }),
  suggestion({ id: 's-5', collectedOn: '2026-06-30', status: '跟进中', followUpOn: '2026-06-30' }),
  suggestion({ id: 's-6', collectedOn: '2026-06-01', status: '已答复', answeredOn: '2026-06-02' }),
  suggestion({ id: 's-7', collectedOn: '2026-07-01' }),
  suggestion({ id: 's-8', collectedOn: '2025-04-20', status: '已答复', answeredOn: '2025-05-01' }),
];

export const HELPS = [
  help({ id: 'h-1', date: '2026-04-01', amountFen: 50_000 }),
  help({ id: 'h-2', date: '2026-06-30', kind: '送温暖', headcount: 10, amountFen: 200_050 }),
  help({ id: 'h-3', date: '2026-03-31', kind: '医疗救助', amountFen: 300_000 }),
  help({ id: 'h-4', date: '2026-07-01', amountFen: 90_000 }),
  help({ id: 'h-5', date: '2025-06-15', kind: '困难补助', headcount: 2, amountFen: 100_000 }),
];

export const RECORDS = { activities: ACTIVITIES, suggestions: SUGGESTIONS, helps: HELPS };

/** The second quarter of 2026 against its bases, counted over the whole company. */
export function q2Comparison(): OutreachComparison {
  const of = (period: { from: string; to: string }) => outreachCounts(RECORDS, period, null, KINDS);
  return { current: of(Q2), lastYear: of(Q2_LAST_YEAR), previous: of(Q1) };
}
