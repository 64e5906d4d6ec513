import { describe, expect, it } from 'vitest';
import { closingProblems, type RiskClosing } from '../../../../renderer/src/domain/risk/closing';
import { formatRiskNo } from '../../../../renderer/src/domain/risk/riskNo';
import { riskMatter } from './fixtures';

const MATTER = riskMatter();

const CLOSING: RiskClosing = {
  claims: [
    { text: '补发两个月工资', outcome: '合理诉求解决到位' },
    { text: '要求额外补偿', outcome: '不合理诉求解释到位' },
  ],
  confirmation: { leader: '李矿长', confirmedOn: '2026-06-12', by: 'office', recordedBy: 'wangli' },
  closedOn: '2026-06-12',
};

describe('销号 (closing a screening-ledger matter)', () => {
  it('closes a matter whose every claim reached one of the four outcomes, confirmed by its 包案领导', () => {
    expect(closingProblems(MATTER, CLOSING)).toEqual([]);
  });

  it('names each claim without an outcome, and refuses an empty list of claims', () => {
    const closing = { ...CLOSING, claims: [CLOSING.claims[0]!, { text: '安排转岗', outcome: null }] };
    expect(closingProblems(MATTER, closing)).toEqual(['第2项诉求「安排转岗」未选择化解结果']);
    expect(closingProblems(MATTER, { ...CLOSING, claims: [] })).toEqual(['请列出诉求，并逐项填写化解结果']);
    const long = { text: '补'.repeat(501), outcome: '合理诉求解决到位' as const };
    expect(closingProblems(MATTER, { ...CLOSING, claims: [long] })).toEqual(['第1项诉求不能超过500字']);
  });

  it('needs the 包案领导 of this matter to confirm, on a day between the 挂号 and the 销号', () => {
    expect(closingProblems(MATTER, { ...CLOSING, confirmation: null })).toEqual(['销号须经包案领导李矿长确认']);
    const by = (leader: string, confirmedOn: string) => ({
      ...CLOSING,
      confirmation: { ...CLOSING.confirmation!, leader, confirmedOn },
    });
    expect(closingProblems(MATTER, by('张书记', '2026-06-12'))).toEqual(['确认人应为本事项的包案领导李矿长']);
    expect(closingProblems(MATTER, by('李矿长', '2026-06-01'))).toEqual(['包案领导确认日期不能早于挂号日期']);
    expect(closingProblems(MATTER, by('李矿长', '2026-06-13'))).toEqual(['包案领导确认日期不能晚于销号日期']);
    expect(closingProblems(MATTER, by('李矿长', '2026-02-30'))).toEqual(['包案领导确认日期无效']);
  });

  it('refuses a 销号 dated before the 挂号, and a matter already closed or turned into a petition', () => {
    expect(closingProblems(MATTER, { ...CLOSING, closedOn: '2026-06-01' })).toContain('销号日期不能早于挂号日期');
    expect(closingProblems({ ...MATTER, status: '已销号' }, CLOSING)).toEqual(['排〔2026〕7号已销号，不能再销号']);
    expect(closingProblems({ ...MATTER, status: '已转信访事项' }, CLOSING)).toEqual([
      '排〔2026〕7号已转为信访事项，不能再销号',
    ]);
  });
});

describe('the ledger number', () => {
  it('is 排〔year〕n号 by default, under the office’s own 代字 when set', () => {
    expect(formatRiskNo(2026, 7)).toBe('排〔2026〕7号');
    expect(formatRiskNo(2026, 12, '曹矿排')).toBe('曹矿排〔2026〕12号');
    expect(() => formatRiskNo(2026, 0)).toThrow('序号');
  });
});
