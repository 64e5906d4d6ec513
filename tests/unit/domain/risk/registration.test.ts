import { describe, expect, it } from 'vitest';
import { riskMatterProblems, type RiskMatterInput } from '../../../../renderer/src/domain/risk/registration';
import { riskMatter } from './fixtures';

const { source, screeningId, problem, categoryId, riskKind, registeredOn, level, unitId, headcount } = riskMatter();
const { leader, department, responsible, measures, targetDate, claims } = riskMatter();
const INPUT: RiskMatterInput = {
  source,
  screeningId,
  problem,
  categoryId,
  riskKind,
  registeredOn,
  level,
  unitId,
  headcount,
  leader,
  department,
  responsible,
  measures,
  targetDate,
  claims,
};

describe('挂号 a matter on the screening ledger', () => {
  it('accepts a complete matter', () => {
    expect(riskMatterProblems(INPUT)).toEqual({});
  });

  it('names every missing or wrong field in the clerk’s words', () => {
    expect(
      riskMatterProblems({
        ...INPUT,
        problem: '  ',
        leader: '',
        department: '',
        responsible: '',
        headcount: -1,
        categoryId: null,
        riskKind: '',
        targetDate: '2026-06-01',
      }),
    ).toEqual({
      problem: '请填写矛盾纠纷情况',
      leader: '请填写包案领导',
      department: '请填写责任部门',
      responsible: '请填写责任人',
      headcount: '涉及人数应为不小于 0 的整数',
      categoryId: '请选择问题类别或填写风险类别',
      targetDate: '化解时限不能早于挂号日期',
    });
  });

  it('asks which screening found a matter from a screening, and takes the office’s risk kind without a category', () => {
    expect(riskMatterProblems({ ...INPUT, screeningId: null })).toEqual({ screeningId: '请选择发现此事项的排查' });
    expect(riskMatterProblems({ ...INPUT, source: '单位专报', screeningId: null })).toEqual({});
    // A screening lists only what it found.
    expect(riskMatterProblems({ ...INPUT, source: '单位专报' })).toEqual({
      screeningId: '来源为“单位专报”的事项不关联排查记录',
    });
    expect(riskMatterProblems({ ...INPUT, categoryId: null, riskKind: '三供一业' })).toEqual({});
  });

  it('refuses texts over their limits and an invalid day', () => {
    expect(riskMatterProblems({ ...INPUT, problem: '问'.repeat(2001), registeredOn: '2026-02-30' })).toEqual({
      problem: '矛盾纠纷情况不能超过2000字',
      registeredOn: '挂号日期无效',
    });
  });
});
