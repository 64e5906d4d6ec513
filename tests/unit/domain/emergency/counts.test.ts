import { describe, expect, it } from 'vitest';
import { emergencyCounts } from '../../../../renderer/src/domain/emergency/counts';
import { emergency } from './fixtures';

const arrived = (arrivedAt: string) => ({ leaders: '张书记', arrivedAt, recordedBy: 'u' });

describe('emergencyCounts: the emergencies reported in a period', () => {
  // Hand-counted: June has four events (two on time, one late, one nobody reached yet; one ended); May and July one each.
  const events = [
    emergency({ id: 'a', reportedAt: '2026-06-01T08:30', arrival: arrived('2026-06-01T14:30'), status: '已结束' }),
    emergency({
      id: 'b',
      reportedAt: '2026-06-10T09:00',
      location: '本市单位',
      arrivalLimitHours: 1,
      arrival: arrived('2026-06-10T09:40'),
    }),
    emergency({
      id: 'c',
      reportedAt: '2026-06-20T09:00',
      location: '市外',
      arrivalLimitHours: 2,
      arrival: arrived('2026-06-20T11:01'),
    }),
    emergency({ id: 'd', reportedAt: '2026-06-30T23:59' }),
    emergency({ id: 'e', reportedAt: '2026-05-31T23:00', arrival: arrived('2026-06-01T08:00') }),
    emergency({ id: 'f', reportedAt: '2026-07-01T00:00' }),
  ];

  it('counts June: 4 reported, 2 on time, 1 late, 1 not arrived, 1 ended', () => {
    expect(emergencyCounts(events, { from: '2026-06-01', to: '2026-06-30' })).toEqual({
      total: 4,
      onTime: 2,
      late: 1,
      notArrived: 1,
      closed: 1,
    });
  });

  it('judges each by the limit it was registered under, not today’s settings', () => {
    const strict = emergency({
      reportedAt: '2026-06-01T08:30',
      arrivalLimitHours: 2,
      arrival: arrived('2026-06-01T14:30'),
    });
    expect(emergencyCounts([strict], { from: '2026-06-01', to: '2026-06-01' })).toMatchObject({ onTime: 0, late: 1 });
  });

  it('counts nothing in an empty period', () => {
    expect(emergencyCounts(events, { from: '2025-01-01', to: '2025-12-31' })).toEqual({
      total: 0,
      onTime: 0,
      late: 0,
      notArrived: 0,
      closed: 0,
    });
  });
});
