import { afterEach, describe, expect, it } from 'vitest';
import type { DeskDatabase } from '../../../renderer/src/db/database';
import {
  activitiesOfPetition,
  addActivityProblems,
  getActivity,
  listActivitiesOn,
  recordActivity,
  updateActivity,
} from '../../../renderer/src/db/outreachActivities';
import { correctPetition } from '../../../renderer/src/db/corrections';
import { registerPetition } from '../../../renderer/src/db/petitions';
import { visit } from '../domain/fixtures';
import { activityInput } from '../domain/outreach/fixtures';
import { freshDb } from './helpers';

const SCHEDULED = new Date(2026, 5, 1, 10, 0);
const ON_THE_DAY = new Date(2026, 5, 10, 11, 0);
const dayInput = activityInput({ kind: '领导接待日', date: '2026-06-10', checked: [], headcount: 0, problems: [] });
const onTheDay = (summary: string) => visit({ channel: '领导接待日', receivedAt: '2026-06-10T09:30', summary });
let db: DeskDatabase;
afterEach(() => db?.close());

describe('a 领导接待日 scheduled ahead', () => {
  it('is recorded nine days before its day, and takes no problems until it has come', async () => {
    db = freshDb();
    const day = await recordActivity(db, dayInput, SCHEDULED);
    expect(day).toMatchObject({ activityNo: '走〔2026〕1号', date: '2026-06-10', headcount: 0, problems: [] });
    await expect(addActivityProblems(db, day.id, ['欠薪'], SCHEDULED)).rejects.toThrow(
      '该活动定于2026年6月10日，当天之后才能补充发现问题',
    );
    await expect(recordActivity(db, { ...dayInput, kind: '下访走访', checked: [] }, SCHEDULED)).rejects.toThrow(
      '活动日期不能晚于今天',
    );
  });
});

describe('the desk’s reception days of a received day', () => {
  it('are read by the day only', async () => {
    db = freshDb();
    const day = await recordActivity(db, dayInput, SCHEDULED);
    await recordActivity(db, { ...dayInput, date: '2026-06-11' }, SCHEDULED);
    expect((await listActivitiesOn(db, '2026-06-10')).map((a) => a.id)).toEqual([day.id]);
    expect(await listActivitiesOn(db, '2026-06-12')).toEqual([]);
  });
});

describe('registering a petition on the day', () => {
  it('appends it to the day as a problem that became it, in the save, linked both ways — by its number, not its summary', async () => {
    db = freshDb();
    const day = await recordActivity(db, dayInput, SCHEDULED);
    const first = await registerPetition(db, onTheDay('反映井下班中餐补贴未发放'), ON_THE_DAY, {
      receptionDayId: day.id,
    });
    const second = await registerPetition(db, onTheDay('反映劳保鞋未按期发放'), ON_THE_DAY, {
      receptionDayId: day.id,
    });
    const after = await getActivity(db, day.id);
    expect(after?.problems.map((p) => [p.text, p.outcome])).toEqual([
      [`来访登记，信访事项${first.regNo}`, { kind: 'petition', petitionId: first.id, on: '2026-06-10' }],
      [`来访登记，信访事项${second.regNo}`, { kind: 'petition', petitionId: second.id, on: '2026-06-10' }],
    ]);
    expect(after?.petitionIds).toEqual([first.id, second.id]);
    expect((await activitiesOfPetition(db, second.id)).map((a) => a.id)).toEqual([day.id]);
    const [registered] = await db.caseEvents.where('petitionId').equals(first.id).toArray();
    expect(registered?.text).toBe('登记（领导接待日走〔2026〕1号）');
    expect(registered?.data).toMatchObject({ receptionDayId: day.id });
  });

  it('copies nothing of a 保密 matter onto the day: neither its summary nor its number', async () => {
    db = freshDb();
    const day = await recordActivity(db, dayInput, SCHEDULED);
    const reported = await registerPetition(
      db,
      { ...onTheDay('检举张三克扣李四工资'), nature: '检举控告' },
      ON_THE_DAY,
      { receptionDayId: day.id },
    );
    const after = await getActivity(db, day.id);
    expect(after?.problems.map((p) => p.text)).toEqual(['来访登记（保密事项）']);
    expect(JSON.stringify(await db.activities.get(day.id))).not.toContain(reported.regNo);
    expect(JSON.stringify(await db.activities.get(day.id))).not.toContain('张三');
  });

  it('a refused save adds nothing: no petition, no number, the day unchanged', async () => {
    db = freshDb();
    const day = await recordActivity(db, dayInput, SCHEDULED);
    const visitDay = await recordActivity(db, activityInput({ date: '2026-06-10' }), ON_THE_DAY);
    const before = await db.activities.get(day.id);
    const refusals: [Parameters<typeof registerPetition>[1], string, string][] = [
      [visit({ receivedAt: '2026-06-10T09:30' }), day.id, '来源渠道应为“领导接待日”'],
      [visit({ channel: '领导接待日', receivedAt: '2026-06-09T09:30' }), day.id, '来访日期应为当天'],
      [onTheDay('欠薪'), visitDay.id, '走〔2026〕2号不是领导接待日'],
      [onTheDay('欠薪'), 'gone', '所选领导接待日已不存在'],
    ];
    for (const [input, receptionDayId, said] of refusals)
      await expect(registerPetition(db, input, ON_THE_DAY, { receptionDayId })).rejects.toThrow(said);
    expect(await db.petitions.count()).toBe(0);
    expect(await db.receptions.count()).toBe(0);
    expect(await db.settings.get('regNo:2026')).toBeUndefined();
    expect(await db.activities.get(day.id)).toEqual(before);
  });

  it('a save whose write to the day fails keeps nothing: the petition goes with it (one transaction)', async () => {
    db = freshDb();
    const day = await recordActivity(db, dayInput, SCHEDULED);
    const before = await db.activities.get(day.id);
    // The day is the save's last write: the petition, its reception and its event are already written when it fails.
    const failing = () => {
      throw new Error('磁盘已满');
    };
    db.activities.hook('updating', failing);
    await expect(registerPetition(db, onTheDay('欠薪'), ON_THE_DAY, { receptionDayId: day.id })).rejects.toThrow(
      '磁盘已满',
    );
    db.activities.hook('updating').unsubscribe(failing);
    expect(await db.activities.get(day.id)).toEqual(before);
    expect(await db.petitions.count()).toBe(0);
    expect(await db.receptions.count()).toBe(0);
    expect(await db.caseEvents.count()).toBe(0);
    expect(await db.settings.get('regNo:2026')).toBeUndefined();
  });
});

