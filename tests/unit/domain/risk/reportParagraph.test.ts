import { describe, expect, it } from 'vitest';
import { riskAnalysisDraft } from '../../../../renderer/src/domain/risk/reportParagraph';
import type { RiskStatistics } from '../../../../renderer/src/domain/risk/riskStatistics';

const stats = (over: Partial<RiskStatistics> = {}): RiskStatistics => ({
  screenings: { concentrated: 11, key: 3, general: 8, routine: 2, visits: 1, resolvedFromScreenings: 3 },
  counts: {
    registered: 5,
    closed: 4,
    converted: 1,
    resolutionRate: 0.8,
    byLevel: {
      重大: { registered: 1, closed: 0 },
      较大: { registered: 2, closed: 2 },
      一般: { registered: 2, closed: 2 },
    },
  },
  openAtEnd: 7,
  converted: 1,
  staleToday: 2,
  emergencies: { total: 0, onTime: 0, late: 0, notArrived: 0, closed: 0 },
  ...over,
});

describe('section 五’s drafted paragraph from the screening ledger', () => {
  it('reads as seed 000 writes it, under its own sub-heading', () => {
    expect(riskAnalysisDraft(stats(), '本季度')).toBe(
      '（一）矛盾纠纷排查化解情况\n本季度共组织集中排查11次，其中重点排查3次、普遍排查8次，排查化解矛盾纠纷3起；' +
        '排查台账新挂号矛盾纠纷5起（其中重大1起、较大2起、一般2起），销号4起，化解率80.00%，转为信访事项1起，期末在办7起。本季度未发生突发信访事件。',
    );
  });

  it('says so when nothing was screened or 挂号, and counts the 突发信访事件 with their arrivals', () => {
    const quiet = stats({
      screenings: { concentrated: 0, key: 0, general: 0, routine: 0, visits: 0, resolvedFromScreenings: 0 },
      counts: {
        registered: 0,
        closed: 0,
        converted: 0,
        resolutionRate: null,
        byLevel: {
          重大: { registered: 0, closed: 0 },
          较大: { registered: 0, closed: 0 },
          一般: { registered: 0, closed: 0 },
        },
      },
      converted: 0,
      openAtEnd: 2,
      emergencies: { total: 3, onTime: 1, late: 1, notArrived: 1, closed: 1 },
    });
    expect(riskAnalysisDraft(quiet, '本年度')).toBe(
      '（一）矛盾纠纷排查化解情况\n本年度未组织集中排查，排查化解矛盾纠纷0起；排查台账无新挂号矛盾纠纷，期末在办2起。' +
        '本年度发生突发信访事件3起，领导按时到场1起、迟到1起、尚未记录到场1起，已处置完毕1起。',
    );
  });
});
