import { describe, expect, it } from 'vitest';
import { conversionProblem, registrationFromRiskMatter } from '../../../../renderer/src/domain/risk/conversion';
import { emptyRegistration } from '../../../../renderer/src/domain/registration';
import { riskMatter } from './fixtures';

describe('转为信访事项: the registration a matter opens', () => {
  const blank = { ...emptyRegistration(new Date(2026, 5, 10, 9, 0)), receivingOfficer: '王丽' };

  it('carries the matter’s problem, claims, category and unit, and leaves the people and the headcount to the clerk', () => {
    const matter = riskMatter({
      claims: [
        { text: '补发4、5月工资', outcome: null },
        { text: ' 公开考核办法 ', outcome: null },
      ],
    });
    const start = registrationFromRiskMatter(matter, blank);
    expect(start).toEqual({
      ...blank,
      summary: '综采一队12名职工反映4、5月工资未足额发放',
      demands: '1. 补发4、5月工资\n2. 公开考核办法',
      categoryId: 'cat-01',
      unitId: 'unit-1',
    });
    expect(start.headcount).toBe(1);
    expect(start.petitioners).toEqual(blank.petitioners);
    expect(
      registrationFromRiskMatter(riskMatter({ claims: [{ text: '补发工资', outcome: null }] }), blank).demands,
    ).toBe('补发工资');
  });

  it('is open only to a matter still 在办', () => {
    expect(conversionProblem(riskMatter())).toBeNull();
    expect(conversionProblem(riskMatter({ status: '已销号' }))).toBe('排查事项排〔2026〕7号已销号，不能再转为信访事项');
    expect(conversionProblem(riskMatter({ status: '已转信访事项' }))).toBe(
      '排查事项排〔2026〕7号已转信访事项，不能再转为信访事项',
    );
  });
});
