import { describe, expect, it } from 'vitest';
import {
  formatFen,
  helpLinkProblem,
  helpProblems,
  helpTotals,
  yuanToFen,
} from '../../../../renderer/src/domain/outreach/help';
import { activity, help, helpInput } from './fixtures';

const TODAY = '2026-06-10';

describe('amounts in yuan, kept as fen', () => {
  it.each([
    ['500', 50_000],
    ['1234.5', 123_450],
    ['0.07', 7],
    [' 2000.50 ', 200_050],
    ['0', 0],
  ])('%s yuan is %i fen', (typed, fen) => expect(yuanToFen(typed)).toBe(fen));

  it.each(['', '-1', '1.234', '1,000', '壹佰', '1e3'])('refuses %j', (typed) => expect(yuanToFen(typed)).toBeNull());

  it('prints fen as yuan with two decimals', () => {
    expect(formatFen(123_450)).toBe('1234.50');
    expect(formatFen(7)).toBe('0.07');
    expect(formatFen(0)).toBe('0.00');
  });
});

describe('recording a help', () => {
  it('accepts a help on a 求助 petition, or on a problem a visit found', () => {
    expect(helpProblems(helpInput(), TODAY)).toEqual({});
    expect(helpProblems(helpInput({ petitionId: null, activityId: 'a-1', problemId: 'p-1' }), TODAY)).toEqual({});
  });

  it('needs the kind, approver, recipient and at least one person', () => {
    expect(helpProblems(helpInput({ kind: '', approver: '', recipient: '', headcount: 0 }), TODAY)).toEqual({
      kind: '请填写救助类型',
      approver: '请填写审批人',
      recipient: '请填写救助对象',
      headcount: '救助人次应至少为1',
    });
  });

  it('refuses an amount below 0, in parts of a fen, or above the limit', () => {
    expect(helpProblems(helpInput({ amountFen: -1 }), TODAY).amountFen).toBe('金额应为不小于0的数，最多两位小数');
    expect(helpProblems(helpInput({ amountFen: 1.5 }), TODAY).amountFen).toBe('金额应为不小于0的数，最多两位小数');
    expect(helpProblems(helpInput({ amountFen: 100_000_001 }), TODAY).amountFen).toBe('金额不能超过1000000元');
  });

  it('is linked to exactly one petition or one problem', () => {
    expect(helpProblems(helpInput({ petitionId: null }), TODAY).petitionId).toBe(
      '请选择求助的信访事项或走访发现的问题',
    );
    expect(helpProblems(helpInput({ activityId: 'a-1', problemId: 'p-1' }), TODAY).petitionId).toBe(
      '一次救助只关联一个信访事项或一个走访发现的问题',
    );
    expect(helpProblems(helpInput({ petitionId: null, activityId: 'a-1' }), TODAY).problemId).toBe(
      '请选择走访发现的问题',
    );
  });

  it('a petition must be a 求助 matter; a problem one the activity found, helped on or after the visit', () => {
    expect(helpLinkProblem(helpInput(), { petitionNature: '求助' })).toBeNull();
    expect(helpLinkProblem(helpInput(), { petitionNature: '申诉求决' })).toBe('帮扶救助只能记在求助类信访事项上');
    expect(helpLinkProblem(helpInput(), { petitionNature: null })).toBe('所关联的信访事项已不存在，请刷新后重试');
    const onProblem = helpInput({ petitionId: null, activityId: 'a-1', problemId: 'p-1' });
    expect(helpLinkProblem(onProblem, { activity: activity() })).toBeNull();
    expect(helpLinkProblem({ ...onProblem, problemId: 'p-9' }, { activity: activity() })).toBe(
      '所选问题不在该活动发现的问题中',
    );
    expect(helpLinkProblem({ ...onProblem, date: '2026-06-01' }, { activity: activity() })).toBe(
      '救助日期不能早于活动日期',
    );
    expect(helpLinkProblem(onProblem, { activity: null })).toBe('所关联的走访活动已不存在，请刷新后重试');
  });

  it('a problem registered as a petition takes no help of its own: the petition is the matter from then on', () => {
    const onProblem = helpInput({ petitionId: null, activityId: 'a-1', problemId: 'p-1' });
    const registered = activity({
      problems: [
        {
          id: 'p-1',
          text: '12名职工两个月工资未发',
          outcome: { kind: 'petition', petitionId: 'pet-1', on: '2026-06-03' },
        },
      ],
    });
    expect(helpLinkProblem(onProblem, { activity: registered })).toBe(
      '该问题已登记为信访事项，帮扶救助请记在该信访事项上（求助类）',
    );
    const screened = activity({
      problems: [
        { id: 'p-1', text: '12名职工两个月工资未发', outcome: { kind: 'risk', riskMatterId: 'r-1', on: '2026-06-03' } },
      ],
    });
    expect(helpLinkProblem(onProblem, { activity: screened })).toBeNull();
  });
});

describe('help totals for a period', () => {
  const helps = [
    help({ id: 'h-1', date: '2026-06-30', amountFen: 99_999 }),
    help({ id: 'h-2', date: '2026-07-01', amountFen: 50_000 }),
    help({ id: 'h-3', date: '2026-09-30', kind: '送温暖', headcount: 10, amountFen: 200_050, unitId: 'unit-2' }),
    help({ id: 'h-4', date: '2026-08-15', amountFen: 30_025 }),
    help({ id: 'h-5', date: '2026-10-01', amountFen: 1 }),
  ];
  const q3 = { from: '2026-07-01', to: '2026-09-30' };

  it('sums 人次 and amount of the helps given in the period, its first and last day included', () => {
    const { total } = helpTotals(helps, q3);
    expect(total).toEqual({ count: 3, headcount: 12, amountFen: 280_075 });
    expect(formatFen(total.amountFen)).toBe('2800.75');
  });

  it('and per kind and per unit', () => {
    const { byKind, byUnit } = helpTotals(helps, q3);
    expect([...byKind]).toEqual([
      ['生活救助', { count: 2, headcount: 2, amountFen: 80_025 }],
      ['送温暖', { count: 1, headcount: 10, amountFen: 200_050 }],
    ]);
    expect([...byUnit]).toEqual([
      ['unit-1-1-1', { count: 2, headcount: 2, amountFen: 80_025 }],
      ['unit-2', { count: 1, headcount: 10, amountFen: 200_050 }],
    ]);
  });
});
