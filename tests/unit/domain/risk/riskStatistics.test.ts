import { describe, expect, it } from 'vitest';
import { DEFAULT_STALENESS_RULES } from '../../../../renderer/src/domain/risk/staleness';
import { riskStatistics } from '../../../../renderer/src/domain/risk/riskStatistics';
import type { Screening } from '../../../../renderer/src/domain/risk/types';
import { formatFigure, RISK_FIGURES } from '../../../../renderer/src/domain/statistics';
import { createWorkCalendar } from '../../../../renderer/src/domain/workCalendar';
import { riskHeadlines } from '../../../../renderer/src/features/dashboard/riskHeadlines';
import { emergency, readyToClose } from '../emergency/fixtures';
import { riskMatter } from './fixtures';

const calendar = createWorkCalendar({});
const Q2 = { from: '2026-04-01', to: '2026-06-30' };
const screening = (id: string, kind: Screening['kind'], day: string, unitIds: string[]): Screening => ({
  id,
  kind,
  day,
  unitIds,
  participants: '',
  checked: '',
  matterIds: [],
});

// Hand-counted for Q2 2026, today 2026-06-10 (Wed).
const MATTERS = [
  // 挂号 in Q2 at unit-1, 销号 in Q2 (from a screening).
  riskMatter({ id: 'a', registeredOn: '2026-04-03', status: '已销号', closedOn: '2026-05-10' }),
  // 挂号 in Q2 at unit-1, in 办, updated today.
  riskMatter({ id: 'b', registeredOn: '2026-05-02', lastUpdatedOn: '2026-06-10' }),
  // 挂号 in Q2 at unit-2, 重大, in 办, last updated 06-05 (Fri): 06-08, 06-09 missed → behind.
  riskMatter({ id: 'c', unitId: 'unit-2', level: '重大', registeredOn: '2026-06-01', lastUpdatedOn: '2026-06-05' }),
  // 挂号 in Q1, converted in Q2 (in 办 at the end of Q1, not at today's).
  riskMatter({
    id: 'd',
    registeredOn: '2026-03-20',
    status: '已转信访事项',
    closedOn: '2026-04-15',
    source: '单位专报',
  }),
  // 挂号 in Q1 2025 and 销号 then.
  riskMatter({ id: 'e', registeredOn: '2025-05-01', status: '已销号', closedOn: '2025-05-20' }),
];
const SCREENINGS = [
  screening('s1', '重点排查', '2026-04-02', ['unit-1']),
  screening('s2', '普遍排查', '2026-05-15', ['unit-1', 'unit-2']),
  screening('s3', '月度排查', '2026-06-01', ['unit-2']),
  screening('s4', '普遍排查', '2026-03-01', ['unit-2']),
];
const scope = (unitIds: ReadonlySet<string> | null) => ({
  unitIds,
  today: '2026-06-10',
  calendar,
  rules: DEFAULT_STALENESS_RULES,
});

describe('the screening ledger’s figures', () => {
  it('counts a period for the whole company, by hand', () => {
    const s = riskStatistics(MATTERS, SCREENINGS, Q2, scope(null));
    expect(s.counts).toMatchObject({ registered: 3, closed: 1 });
    expect(s.counts.resolutionRate).toBeCloseTo(1 / 3);
    expect(s.screenings).toMatchObject({ concentrated: 2, key: 1, general: 1, routine: 1, resolvedFromScreenings: 1 });
    // b and c are in 办 today (the quarter is not over); d left on 04-15.
    expect(s).toMatchObject({ openAtEnd: 2, converted: 1, staleToday: 1 });
    const q1 = riskStatistics(MATTERS, SCREENINGS, { from: '2026-01-01', to: '2026-03-31' }, scope(null));
    expect(q1).toMatchObject({ openAtEnd: 1, converted: 0, counts: { registered: 1, closed: 0 } });
  });

  it('keeps to a scope’s units: matters by their unit, screenings covering any of them', () => {
    const s = riskStatistics(MATTERS, SCREENINGS, Q2, scope(new Set(['unit-2'])));
    expect(s.counts).toMatchObject({ registered: 1, closed: 0 });
    expect(s.screenings).toMatchObject({ concentrated: 1, general: 1, routine: 1 });
    expect(s).toMatchObject({ openAtEnd: 1, staleToday: 1 });
  });

  it('reads the office’s update periods', () => {
    const lenient = { ...scope(null), rules: { ...DEFAULT_STALENESS_RULES, 重大: 3 } };
    expect(riskStatistics(MATTERS, SCREENINGS, Q2, lenient).staleToday).toBe(0);
  });

  it('shows on the dashboard with 同比 and 环比 from the catalogue, and the day’s figure without them', () => {
    const headlines = riskHeadlines(MATTERS, SCREENINGS, { period: Q2, kind: 'quarter' }, scope(null));
    const byKey = Object.fromEntries(headlines.map((h) => [h.key, h]));
    expect(byKey.riskRegistered).toMatchObject({ label: '挂号矛盾纠纷', unit: '起', value: 3 });
    // Q1: 1 挂号 → 环比 +200%; Q2 2025: 1 挂号 → 同比 +200%.
    expect(byKey.riskRegistered?.change.periodOnPeriod.ratio).toBeCloseTo(2);
    expect(byKey.riskRegistered?.change.yearOnYear.ratio).toBeCloseTo(2);
    expect(formatFigure(byKey.riskResolutionRate?.value ?? null, '%')).toBe('33.33%');
    expect(byKey.riskStale).toMatchObject({ value: 1, ofTheDay: true });
    expect(RISK_FIGURES.every((f) => f.definition.length > 0)).toBe(true);
  });

  it('counts the 突发信访事件 reported in the period and scope, and the on-time arrivals among those recorded', () => {
    const EVENTS = [
      // On time (arrived 13:50, limit 14:30), ended; at unit-1.
      readyToClose({ id: 'on', unitIds: ['unit-1'], status: '已结束' }),
      // Late (arrived 15:00), at unit-2.
      emergency({
        id: 'late',
        unitIds: ['unit-2'],
        arrival: { leaders: '李矿长', arrivedAt: '2026-06-01T15:00', recordedBy: 'u-1' },
      }),
      // Nobody there yet, at unit-2; and one of Q1.
      emergency({ id: 'waiting', unitIds: ['unit-2'], reportedAt: '2026-06-09T10:00' }),
      emergency({ id: 'old', reportedAt: '2026-03-01T10:00' }),
    ];
    const all = riskStatistics(MATTERS, SCREENINGS, Q2, scope(null), EVENTS);
    expect(all.emergencies).toEqual({ total: 3, onTime: 1, late: 1, notArrived: 1, closed: 1 });
    const rate = RISK_FIGURES.find((f) => f.key === 'emergencyOnTimeRate');
    expect(formatFigure(rate?.of(all) ?? null, '%')).toBe('50.00%');
    const unit2 = riskStatistics(MATTERS, SCREENINGS, Q2, scope(new Set(['unit-2'])), EVENTS);
    expect(unit2.emergencies).toMatchObject({ total: 2, late: 1, notArrived: 1 });
    expect(rate?.of(riskStatistics(MATTERS, SCREENINGS, Q2, scope(null)))).toBeNull();
  });
});
