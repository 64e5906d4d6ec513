import { afterEach, describe, expect, it } from 'vitest';
import { openDeskDatabase, type DeskDatabase } from '../../../../renderer/src/db/database';
import { listImportBatches, undoImport } from '../../../../renderer/src/db/importBatches';
import { importPetitions } from '../../../../renderer/src/db/imports';
import { setActor } from '../../../../renderer/src/db/session';
import { NOW } from '../../domain/fixtures';
import { candidate, importedRow } from '../../domain/import/importFixtures';
import { TEST_ADMIN } from '../helpers';
import { contentAt, currentContent, seedAt } from './harness';

let db: DeskDatabase | undefined;
afterEach(() => db?.close());

async function openUpgraded(): Promise<DeskDatabase> {
  const content = contentAt(8, await currentContent());
  expect(content.importBatches).toBeUndefined();
  expect(content.activities).toHaveLength(1);
  const name = `t-${crypto.randomUUID()}`;
  await seedAt(name, 8, content);
  const opened = openDeskDatabase(name);
  setActor(opened, TEST_ADMIN);
  await opened.open();
  return opened;
}

describe('upgrading a version-8 database to version 9', () => {
  it('adds the importBatches table, empty, and keeps the rest', async () => {
    db = await openUpgraded();
    expect(db.verno).toBeGreaterThanOrEqual(9);
    expect(await listImportBatches(db)).toEqual([]);
    expect(await db.petitions.count()).toBe(3);
    expect(await db.activities.count()).toBe(1);
  });

  it('imports after the numbers the old desk issued, and undoes the import', async () => {
    db = await openUpgraded();
    const issued = (await db.petitions.toArray()).map((p) => p.regNo);
    const year = NOW.getFullYear();
    const row = importedRow({ receivedDate: `${year}-01-02` });
    const { batchId } = await importPetitions(
      db,
      { fileName: 'a.xlsx', skipped: 0, candidates: [candidate(row)] },
      NOW,
    );
    const imported = (await db.petitions.toArray()).find((p) => p.importBatchId === batchId);
    expect(issued).not.toContain(imported?.regNo);
    await undoImport(db, batchId, NOW);
    expect(await db.petitions.count()).toBe(3);
  });
});
