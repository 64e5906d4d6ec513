import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DeskDatabase } from '../../../renderer/src/db/database';
import { getActivity, listActivities, recordActivity } from '../../../renderer/src/db/outreachActivities';
import { listHelps, recordHelp } from '../../../renderer/src/db/outreachHelps';
import { outreachCountsForReport } from '../../../renderer/src/db/outreachReport';
import {
  listSuggestions,
  recordSuggestion,
  revealSuggestionProposer,
} from '../../../renderer/src/db/outreachSuggestions';
import { registerPetition } from '../../../renderer/src/db/petitions';
import { AccessDeniedError, setActor } from '../../../renderer/src/db/session';
import { visit } from '../domain/fixtures';
import { activityInput, helpInput, suggestionInput } from '../domain/outreach/fixtures';
import { actorAs, freshDb, TEST_ADMIN, TEST_BRANCH } from './helpers';

const NOW = new Date(2026, 5, 10, 10, 0);
const JUNE = { from: '2026-06-01', to: '2026-06-30' };
let db: DeskDatabase;
let own: string;
let other: string;

/** One activity, suggestion and help in 综采一队 (the test branch's unit) and one each in 掘进二队. */
beforeEach(async () => {
  db = freshDb();
  own = (
    await recordActivity(
      db,
      activityInput({ notes: '职工王强（电话13912345678）反映', problems: ['欠薪，联系人电话13912345678'] }),
      NOW,
    )
  ).id;
  other = (await recordActivity(db, activityInput({ unitId: 'unit-1-1-2', headcount: 7 }), NOW)).id;
  await recordSuggestion(db, suggestionInput({ text: '王强建议配保温箱，电话13912345678' }), NOW);
  await recordSuggestion(db, suggestionInput({ unitId: 'unit-1-1-2' }), NOW);
  const petition = await registerPetition(db, visit({ nature: '求助' }), NOW);
  await recordHelp(db, helpInput({ petitionId: petition.id }), NOW);
  await recordHelp(db, helpInput({ petitionId: petition.id, unitId: 'unit-1-1-2', amountFen: 10_000 }), NOW);
  setActor(db, actorAs('branchSecretary'));
});
afterEach(() => db.close());

describe('a 党支部书记 reads 走出去 of its own units only', () => {
  it('its units’ activities, the notes and problems without phones; another unit’s is not there', async () => {
    const listed = await listActivities(db);
    expect(listed.map((a) => a.id)).toEqual([own]);
    expect(listed[0]?.notes).not.toContain('13912345678');
    expect(listed[0]?.problems[0]?.text).not.toContain('13912345678');
    expect(await getActivity(db, other)).toBeNull();
    expect((await getActivity(db, own))?.id).toBe(own);
  });

  it('its units’ suggestions without the proposer, the text without name or phone', async () => {
    const listed = await listSuggestions(db);
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatchObject({ proposer: null, proposerWithheld: true });
    expect(listed[0]?.text).not.toMatch(/王强|13912345678/);
    await expect(revealSuggestionProposer(db, listed[0]?.id ?? '', NOW)).rejects.toBeInstanceOf(AccessDeniedError);
  });

  it('its units’ helps without the recipient', async () => {
    const listed = await listHelps(db);
    expect(listed.map((h) => [h.amountFen, h.recipient])).toEqual([[50_000, null]]);
  });

  it('counts its own branch’s figures for its report, and no other scope', async () => {
    const counts = await outreachCountsForReport(db, JUNE, TEST_BRANCH.scopeKey, NOW);
    expect(counts).toMatchObject({
      activities: 1,
      headcountReached: 40,
      suggestions: { collected: 1, answered: 0, inProgress: 0, unanswered: 1 },
      helps: { count: 1, headcount: 1, amountFen: 50_000 },
    });
    await expect(outreachCountsForReport(db, JUNE, 'all', NOW)).rejects.toBeInstanceOf(AccessDeniedError);
  });

  it('the office reads every unit’s; a period’s counts only the period’s', async () => {
    setActor(db, TEST_ADMIN);
    await recordActivity(db, activityInput({ date: '2026-05-31', headcount: 100 }), NOW);
    await recordSuggestion(db, suggestionInput({ collectedOn: '2026-05-31' }), NOW);
    expect(await listActivities(db)).toHaveLength(3);
    expect(await listSuggestions(db)).toHaveLength(3);
    expect(await listHelps(db)).toHaveLength(2);
    const counts = await outreachCountsForReport(db, JUNE, 'all', NOW);
    expect(counts).toMatchObject({
      activities: 2,
      headcountReached: 47,
      suggestions: { collected: 2 },
      helps: { amountFen: 60_000 },
    });
  });
});
