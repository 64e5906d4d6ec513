import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DeskDatabase } from '../../../renderer/src/db/database';
import { riskUpdatesForDay } from '../../../renderer/src/db/riskDocuments';
import { addRiskUpdate, registerRiskMatter } from '../../../renderer/src/db/riskLedger';
import { NOW } from '../domain/fixtures';
import { riskMatterInput } from '../domain/risk/fixtures';
import { freshDb } from './helpers';

let db: DeskDatabase;
beforeEach(() => {
  db = freshDb();
});
afterEach(() => db.close());

describe('what a 日报 reads', () => {
  it('reads the day’s entries and every entry of a matter updated after the day', async () => {
    const early = await registerRiskMatter(db, riskMatterInput({ registeredOn: '2026-05-18' }), NOW);
    const other = await registerRiskMatter(db, riskMatterInput({ registeredOn: '2026-05-18' }), NOW);
    await addRiskUpdate(db, early.id, { day: '2026-05-19', text: '走访' }, NOW);
    await addRiskUpdate(db, early.id, { day: '2026-05-22', text: '补发' }, NOW);
    await addRiskUpdate(db, other.id, { day: '2026-05-19', text: '约谈' }, NOW);
    await addRiskUpdate(db, other.id, { day: '2026-05-20', text: '核对' }, NOW);
    const read = await riskUpdatesForDay(db, '2026-05-20');
    expect(read.map((u) => u.text).sort()).toEqual(['核对', '补发', '走访'].sort());
  });
});
