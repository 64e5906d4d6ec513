import { afterEach, describe, expect, it } from 'vitest';
import type { DeskDatabase } from '../../../renderer/src/db/database';
import {
  activitiesOfPetition,
  activitiesOfRiskMatter,
  addActivityProblems,
  getActivity,
  listActivities,
  recordActivity,
  setProblemOutcome,
  updateActivity,
} from '../../../renderer/src/db/outreachActivities';
import { OutreachError } from '../../../renderer/src/db/outreachScope';
import { registerPetition } from '../../../renderer/src/db/petitions';
import { registerRiskMatter } from '../../../renderer/src/db/riskLedger';
import { saveSettings } from '../../../renderer/src/db/settings';
import { deleteUnit } from '../../../renderer/src/db/units';
import { DEFAULT_OUTREACH_KINDS } from '../../../renderer/src/domain/outreach/types';
import { visit } from '../domain/fixtures';
import { activityInput } from '../domain/outreach/fixtures';
import { riskMatterInput } from '../domain/risk/fixtures';
import { freshDb } from './helpers';

const NOW = new Date(2026, 5, 10, 10, 0);
let db: DeskDatabase;
afterEach(() => db?.close());

describe('recording an activity', () => {
  it('numbers it 走〔year〕n号 by the year of its day, each problem found open', async () => {
    db = freshDb();
    const first = await recordActivity(db, activityInput(), NOW);
    const second = await recordActivity(db, activityInput({ date: '2026-06-05', problems: [] }), NOW);
    const lastYear = await recordActivity(db, activityInput({ date: '2025-12-30' }), NOW);
    expect([first.activityNo, second.activityNo, lastYear.activityNo]).toEqual([
      '走〔2026〕1号',
      '走〔2026〕2号',
      '走〔2025〕1号',
    ]);
    expect(first.problems).toEqual([
      { id: expect.any(String), text: '12名职工两个月工资未发', outcome: { kind: 'open' } },
    ]);
    expect(await db.settings.get('activityNo:2026')).toEqual({ key: 'activityNo:2026', value: 2 });
    // Newest day first: the list reads the date index backwards.
    expect((await listActivities(db)).map((a) => a.activityNo)).toEqual([
      '走〔2026〕2号',
      '走〔2026〕1号',
      '走〔2025〕1号',
    ]);
  });

  it('refuses a kind the office does not have, leaving nothing behind, and takes one it added', async () => {
    db = freshDb();
    await expect(recordActivity(db, activityInput({ kind: '夏送清凉', checked: [] }), NOW)).rejects.toThrow(
      '请选择活动类型',
    );
    expect(await db.activities.count()).toBe(0);
    expect(await db.settings.get('activityNo:2026')).toBeUndefined();
    await saveSettings(db, {
      outreachKinds: [...DEFAULT_OUTREACH_KINDS, { kind: '夏送清凉', checklist: ['防暑药品'] }],
    });
    const a = await recordActivity(db, activityInput({ kind: '夏送清凉', checked: ['防暑药品'] }), NOW);
    expect(a.kind).toBe('夏送清凉');
  });

  it('refuses a unit that no longer exists', async () => {
    db = freshDb();
    await expect(recordActivity(db, activityInput({ unitId: 'unit-gone' }), NOW)).rejects.toThrow(
      '所选活动单位已不存在，请重新选择',
    );
  });

  it('corrects its facts and adds problems found later, keeping its number', async () => {
    db = freshDb();
    const a = await recordActivity(db, activityInput(), NOW);
    const corrected = await updateActivity(db, a.id, { ...activityInput(), headcount: 45, place: ' 工地 ' }, NOW);
    expect(corrected).toMatchObject({ activityNo: a.activityNo, headcount: 45, place: '工地', problems: a.problems });
    const more = await addActivityProblems(db, a.id, ['劳保鞋未按期发放'], NOW);
    expect(more.problems.map((p) => p.text)).toEqual(['12名职工两个月工资未发', '劳保鞋未按期发放']);
    await expect(addActivityProblems(db, a.id, [''], NOW)).rejects.toThrow('请填写第3条发现问题');
  });
});

