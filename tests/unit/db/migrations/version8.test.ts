import { afterEach, describe, expect, it } from 'vitest';
import { openDeskDatabase, type DeskDatabase } from '../../../../renderer/src/db/database';
import { activitiesOfPetition, listActivities, recordActivity } from '../../../../renderer/src/db/outreachActivities';
import { listHelps } from '../../../../renderer/src/db/outreachHelps';
import { listSuggestions, recordSuggestion } from '../../../../renderer/src/db/outreachSuggestions';
import { setActor } from '../../../../renderer/src/db/session';
import { getSettings } from '../../../../renderer/src/db/settings';
import { DEFAULT_OUTREACH_KINDS } from '../../../../renderer/src/domain/outreach/types';
import { NOW } from '../../domain/fixtures';
import { activityInput, suggestionInput } from '../../domain/outreach/fixtures';
import { TEST_ADMIN } from '../helpers';
import { contentAt, currentContent, seedAt } from './harness';

let db: DeskDatabase | undefined;
afterEach(() => db?.close());

async function openUpgraded(): Promise<DeskDatabase> {
  const content = contentAt(7, await currentContent());
  expect(content.activities).toBeUndefined();
  expect(content.emergencies).toHaveLength(1);
  expect(content.settings?.some((r) => String(r.key).startsWith('activityNo:'))).toBe(false);
  const name = `t-${crypto.randomUUID()}`;
  await seedAt(name, 7, content);
  const opened = openDeskDatabase(name);
  setActor(opened, TEST_ADMIN);
  await opened.open();
  return opened;
}

describe('upgrading a version-7 database to version 8', () => {
  it('adds the activities, suggestions and helps tables, empty, keeps the rest, and the default activity kinds', async () => {
    db = await openUpgraded();
    expect(db.verno).toBeGreaterThanOrEqual(8);
    expect(await listActivities(db)).toEqual([]);
    expect(await listSuggestions(db)).toEqual([]);
    expect(await listHelps(db)).toEqual([]);
    expect(await db.emergencies.count()).toBe(1);
    expect(await db.petitions.count()).toBe(3);
    expect((await getSettings(db)).outreachKinds).toEqual(DEFAULT_OUTREACH_KINDS);
  });

  it('numbers from 1 and finds the new records by their indexes', async () => {
    db = await openUpgraded();
    const [petition] = await db.petitions.toArray();
    const a = await recordActivity(db, activityInput({ date: '2026-05-20' }), NOW);
    expect(a.activityNo).toBe('走〔2026〕1号');
    const s = await recordSuggestion(db, suggestionInput({ collectedOn: '2026-05-20' }), NOW);
    expect(s.suggestionNo).toBe('建〔2026〕1号');
    expect(await activitiesOfPetition(db, petition?.id ?? '')).toEqual([]);
  });
});
