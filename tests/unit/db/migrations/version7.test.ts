import { afterEach, describe, expect, it } from 'vitest';
import { openDeskDatabase, type DeskDatabase } from '../../../../renderer/src/db/database';
import { emergenciesOfRiskMatter, listEmergencies, registerEmergency } from '../../../../renderer/src/db/emergencies';
import { setActor } from '../../../../renderer/src/db/session';
import { getSettings } from '../../../../renderer/src/db/settings';
import { DEFAULT_ARRIVAL_LIMITS } from '../../../../renderer/src/domain/risk/emergency';
import { emergencyInput } from '../../domain/emergency/fixtures';
import { TEST_ADMIN } from '../helpers';
import { contentAt, currentContent, seedAt } from './harness';

let db: DeskDatabase | undefined;
afterEach(() => db?.close());

describe('upgrading a version-6 database to version 7', () => {
  it('adds the emergencies table, empty, with the seed-004 arrival limits in settings', async () => {
    const content = contentAt(6, await currentContent());
    expect(content.emergencies).toBeUndefined();
    expect(content.riskMatters).toHaveLength(1);
    const name = `t-${crypto.randomUUID()}`;
    await seedAt(name, 6, content);

    db = openDeskDatabase(name);
    setActor(db, TEST_ADMIN);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(7);
    expect(await db.emergencies.count()).toBe(0);
    expect(await listEmergencies(db)).toEqual([]);
    expect((await getSettings(db)).arrivalLimits).toEqual(DEFAULT_ARRIVAL_LIMITS);
    expect(await db.riskMatters.count()).toBe(1);
  });

  it('finds the emergencies a screening-ledger matter escalated to (the riskMatterId index)', async () => {
    const name = `t-${crypto.randomUUID()}`;
    await seedAt(name, 6, contentAt(6, await currentContent()));
    db = openDeskDatabase(name);
    setActor(db, TEST_ADMIN);
    const [matter] = await db.riskMatters.toArray();
    if (!matter) throw new Error('no matter');
    const e = await registerEmergency(db, emergencyInput({ riskMatterId: matter.id }), new Date('2026-06-01T09:00'));
    await registerEmergency(db, emergencyInput(), new Date('2026-06-01T09:00'));
    expect((await emergenciesOfRiskMatter(db, matter.id)).map((x) => x.id)).toEqual([e.id]);
  });
});
