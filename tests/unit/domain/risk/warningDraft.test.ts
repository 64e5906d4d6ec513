import { describe, expect, it } from 'vitest';
import { warningDraft, warningReason } from '../../../../renderer/src/domain/risk/warningDraft';
import { DEFAULT_WARNING_THRESHOLDS, type RiskWarning } from '../../../../renderer/src/domain/risk/warnings';

const warning = (over: Partial<RiskWarning>): RiskWarning => ({
  key: 'cluster:wages|mine-1',
  kind: 'cluster',
  categoryId: 'wages',
  unitId: 'mine-1',
  petitionIds: ['C', 'B', 'A'],
  latestAt: '2026-06-29T15:00',
  count: 3,
  ...over,
});
const rows = [
  { regNo: '2026-0013', headcount: 2 },
  { regNo: '2026-0012', headcount: 1 },
  { regNo: '2026-0011', headcount: 4 },
];
const names = { unit: '一号矿井', category: '工资待遇' };

describe('a 研判预警 told and taken', () => {
  it('says why in numbers and names of units and categories only', () => {
    expect(warningReason(warning({}), rows, names, DEFAULT_WARNING_THRESHOLDS)).toBe(
      '一号矿井近30日内反映工资待遇问题的信访事项3件（2026-0013、2026-0012、2026-0011），达到同类信访集中预警阈值（3件）。',
    );
    const one = [rows[0] as (typeof rows)[number]];
    expect(
      warningReason(warning({ kind: 'repeat', petitionIds: ['C'], count: 4 }), one, names, DEFAULT_WARNING_THRESHOLDS),
    ).toBe('一号矿井信访事项2026-0013近60日内重复访4次，反映工资待遇问题。');
    expect(
      warningReason(
        warning({ kind: 'collective', petitionIds: ['C'], count: 2 }),
        one,
        { unit: '', category: '' },
        DEFAULT_WARNING_THRESHOLDS,
      ),
    ).toBe('近30日内发生集体访2批次（2026-0013）。');
  });

  it('opens a 挂号 from the petitions behind it: source, unit, category, headcount and the links', () => {
    const draft = warningDraft(warning({}), rows, names, DEFAULT_WARNING_THRESHOLDS, '2026-06-30');
    expect(draft).toEqual({
      source: '信访事项',
      screeningId: null,
      categoryId: 'wages',
      unitId: 'mine-1',
      problem: expect.stringMatching(/^【研判预警】一号矿井近30日内/),
      level: '一般',
      headcount: 7,
      registeredOn: '2026-06-30',
      petitionIds: ['C', 'B', 'A'],
    });
    const collective = warningDraft(
      warning({ kind: 'levelSkipping', petitionIds: ['C'], count: 1 }),
      [rows[0] as (typeof rows)[number]],
      names,
      DEFAULT_WARNING_THRESHOLDS,
      '2026-06-30',
    );
    expect(collective.level).toBe('较大');
  });
});
