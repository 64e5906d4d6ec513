import { describe, expect, it } from 'vitest';
import { monthlyRiskSentence, monthlyRiskSummary } from '../../../../renderer/src/domain/risk/summary';
import type { RiskLevel } from '../../../../renderer/src/domain/risk/types';
import { riskMatter, screening } from './fixtures';

let seq = 0;
function matter(
  level: RiskLevel,
  registeredOn: string,
  close?: { on: string; petition?: boolean },
  fromScreening = true,
) {
  seq += 1;
  return riskMatter({
    id: `r-${seq}`,
    seq,
    riskNo: `排〔2026〕${seq}号`,
    source: fromScreening ? '排查' : '单位专报',
    registeredOn,
    level,
    status: close ? (close.petition ? '已转信访事项' : '已销号') : '在办',
    ...(close ? { closedOn: close.on } : {}),
  });
}

// Hand-counted for June 2026.
const MATTERS = [
  matter('重大', '2026-02-10', { on: '2026-03-01' }), // before June: 挂号 and 销号 earlier in the year
  matter('一般', '2026-04-02', { on: '2026-06-05' }), // 销号 in June (from a screening)
  matter('较大', '2026-05-20'), // in 办 at the end of June
  matter('重大', '2026-06-03', { on: '2026-06-20' }), // 挂号 and 销号 in June (from a screening)
  matter('较大', '2026-06-08', { on: '2026-06-25' }, false), // 销号 in June, from a unit's 专报
  matter('一般', '2026-06-15', { on: '2026-06-18', petition: true }), // turned into a petition: not a 销号
  matter('一般', '2026-06-29'), // in 办
  matter('较大', '2026-06-30', { on: '2026-07-02' }), // 销号 in July: still in 办 at the end of June
  matter('一般', '2026-07-01'), // after June
];
const SCREENINGS = [
  screening('重点排查', '2026-06-03'),
  screening('普遍排查', '2026-06-10'),
  screening('普遍排查', '2026-06-24'),
  screening('月度排查', '2026-06-30'),
  screening('走访检查', '2026-06-12'),
  screening('重点排查', '2026-05-30'),
];

describe('月度汇总 (the screening ledger summed for a month)', () => {
  it('counts the month, the matters in 办 at its end and the year to date from a hand-counted ledger', () => {
    const summary = monthlyRiskSummary(MATTERS, SCREENINGS, 2026, 6);
    expect(summary.month).toEqual({ from: '2026-06-01', to: '2026-06-30' });
    expect(summary.counts).toMatchObject({
      registered: 5,
      closed: 3,
      byLevel: {
        重大: { registered: 1, closed: 1 },
        较大: { registered: 2, closed: 1 },
        一般: { registered: 2, closed: 1 },
      },
    });
    expect(summary.counts.resolutionRate).toBeCloseTo(3 / 5);
    expect(summary.openAtEnd).toBe(3);
    expect(summary.yearToDate).toMatchObject({ registered: 8, closed: 4 });
    expect(summary.screenings).toEqual({
      concentrated: 3,
      key: 1,
      general: 2,
      routine: 1,
      visits: 1,
      resolvedFromScreenings: 2,
    });
  });

  it('writes the paragraph in the seeds’ words', () => {
    expect(monthlyRiskSentence(monthlyRiskSummary(MATTERS, SCREENINGS, 2026, 6))).toBe(
      '本月共组织集中排查3次，其中重点排查1次、普遍排查2次，排查化解矛盾纠纷2起。' +
        '新挂号矛盾纠纷5起（其中重大1起、较大2起、一般2起），销号3起，月末在办3起；本年累计挂号8起、销号4起，化解率50.00%。',
    );
  });

  it('says so when a month had no concentrated screening and nothing was 挂号 this year', () => {
    expect(monthlyRiskSentence(monthlyRiskSummary([], [], 2026, 1))).toBe(
      '本月未组织集中排查，排查化解矛盾纠纷0起。新挂号矛盾纠纷0起，销号0起，月末在办0起；本年累计挂号0起、销号0起。',
    );
  });
});
