import { describe, expect, it } from 'vitest';
import { outreachCounts, suggestionSentence } from '../../../../renderer/src/domain/outreach/counts';
import { DEFAULT_ACTIVITY_KINDS } from '../../../../renderer/src/domain/outreach/types';
import { activity, help, seed000Forums, suggestion } from './fixtures';

const Q3 = { from: '2026-07-01', to: '2026-09-30' };
const KINDS = [...DEFAULT_ACTIVITY_KINDS];

/** A hand-counted third quarter: one record of each kind just outside each end, the rest inside. */
const activities = [
  activity({ id: 'a-1', kind: '座谈会', date: '2026-06-30', headcount: 20, problems: [] }),
  activity({
    id: 'a-2',
    kind: '座谈会',
    date: '2026-07-01',
    headcount: 30,
    questionnaires: 10,
    problems: [
      { id: 'p-1', text: '食堂', outcome: { kind: 'closed', note: '当场协调', on: '2026-07-01' } },
      // Became a petition after the quarter: still open at its end.
      { id: 'p-2', text: '欠薪', outcome: { kind: 'petition', petitionId: 'pet-1', on: '2026-10-01' } },
    ],
  }),
  activity({
    id: 'a-3',
    kind: '下访走访',
    date: '2026-09-30',
    headcount: 12,
    problems: [
      { id: 'p-3', text: '工资', outcome: { kind: 'petition', petitionId: 'pet-2', on: '2026-09-30' } },
      { id: 'p-4', text: '分流', outcome: { kind: 'risk', riskMatterId: 'r-1', on: '2026-09-30' } },
      { id: 'p-5', text: '劳保', outcome: { kind: 'open' } },
    ],
  }),
  activity({ id: 'a-4', kind: '座谈会', date: '2026-08-15', unitId: 'unit-2', headcount: 25, problems: [] }),
  activity({ id: 'a-5', kind: '调研', date: '2026-10-01', headcount: 99, problems: [] }),
];

const suggestions = [
  suggestion({ id: 's-1', collectedOn: '2026-06-30' }),
  suggestion({ id: 's-2', collectedOn: '2026-07-01', status: '已答复', answeredOn: '2026-09-30' }),
  suggestion({
    id: 's-3',
    collectedOn: '2026-07-10',
    status: '已答复',
    followUpOn: '2026-07-20',
    answeredOn: '2026-10-05',
  }),
  suggestion({ id: 's-4', collectedOn: '2026-09-30', unitId: 'unit-2' }),
  suggestion({ id: 's-5', collectedOn: '2026-08-01', status: '跟进中', followUpOn: '2026-10-02' }),
  suggestion({ id: 's-6', collectedOn: '2026-10-01' }),
];

const helps = [
  help({ id: 'h-1', date: '2026-06-30' }),
  help({ id: 'h-2', date: '2026-07-01', amountFen: 50_000 }),
  help({ id: 'h-3', date: '2026-09-30', kind: '送温暖', headcount: 10, amountFen: 200_050, unitId: 'unit-2' }),
  help({ id: 'h-4', date: '2026-10-01' }),
];

describe('a period’s 走出去 figures', () => {
  const counts = outreachCounts({ activities, suggestions, helps }, Q3, null, KINDS);

  it('counts the activities held from the first to the last day, by kind, with 人次 and 问卷', () => {
    expect(counts.activities).toBe(3);
    expect(counts.byKind).toEqual([
      { kind: '下访走访', count: 1 },
      { kind: '领导接待日', count: 0 },
      { kind: '座谈会', count: 2 },
      { kind: '调研', count: 0 },
      { kind: '政策宣讲', count: 0 },
      { kind: '包联活动', count: 0 },
      { kind: '培训', count: 0 },
    ]);
    expect(counts.headcountReached).toBe(67);
    expect(counts.questionnaires).toBe(10);
  });

  it('counts the problems they found by what had become of each at the period’s end', () => {
    expect(counts.problems).toEqual({ found: 5, closed: 1, toPetition: 1, toRisk: 1, open: 2 });
  });

  it('counts the suggestions collected in the period by their status at its end', () => {
    expect(counts.suggestions).toEqual({ collected: 4, answered: 1, inProgress: 1, unanswered: 2 });
  });

  it('sums the helps given in the period', () => {
    expect(counts.helps).toEqual({ count: 2, headcount: 11, amountFen: 250_050 });
  });

  it('in a scope, only the units in it', () => {
    const own = outreachCounts({ activities, suggestions, helps }, Q3, new Set(['unit-1-1-1']), KINDS);
    expect(own.activities).toBe(2);
    expect(own.headcountReached).toBe(42);
    expect(own.suggestions).toEqual({ collected: 3, answered: 1, inProgress: 1, unanswered: 1 });
    expect(own.helps).toEqual({ count: 1, headcount: 1, amountFen: 50_000 });
  });

  it('does not count a 领导接待日 scheduled later in the period as held, as of the day the figures are read', () => {
    const days = [
      activity({ id: 'd-1', kind: '领导接待日', date: '2026-08-10', headcount: 0, problems: [] }),
      activity({ id: 'd-2', kind: '领导接待日', date: '2026-09-15', headcount: 0, problems: [] }),
    ];
    const records = { activities: days, suggestions: [], helps: [] };
    const byKind = (c: ReturnType<typeof outreachCounts>) => c.byKind.find((k) => k.kind === '领导接待日')?.count;
    expect(outreachCounts(records, Q3, null, KINDS, { asOf: '2026-08-20' }).activities).toBe(1);
    expect(byKind(outreachCounts(records, Q3, null, KINDS, { asOf: '2026-08-20' }))).toBe(1);
    // A past period is read as of its end, whatever today is.
    expect(outreachCounts(records, Q3, null, KINDS, { asOf: '2026-12-01' }).activities).toBe(2);
    expect(outreachCounts(records, Q3, null, KINDS).activities).toBe(2);
  });

  it('lists a kind the office no longer offers after its own', () => {
    const old = outreachCounts(
      { activities: [activity({ kind: '夏送清凉', date: '2026-07-05' })], suggestions: [], helps: [] },
      Q3,
      null,
      ['座谈会'],
    );
    expect(old.byKind).toEqual([
      { kind: '座谈会', count: 0 },
      { kind: '夏送清凉', count: 1 },
    ]);
  });
});

describe('seed 000’s sentence', () => {
  it('tells 3 forums, 78 suggestions, 66 answered and 12 in progress in the seed’s words', () => {
    const counts = outreachCounts({ ...seed000Forums(2026, 7), helps: [] }, Q3, null, KINDS);
    expect(suggestionSentence(counts)).toBe(
      '累计召开座谈会3次，征集建议78条，已向职工反馈答复66条，12条正在跟进落实中',
    );
  });

  it('leaves out what counts nothing and tells what is not yet answered', () => {
    const byKind = [{ kind: '座谈会', count: 0 }];
    expect(
      suggestionSentence({ byKind, suggestions: { collected: 5, answered: 3, inProgress: 0, unanswered: 2 } }),
    ).toBe('征集建议5条，已向职工反馈答复3条，2条尚未答复');
    expect(
      suggestionSentence({ byKind, suggestions: { collected: 0, answered: 0, inProgress: 0, unanswered: 0 } }),
    ).toBe('征集建议0条');
  });
});
