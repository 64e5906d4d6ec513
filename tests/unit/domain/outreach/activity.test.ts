import { describe, expect, it } from 'vitest';
import {
  activityProblems,
  openProblems,
  problemLinks,
  problemOutcomeProblems,
  problemRegistrationProblems,
} from '../../../../renderer/src/domain/outreach/activity';
import { formatActivityNo, formatSuggestionNo } from '../../../../renderer/src/domain/outreach/text';
import { DEFAULT_OUTREACH_KINDS } from '../../../../renderer/src/domain/outreach/types';
import { activity, activityInput } from './fixtures';

const TODAY = '2026-06-10';
const kinds = DEFAULT_OUTREACH_KINDS;

describe('recording an activity', () => {
  it('accepts a 下访走访 that checked wages and protective equipment and found one problem', () => {
    expect(activityProblems(activityInput(), kinds, TODAY)).toEqual({});
  });

  it('needs a kind from the office’s list, a unit and a leader', () => {
    expect(activityProblems(activityInput({ kind: '团建', unitId: '', leader: ' ' }), kinds, TODAY)).toEqual({
      kind: '请选择活动类型',
      unitId: '请选择活动单位',
      leader: '请填写带队领导',
    });
  });

  it('takes a kind the office added, with its own checklist', () => {
    const extended = [...kinds, { kind: '夏送清凉', checklist: ['防暑药品'] }];
    const input = activityInput({ kind: '夏送清凉', checked: ['防暑药品'] });
    expect(activityProblems(input, extended, TODAY)).toEqual({});
    expect(activityProblems(input, kinds, TODAY).kind).toBe('请选择活动类型');
  });

  it('refuses checklist items the kind does not have, and an item twice', () => {
    expect(activityProblems(activityInput({ checked: ['工资发放', '食堂卫生'] }), kinds, TODAY).checked).toBe(
      '“下访走访”的检查内容中没有：食堂卫生',
    );
    expect(activityProblems(activityInput({ checked: ['工资发放', '工资发放'] }), kinds, TODAY).checked).toBe(
      '检查内容有重复',
    );
  });

  it('refuses a day after today, a bad day, and 人次 or 问卷 that are not whole numbers from 0', () => {
    expect(activityProblems(activityInput({ date: '2026-06-11' }), kinds, TODAY).date).toBe('活动日期不能晚于今天');
    expect(activityProblems(activityInput({ date: '2026-02-30' }), kinds, TODAY).date).toBe('活动日期无效');
    const counts = activityProblems(activityInput({ headcount: -1, questionnaires: 1.5 }), kinds, TODAY);
    expect(counts.headcount).toBe('覆盖人次应为0到100000之间的整数');
    expect(counts.questionnaires).toBe('发放问卷数应为0到100000之间的整数');
  });

  it('names an empty problem by its place in the list', () => {
    expect(activityProblems(activityInput({ problems: ['欠薪', ''] }), kinds, TODAY).problems).toBe(
      '请填写第2条发现问题',
    );
  });

  it('opens each problem found, trimmed', () => {
    let n = 0;
    expect(openProblems([' 欠薪 '], () => `p-${++n}`)).toEqual([
      { id: 'p-1', text: '欠薪', outcome: { kind: 'open' } },
    ]);
  });

  it('numbers activities 走〔year〕n号 and suggestions 建〔year〕n号', () => {
    expect(formatActivityNo(2026, 3)).toBe('走〔2026〕3号');
    expect(formatSuggestionNo(2026, 12)).toBe('建〔2026〕12号');
  });
});

describe('what became of a problem found', () => {
  const a = activity();

  it('an open problem becomes a petition, a ledger matter, or is closed on the spot with what was done', () => {
    expect(
      problemOutcomeProblems(a, 'p-1', { kind: 'petition', petitionId: 'pet-1', on: '2026-06-02' }, TODAY),
    ).toEqual([]);
    expect(problemOutcomeProblems(a, 'p-1', { kind: 'risk', riskMatterId: 'r-1', on: '2026-06-03' }, TODAY)).toEqual(
      [],
    );
    expect(problemOutcomeProblems(a, 'p-1', { kind: 'closed', note: '当场协调发放', on: TODAY }, TODAY)).toEqual([]);
  });

  it('closed on the spot needs what was done, on a day from the activity to today', () => {
    expect(problemOutcomeProblems(a, 'p-1', { kind: 'closed', note: '', on: '2026-06-01' }, TODAY)).toEqual([
      '请填写解决情况',
      '处理日期不能早于活动日期',
    ]);
    expect(problemOutcomeProblems(a, 'p-1', { kind: 'closed', note: '已解决', on: '2026-06-11' }, TODAY)).toEqual([
      '处理日期不能晚于今天',
    ]);
  });

  it('a problem that already has an outcome keeps it; an unknown problem is refused', () => {
    const done = activity({
      problems: [{ id: 'p-1', text: '欠薪', outcome: { kind: 'petition', petitionId: 'pet-1', on: '2026-06-02' } }],
    });
    expect(problemOutcomeProblems(done, 'p-1', { kind: 'closed', note: '已解决', on: TODAY }, TODAY)).toEqual([
      '该问题已转为信访事项，不能再改变处理结果',
    ]);
    expect(problemOutcomeProblems(a, 'p-9', { kind: 'closed', note: '已解决', on: TODAY }, TODAY)).toEqual([
      '该问题已不存在，请刷新后重试',
    ]);
    expect(problemOutcomeProblems(a, 'p-1', { kind: 'open' }, TODAY)).toEqual(['请选择处理结果']);
  });

  it('a petition registered from an open problem comes in by 下访发现, 座谈会 or 领导接待日', () => {
    expect(problemRegistrationProblems(a, 'p-1', '下访发现')).toEqual([]);
    expect(problemRegistrationProblems(a, 'p-1', '领导接待日')).toEqual([]);
    expect(problemRegistrationProblems(a, 'p-1', '来信')).toEqual([
      '由走〔2026〕1号发现的问题登记的信访事项，来源渠道应为“下访发现”“座谈会”“领导接待日”之一',
    ]);
    const closed = activity({
      problems: [{ id: 'p-1', text: '欠薪', outcome: { kind: 'closed', note: '已发放', on: '2026-06-02' } }],
    });
    expect(problemRegistrationProblems(closed, 'p-1', '座谈会')).toEqual(['该问题已当场解决，不能再改变处理结果']);
  });

  it('lists the petitions and matters the problems became, each once', () => {
    const links = problemLinks([
      { id: 'p-1', text: 'a', outcome: { kind: 'petition', petitionId: 'pet-1', on: TODAY } },
      { id: 'p-2', text: 'b', outcome: { kind: 'petition', petitionId: 'pet-1', on: TODAY } },
      { id: 'p-3', text: 'c', outcome: { kind: 'risk', riskMatterId: 'r-1', on: TODAY } },
      { id: 'p-4', text: 'd', outcome: { kind: 'open' } },
    ]);
    expect(links).toEqual({ petitionIds: ['pet-1'], riskMatterIds: ['r-1'] });
  });
});