describe('a reception day and the petitions registered on it stay true to each other', () => {
  const { problems: _none, ...dayFacts } = dayInput;
  const LATER = new Date(2026, 5, 12, 9, 0);

  it('the day cannot move or change its kind once petitions were registered on it; its other facts can', async () => {
    db = freshDb();
    const day = await recordActivity(db, dayInput, SCHEDULED);
    await registerPetition(db, onTheDay('反映劳保鞋未按期发放'), ON_THE_DAY, { receptionDayId: day.id });
    const refused = '已有1件信访事项在走〔2026〕1号登记，不能更改接待日的日期或类型';
    await expect(updateActivity(db, day.id, { ...dayFacts, date: '2026-06-09' }, LATER)).rejects.toThrow(refused);
    await expect(updateActivity(db, day.id, { ...dayFacts, kind: '下访走访', checked: [] }, LATER)).rejects.toThrow(
      refused,
    );
    const led = await updateActivity(db, day.id, { ...dayFacts, leader: '王矿长' }, LATER);
    expect([led.date, led.leader]).toEqual(['2026-06-10', '王矿长']);
  });

  it('a held day holding problems cannot be moved into the future', async () => {
    db = freshDb();
    const day = await recordActivity(db, dayInput, SCHEDULED);
    await addActivityProblems(db, day.id, ['食堂饭菜价格高'], LATER);
    await expect(updateActivity(db, day.id, { ...dayFacts, date: '2026-06-20' }, LATER)).rejects.toThrow(
      '接待日尚未到来',
    );
  });

  it('a correction keeps the petition on its day: channel and date stay, and a 保密 mark hides its number there', async () => {
    db = freshDb();
    const day = await recordActivity(db, dayInput, SCHEDULED);
    const input = onTheDay('反映班中餐补贴未发放');
    const saved = await registerPetition(db, input, ON_THE_DAY, { receptionDayId: day.id });
    await expect(correctPetition(db, saved.id, { ...input, channel: '来访' }, '渠道记错', LATER)).rejects.toThrow(
      '来源渠道应为“领导接待日”',
    );
    await expect(
      correctPetition(db, saved.id, { ...input, receivedAt: '2026-06-11T09:30' }, '日期记错', LATER),
    ).rejects.toThrow('来访日期应为当天');
    expect((await db.petitions.get(saved.id))?.channel).toBe('领导接待日');
    await correctPetition(db, saved.id, { ...input, confidential: true }, '来访人要求保密', LATER);
    expect((await getActivity(db, day.id))?.problems.map((p) => p.text)).toEqual(['来访登记（保密事项）']);
  });
});