describe('what became of a problem found', () => {
  it('a petition registered from it links both ways through the petitionIds index', async () => {
    db = freshDb();
    const a = await recordActivity(db, activityInput(), NOW);
    const petition = await registerPetition(db, visit({ channel: '下访发现' }), NOW);
    const problemId = a.problems[0]?.id ?? '';
    const linked = await setProblemOutcome(
      db,
      a.id,
      problemId,
      { kind: 'petition', petitionId: petition.id, on: '2026-06-02' },
      NOW,
    );
    expect(linked.petitionIds).toEqual([petition.id]);
    expect((await activitiesOfPetition(db, petition.id)).map((x) => x.id)).toEqual([a.id]);
    await expect(
      setProblemOutcome(db, a.id, problemId, { kind: 'closed', note: '已解决', on: '2026-06-03' }, NOW),
    ).rejects.toThrow('该问题已转为信访事项，不能再改变处理结果');
  });

  it('registering the petition from the problem is one step: the problem becomes it, linked both ways', async () => {
    db = freshDb();
    const a = await recordActivity(db, activityInput(), NOW);
    const problemId = a.problems[0]?.id ?? '';
    const from = { fromActivityProblem: { activityId: a.id, problemId } };
    const petition = await registerPetition(db, visit({ channel: '下访发现' }), NOW, from);
    const after = await getActivity(db, a.id);
    expect(after?.problems[0]?.outcome).toEqual({ kind: 'petition', petitionId: petition.id, on: '2026-06-10' });
    expect(after?.petitionIds).toEqual([petition.id]);
    const [registered] = await db.caseEvents.where('petitionId').equals(petition.id).toArray();
    expect(registered?.text).toBe('登记（由走〔2026〕1号发现的问题转入）');
    expect(registered?.data).toMatchObject({ activityId: a.id, problemId });
    // The same problem twice, or by another channel: refused, and no petition is left behind.
    const petitions = await db.petitions.count();
    await expect(registerPetition(db, visit({ channel: '下访发现' }), NOW, from)).rejects.toThrow(
      '该问题已转为信访事项，不能再改变处理结果',
    );
    const b = await recordActivity(db, activityInput(), NOW);
    await expect(
      registerPetition(db, visit({ channel: '来访' }), NOW, {
        fromActivityProblem: { activityId: b.id, problemId: b.problems[0]?.id ?? '' },
      }),
    ).rejects.toThrow('由走〔2026〕2号发现的问题登记的信访事项，来源渠道应为“下访发现”“座谈会”“领导接待日”之一');
    expect(await db.petitions.count()).toBe(petitions);
    expect((await getActivity(db, b.id))?.problems[0]?.outcome).toEqual({ kind: 'open' });
  });

  it('a screening-ledger matter, found by the riskMatterIds index', async () => {
    db = freshDb();
    const a = await recordActivity(db, activityInput(), NOW);
    const matter = await registerRiskMatter(db, riskMatterInput({ source: '座谈会' }), NOW);
    await setProblemOutcome(
      db,
      a.id,
      a.problems[0]?.id ?? '',
      { kind: 'risk', riskMatterId: matter.id, on: '2026-06-03' },
      NOW,
    );
    expect((await activitiesOfRiskMatter(db, matter.id)).map((x) => x.id)).toEqual([a.id]);
  });

  it('refuses a petition or matter that does not exist, and keeps the problem open', async () => {
    db = freshDb();
    const a = await recordActivity(db, activityInput(), NOW);
    const problemId = a.problems[0]?.id ?? '';
    await expect(
      setProblemOutcome(db, a.id, problemId, { kind: 'petition', petitionId: 'p-gone', on: '2026-06-02' }, NOW),
    ).rejects.toBeInstanceOf(OutreachError);
    await expect(
      setProblemOutcome(db, a.id, problemId, { kind: 'risk', riskMatterId: 'r-gone', on: '2026-06-02' }, NOW),
    ).rejects.toThrow('所选排查台账事项已不存在');
    expect((await getActivity(db, a.id))?.problems[0]?.outcome).toEqual({ kind: 'open' });
  });

  it('closed on the spot keeps what was done; the activity’s day cannot then move past it', async () => {
    db = freshDb();
    const a = await recordActivity(db, activityInput(), NOW);
    const closed = await setProblemOutcome(
      db,
      a.id,
      a.problems[0]?.id ?? '',
      { kind: 'closed', note: ' 当场协调项目部10日内发放 ', on: '2026-06-02' },
      NOW,
    );
    expect(closed.problems[0]?.outcome).toEqual({ kind: 'closed', note: '当场协调项目部10日内发放', on: '2026-06-02' });
    await expect(updateActivity(db, a.id, { ...activityInput(), date: '2026-06-03' }, NOW)).rejects.toThrow(
      '已有问题在此日期之前处理，活动日期不能晚于处理日期',
    );
  });
});

describe('a unit with activities', () => {
  it('cannot be deleted', async () => {
    db = freshDb();
    await recordActivity(db, activityInput({ unitId: 'unit-1-1-2' }), NOW);
    await expect(deleteUnit(db, 'unit-1-1-2')).rejects.toThrow('有1条走访座谈活动涉及“掘进二队”，不能删除');
  });
});

describe('the activity kinds in settings', () => {
  it('are saved only when each kind is named once', async () => {
    db = freshDb();
    await expect(
      saveSettings(db, { outreachKinds: [...DEFAULT_OUTREACH_KINDS, { kind: '座谈会', checklist: [] }] }),
    ).rejects.toThrow('活动类型“座谈会”重复');
  });
});
