import { afterEach, describe, expect, it } from 'vitest';
import { openDeskDatabase, type DeskDatabase } from '../../../../renderer/src/db/database';
import { listRiskMatters, registerRiskMatter } from '../../../../renderer/src/db/riskLedger';
import { setActor } from '../../../../renderer/src/db/session';
import { NOW } from '../../domain/fixtures';
import { riskMatterInput } from '../../domain/risk/fixtures';
import { TEST_ADMIN } from '../helpers';
import { contentAt, currentContent, seedAt } from './harness';

let db: DeskDatabase | undefined;
afterEach(() => db?.close());

describe('upgrading a version-5 database to version 6', () => {
  it('adds the screening ledger’s tables, empty, and numbers the first matter 排〔year〕1号', async () => {
    const content = contentAt(5, await currentContent());
    expect(content.riskMatters).toBeUndefined();
    expect(content.petitions).toHaveLength(3);
    const name = `t-${crypto.randomUUID()}`;
    await seedAt(name, 5, content);

    db = openDeskDatabase(name);
    setActor(db, TEST_ADMIN);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(6);
    for (const table of [db.riskMatters, db.riskUpdates, db.screenings, db.riskDismissals])
      expect(await table.count()).toBe(0);
    expect(await listRiskMatters(db)).toEqual([]);
    expect((await registerRiskMatter(db, riskMatterInput(), NOW)).riskNo).toBe('排〔2026〕1号');
    expect(await db.petitions.count()).toBe(3);
  });

  it('finds a matter by a petition linked to it (the multi-entry index)', async () => {
    const name = `t-${crypto.randomUUID()}`;
    await seedAt(name, 5, contentAt(5, await currentContent()));
    db = openDeskDatabase(name);
    setActor(db, TEST_ADMIN);
    const matter = await registerRiskMatter(db, riskMatterInput(), NOW);
    const [petition] = await db.petitions.toArray();
    if (!petition) throw new Error('no petition');
    await db.riskMatters.update(matter.id, { petitionIds: [petition.id] });
    expect((await db.riskMatters.where('petitionIds').equals(petition.id).toArray()).map((m) => m.id)).toEqual([
      matter.id,
    ]);
  });
});
