import { afterEach, describe, expect, it } from 'vitest';
import type { DeskDatabase } from '../../../renderer/src/db/database';
import { recordActivity } from '../../../renderer/src/db/outreachActivities';
import { helpsOfActivity, helpsOfPetition, listHelps, recordHelp } from '../../../renderer/src/db/outreachHelps';
import { registerPetition } from '../../../renderer/src/db/petitions';
import { helpTotals } from '../../../renderer/src/domain/outreach/help';
import { visit } from '../domain/fixtures';
import { activityInput, helpInput } from '../domain/outreach/fixtures';
import { actorAs, freshDb, openSignedIn } from './helpers';

const NOW = new Date(2026, 5, 10, 10, 0);
let db: DeskDatabase;
afterEach(() => db?.close());

describe('help given', () => {
  it('a 求助 case records two helps, each with the petition’s unit, and their sum is exact in fen', async () => {
    db = freshDb();
    const petition = await registerPetition(db, visit({ nature: '求助', unitId: 'unit-1-1-2' }), NOW);
    const first = await recordHelp(db, helpInput({ petitionId: petition.id, unitId: null, amountFen: 50_010 }), NOW);
    await recordHelp(
      db,
      helpInput({ petitionId: petition.id, unitId: null, kind: '医疗救助', amountFen: 120_005, date: '2026-06-08' }),
      NOW,
    );
    expect(first).toMatchObject({ unitId: 'unit-1-1-2', recordedBy: 'u-admin', amountFen: 50_010 });
    const helps = await helpsOfPetition(db, petition.id);
    expect(helps.map((h) => h.kind)).toEqual(['医疗救助', '生活救助']);
    expect(helpTotals(helps, { from: '2026-06-01', to: '2026-06-30' }).total).toEqual({
      count: 2,
      headcount: 2,
      amountFen: 170_015,
    });
  });

  it('does not name who received help on a 保密 求助 matter to an account without the grant (docs/domain.md §11)', async () => {
    db = freshDb();
    const secret = await registerPetition(db, visit({ nature: '求助', unitId: 'unit-1-1-2', confidential: true }), NOW);
    const open = await registerPetition(db, visit({ nature: '求助', unitId: 'unit-1-1-2' }), NOW);
    await recordHelp(
      db,
      helpInput({ petitionId: secret.id, unitId: null, recipient: '刘桂芳', note: '刘桂芳丈夫住院' }),
      NOW,
    );
    await recordHelp(
      db,
      helpInput({ petitionId: open.id, unitId: null, recipient: '王大山', date: '2026-06-01' }),
      NOW,
    );
    const clerk = openSignedIn(db.name, actorAs('receptionist'));
    const seen = await listHelps(clerk);
    const onPage = await helpsOfPetition(clerk, secret.id);
    clerk.close();
    expect(seen.map((h) => [h.recipient, h.note.includes('刘桂芳')])).toEqual([
      ['（保密）', false],
      ['王大山', false],
    ]);
    expect(onPage.map((h) => h.recipient)).toEqual(['（保密）']);
    // The grant holder reads it.
    expect((await helpsOfPetition(db, secret.id)).map((h) => h.recipient)).toEqual(['刘桂芳']);
  });

  it('refuses a petition that is not a 求助 matter, and writes nothing', async () => {
    db = freshDb();
    const petition = await registerPetition(db, visit({ nature: '申诉求决' }), NOW);
    await expect(recordHelp(db, helpInput({ petitionId: petition.id }), NOW)).rejects.toThrow(
      '帮扶救助只能记在求助类信访事项上',
    );
    await expect(recordHelp(db, helpInput({ petitionId: 'p-gone' }), NOW)).rejects.toThrow(
      '所关联的信访事项已不存在，请刷新后重试',
    );
    expect(await db.helps.count()).toBe(0);
  });

  it('on a problem a visit found, with the activity’s unit', async () => {
    db = freshDb();
    const a = await recordActivity(db, activityInput({ unitId: 'unit-1-1-2' }), NOW);
    const problemId = a.problems[0]?.id ?? null;
    const h = await recordHelp(
      db,
      helpInput({ petitionId: null, activityId: a.id, problemId, unitId: null, kind: '送温暖', headcount: 12 }),
      NOW,
    );
    expect(h).toMatchObject({ unitId: 'unit-1-1-2', headcount: 12 });
    expect((await helpsOfActivity(db, a.id)).map((x) => x.id)).toEqual([h.id]);
    expect((await listHelps(db)).map((x) => x.recipient)).toEqual(['困难职工刘某']);
    await expect(
      recordHelp(db, helpInput({ petitionId: null, activityId: a.id, problemId: 'p-gone' }), NOW),
    ).rejects.toThrow('所选问题不在该活动发现的问题中');
  });
});
