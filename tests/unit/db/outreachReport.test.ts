import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DeskDatabase } from '../../../renderer/src/db/database';
import { recordActivity } from '../../../renderer/src/db/outreachActivities';
import { outreachCountsForPeriods } from '../../../renderer/src/db/outreachReport';
import { recordSuggestion } from '../../../renderer/src/db/outreachSuggestions';
import { AccessDeniedError, setActor } from '../../../renderer/src/db/session';
import { activityInput, suggestionInput } from '../domain/outreach/fixtures';
import { actorAs, freshDb, TEST_BRANCH } from './helpers';

const NOW = new Date(2026, 5, 10, 10, 0);
const JUNE = { from: '2026-06-01', to: '2026-06-30' };
const MAY = { from: '2026-05-01', to: '2026-05-31' };
const JUNE_2025 = { from: '2025-06-01', to: '2025-06-30' };
let db: DeskDatabase;

/** In 综采一队 (the test branch's unit): a 下访走访 in June and a 座谈会 in May; in 掘进二队 a 下访走访 in June. */
beforeEach(async () => {
  db = freshDb();
  await recordActivity(db, activityInput(), NOW);
  await recordActivity(
    db,
    activityInput({ kind: '座谈会', date: '2026-05-20', headcount: 15, checked: [], problems: [] }),
    NOW,
  );
  await recordActivity(db, activityInput({ unitId: 'unit-1-1-2', headcount: 7 }), NOW);
  await recordSuggestion(db, suggestionInput({ collectedOn: '2026-05-20' }), NOW);
});
afterEach(() => db.close());

describe('走出去’s counts of a period and its bases in one read', () => {
  it('counts each period on its own, in the order asked', async () => {
    const [june, may, lastYear] = await outreachCountsForPeriods(db, [JUNE, MAY, JUNE_2025], 'all', NOW);
    expect([june?.activities, june?.headcountReached, june?.problems.found]).toEqual([2, 47, 2]);
    expect([may?.activities, may?.headcountReached, may?.suggestions.collected]).toEqual([1, 15, 1]);
    expect(lastYear?.activities).toBe(0);
  });

  it('for a 党支部书记, its own units only, and no other scope', async () => {
    setActor(db, actorAs('branchSecretary'));
    const [june, may] = await outreachCountsForPeriods(db, [JUNE, MAY], TEST_BRANCH.scopeKey, NOW);
    expect([june?.activities, june?.headcountReached]).toEqual([1, 40]);
    expect(may?.byKind.find((k) => k.kind === '座谈会')?.count).toBe(1);
    await expect(outreachCountsForPeriods(db, [JUNE], 'all', NOW)).rejects.toBeInstanceOf(AccessDeniedError);
  });
});
