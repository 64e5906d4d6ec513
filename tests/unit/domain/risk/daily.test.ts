import { describe, expect, it } from 'vitest';
import { riskDailyReport } from '../../../../renderer/src/domain/risk/daily';
import type { RiskUpdate } from '../../../../renderer/src/domain/risk/types';
import { createWorkCalendar } from '../../../../renderer/src/domain/workCalendar';
import { riskMatter } from './fixtures';

const calendar = createWorkCalendar();
const update = (matterId: string, day: string, text: string): RiskUpdate => ({
  id: `${matterId}-${day}`,
  matterId,
  day,
  text,
  recordedBy: 'u-1',
});

// Wednesday 2026-06-10; 06-08 and 06-09 are working days.
const DAY = '2026-06-10';
const MATTERS = [
  riskMatter({ id: 'new', seq: 3, riskNo: '排〔2026〕3号', registeredOn: DAY, level: '一般' }),
  riskMatter({
    id: 'major',
    seq: 1,
    riskNo: '排〔2026〕1号',
    registeredOn: '2026-06-01',
    level: '重大',
    lastUpdatedOn: DAY,
  }),
  riskMatter({
    id: 'closed',
    seq: 2,
    riskNo: '排〔2026〕2号',
    registeredOn: '2026-06-02',
    status: '已销号',
    closedOn: DAY,
  }),
  riskMatter({
    id: 'converted',
    seq: 4,
    riskNo: '排〔2026〕4号',
    registeredOn: '2026-06-03',
    status: '已转信访事项',
    closedOn: DAY,
  }),
  // 重大, last updated on Monday 06-08: Tuesday passed without an update, so behind by one working day.
  riskMatter({
    id: 'behind',
    seq: 5,
    riskNo: '排〔2026〕5号',
    registeredOn: '2026-06-01',
    level: '重大',
    lastUpdatedOn: '2026-06-08',
  }),
  // Updated after the day (the report is of an earlier day): judged by its entries up to the day.
  riskMatter({
    id: 'later',
    seq: 6,
    riskNo: '排〔2026〕6号',
    registeredOn: '2026-06-01',
    level: '重大',
    lastUpdatedOn: '2026-06-12',
  }),
  riskMatter({
    id: 'old',
    seq: 7,
    riskNo: '排〔2026〕7号',
    registeredOn: '2026-05-01',
    status: '已销号',
    closedOn: '2026-05-20',
  }),
];
const UPDATES = [
  update('major', DAY, '约谈项目部'),
  update('later', '2026-06-05', '走访职工'),
  update('later', '2026-06-12', '补发到位'),
];

describe('日报 (the day’s changes on the screening ledger)', () => {
  const report = riskDailyReport(MATTERS, UPDATES, DAY, calendar);

  it('lists the day’s 挂号, updates with their text, 销号 and 转为信访事项', () => {
    expect(report.registered.map((m) => m.riskNo)).toEqual(['排〔2026〕3号']);
    expect(report.updates.map((u) => [u.matter.riskNo, u.update.text])).toEqual([['排〔2026〕1号', '约谈项目部']]);
    expect(report.closed.map((m) => m.id)).toEqual(['closed']);
    expect(report.converted.map((m) => m.id)).toEqual(['converted']);
  });

  it('lists the matters behind by the staleness rule, judging an earlier day by the entries up to it', () => {
    expect(report.behind.map((b) => [b.matter.id, b.lastDay, b.missedWorkingDays])).toEqual([
      ['later', '2026-06-05', 2],
      ['behind', '2026-06-08', 1],
    ]);
  });

  it('counts what is in 办 at the end of the day: neither 销号 nor converted by then', () => {
    expect(report.open).toBe(4);
  });

  it('is empty on a day nothing happened', () => {
    const quiet = riskDailyReport([], [], DAY, calendar);
    expect([quiet.registered, quiet.updates, quiet.closed, quiet.converted, quiet.behind]).toEqual([
      [],
      [],
      [],
      [],
      [],
    ]);
  });
});
