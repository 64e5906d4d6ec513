import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DeskDatabase } from '../../../renderer/src/db/database';
import { registerRiskMatter } from '../../../renderer/src/db/riskLedger';
import { riskStatisticsForReport } from '../../../renderer/src/db/riskReport';
import { AccessDeniedError, setActor } from '../../../renderer/src/db/session';
import { DEFAULT_STALENESS_RULES } from '../../../renderer/src/domain/risk/staleness';
import { createWorkCalendar } from '../../../renderer/src/domain/workCalendar';
import { NOW } from '../domain/fixtures';
import { riskMatterInput } from '../domain/risk/fixtures';
import { actorAs, freshDb, TEST_BRANCH } from './helpers';

let db: DeskDatabase;
beforeEach(async () => {
  db = freshDb();
  // 综采一队 (unit-1-1-1) is 综采一队党支部's; 生产车间 (unit-1-2-1) is not.
  await registerRiskMatter(db, riskMatterInput({ unitId: 'unit-1-1-1', level: '重大' }), NOW);
  await registerRiskMatter(db, riskMatterInput({ unitId: 'unit-1-1-1' }), NOW);
  await registerRiskMatter(db, riskMatterInput({ unitId: 'unit-1-2-1' }), NOW);
});
afterEach(() => db.close());

const Q2 = { from: '2026-04-01', to: '2026-06-30' };
const context = { today: '2026-05-25', calendar: createWorkCalendar({}), rules: DEFAULT_STALENESS_RULES };

describe('the screening ledger’s figures for a report', () => {
  it('gives the whole company’s counts to the office', async () => {
    const stats = await riskStatisticsForReport(db, Q2, 'all', context);
    expect(stats.counts.registered).toBe(3);
    expect(stats.openAtEnd).toBe(3);
  });

  it('gives a 党支部书记 its own branch’s counts only, and refuses any other scope', async () => {
    setActor(db, actorAs('branchSecretary'));
    const stats = await riskStatisticsForReport(db, Q2, TEST_BRANCH.scopeKey, context);
    expect(stats.counts).toMatchObject({ registered: 2, byLevel: { 重大: { registered: 1 } } });
    await expect(riskStatisticsForReport(db, Q2, 'all', context)).rejects.toBeInstanceOf(AccessDeniedError);
  });

  it('is refused to the 审计员', async () => {
    setActor(db, actorAs('auditor'));
    await expect(riskStatisticsForReport(db, Q2, 'all', context)).rejects.toBeInstanceOf(AccessDeniedError);
  });
});
