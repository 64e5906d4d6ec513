import { afterEach, describe, expect, it } from 'vitest';
import type { DeskDatabase } from '../../../renderer/src/db/database';
import {
  activitiesOfRiskMatter,
  getActivity,
  recordActivity,
  setProblemOutcome,
} from '../../../renderer/src/db/outreachActivities';
import { registerRiskMatterFromProblem, type ProblemRiskInput } from '../../../renderer/src/db/outreachRisk';
import { getRiskMatter } from '../../../renderer/src/db/riskLedger';
import { activityInput } from '../domain/outreach/fixtures';
import { riskMatterInput } from '../domain/risk/fixtures';
import { freshDb } from './helpers';

const NOW = new Date(2026, 5, 10, 10, 0);
let db: DeskDatabase;
afterEach(() => db?.close());

/** What the clerk fills in, 挂号 on 2026-06-03 (the visit was on 2026-06-02). */
function input(over: Partial<ProblemRiskInput> = {}): ProblemRiskInput {
  const { source: _source, screeningId: _screening, petitionIds: _petitions, ...rest } = riskMatterInput();
  return { ...rest, problem: '12名职工两个月工资未发', registeredOn: '2026-06-03', ...over };
}

/** What a failed 纳入排查台账 must not leave: a matter, a number taken, a changed problem, an audit record. */
async function ledgerState(activityId: string) {
  return {
    matters: await db.riskMatters.count(),
    counter: await db.settings.get('riskNo:2026'),
    outcome: (await getActivity(db, activityId))?.problems[0]?.outcome,
    audit: await db.audit.count(),
  };
}

describe('纳入排查台账: a problem found becomes a screening-ledger matter in one step', () => {
  it('挂号 the matter (source 走访座谈) and sets the problem to it on the 挂号 day, linked both ways', async () => {
    db = freshDb();
    const a = await recordActivity(db, activityInput(), NOW);
    const problemId = a.problems[0]?.id ?? '';
    const { matter, activity } = await registerRiskMatterFromProblem(db, { activityId: a.id, problemId }, input(), NOW);
    expect(matter).toMatchObject({ riskNo: '排〔2026〕1号', source: '走访座谈', screeningId: null, status: '在办' });
    expect(await getRiskMatter(db, matter.id)).toMatchObject({ problem: '12名职工两个月工资未发' });
    expect(activity.problems[0]?.outcome).toEqual({ kind: 'risk', riskMatterId: matter.id, on: '2026-06-03' });
    expect(activity.riskMatterIds).toEqual([matter.id]);
    expect((await activitiesOfRiskMatter(db, matter.id)).map((x) => x.id)).toEqual([a.id]);
  });

  it('a forum’s problem is found at a 座谈会', async () => {
    db = freshDb();
    const a = await recordActivity(db, activityInput({ kind: '座谈会', checked: [] }), NOW);
    const from = { activityId: a.id, problemId: a.problems[0]?.id ?? '' };
    expect((await registerRiskMatterFromProblem(db, from, input(), NOW)).matter.source).toBe('座谈会');
  });

  it('leaves nothing when the problem refuses the outcome after the matter was written (挂号 before the visit)', async () => {
    db = freshDb();
    const a = await recordActivity(db, activityInput(), NOW);
    const before = await ledgerState(a.id);
    const from = { activityId: a.id, problemId: a.problems[0]?.id ?? '' };
    await expect(registerRiskMatterFromProblem(db, from, input({ registeredOn: '2026-05-20' }), NOW)).rejects.toThrow(
      '处理日期不能早于活动日期',
    );
    expect(await ledgerState(a.id)).toEqual(before);
    expect(before).toMatchObject({ matters: 0, counter: undefined, outcome: { kind: 'open' } });
  });

  it('refuses a problem already dealt with, an unfinished 挂号 and a missing activity, leaving nothing', async () => {
    db = freshDb();
    const a = await recordActivity(db, activityInput(), NOW);
    const problemId = a.problems[0]?.id ?? '';
    await setProblemOutcome(db, a.id, problemId, { kind: 'closed', note: '当场协调发放', on: '2026-06-02' }, NOW);
    const b = await recordActivity(db, activityInput(), NOW);
    const open = { activityId: b.id, problemId: b.problems[0]?.id ?? '' };
    const before = await ledgerState(a.id);
    await expect(registerRiskMatterFromProblem(db, { activityId: a.id, problemId }, input(), NOW)).rejects.toThrow(
      '该问题已当场解决，不能再改变处理结果',
    );
    await expect(registerRiskMatterFromProblem(db, open, input({ leader: '' }), NOW)).rejects.toThrow('请填写包案领导');
    await expect(registerRiskMatterFromProblem(db, { activityId: 'a-gone', problemId }, input(), NOW)).rejects.toThrow(
      '发现该问题的走访座谈活动已不存在',
    );
    expect(await ledgerState(a.id)).toEqual(before);
    expect((await getActivity(db, b.id))?.problems[0]?.outcome).toEqual({ kind: 'open' });
  });
});
