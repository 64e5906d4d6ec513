import { describe, expect, it } from 'vitest';
import { runningAssignedDue } from '../../../renderer/src/domain/assignedDue';
import { caseEnvironment } from '../../../renderer/src/domain/caseEnvironment';
import type { CaseAssignment, CaseClockFacts } from '../../../renderer/src/domain/deadlines';
import { DEFAULT_SETTINGS } from '../../../renderer/src/domain/defaults';

const env = caseEnvironment(DEFAULT_SETTINGS);
/** Accepted Thursday 2026-04-02: the 60-day 办理期限 ends Monday 2026-06-01. */
const ACCEPTED: CaseClockFacts = {
  nature: '申诉求决',
  receivedAt: '2026-04-01',
  acceptedAt: '2026-04-02',
  acceptanceNoticeIssuedAt: '2026-04-02',
};
const ASSIGNED: CaseAssignment = {
  unitId: 'unit-1-1',
  unitName: '一号矿井',
  leader: '刘海峰',
  handler: '孙丽娟',
  dueDate: '2026-05-20',
  assignedAt: '2026-04-03T10:00',
};
const running = (facts: CaseClockFacts, today: string) =>
  runningAssignedDue(facts, env.rules, env.calendar, today, env.dueSoonDays);

describe('the 交办期限 as a running deadline', () => {
  it('runs from the 交办 until the unit’s answer: 正常, then 临期 three days before, then 超期', () => {
    const facts = { ...ACCEPTED, assignment: ASSIGNED };
    expect(running(facts, '2026-05-01')).toEqual({
      due: '2026-05-20',
      state: '正常',
      daysLeft: 19,
      unitName: '一号矿井',
    });
    expect(running(facts, '2026-05-18')).toMatchObject({ state: '临期', daysLeft: 2 });
    expect(running(facts, '2026-05-22')).toMatchObject({ state: '超期', daysLeft: -2 });
  });

  it('is not running before a 交办, nor once the answer is recorded or the case has left the office', () => {
    expect(running(ACCEPTED, '2026-05-01')).toBeNull();
    expect(running({ ...ACCEPTED, assignment: ASSIGNED, repliedAt: '2026-05-10' }, '2026-05-22')).toBeNull();
    expect(running({ ...ACCEPTED, assignment: ASSIGNED, closedAt: '2026-05-10' }, '2026-05-22')).toBeNull();
  });

  it('moves with a 延期 approved after the 交办, as the letters print it', () => {
    const extended = {
      ...ACCEPTED,
      assignment: { ...ASSIGNED, dueDate: '2026-06-01' },
      extension: { days: 30, approvedAt: '2026-05-25' },
    };
    expect(running(extended, '2026-06-02')).toMatchObject({ due: '2026-07-01', state: '正常' });
  });
});
