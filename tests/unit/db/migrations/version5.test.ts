import { afterEach, describe, expect, it } from 'vitest';
import { openDeskDatabase, type DeskDatabase } from '../../../../renderer/src/db/database';
import { findRepeatCandidates } from '../../../../renderer/src/db/petitioners';
import { loadLedgerRows } from '../../../../renderer/src/db/petitions';
import { setActor } from '../../../../renderer/src/db/session';
import { TEST_ADMIN } from '../helpers';
import { contentAt, currentContent, seedAt, type Dump } from './harness';

/** The indexes version 5 drops, table by table (schema.ts says why each one goes). */
const DROPPED: Record<string, string[]> = {
  petitions: ['receivedAt', 'status', 'channel'],
  receptions: ['receivedAt'],
  petitioners: ['name'],
  caseEvents: ['at'],
  attachments: ['receptionId'],
  documents: ['kind', '[kind+year]', 'issuedAt', 'docNo'],
  reports: ['issuedAt'],
};

/** The indexes the desk's queries use, which version 5 keeps. */
const KEPT: Record<string, string[]> = {
  petitions: ['regNo', 'updatedAt', 'categoryId', 'unitId', 'petitionerIds'],
  receptions: ['petitionId'],
  petitioners: ['idNumber', '[name+phone]'],
  caseEvents: ['petitionId'],
  attachments: ['petitionId'],
  documents: ['petitionId'],
  reports: ['[kind+periodKey+scopeKey]', 'status'],
  audit: ['at', 'actorId', 'action', 'entity'],
  users: ['username'],
  units: ['parentId'],
  categories: ['parentId'],
};

let db: DeskDatabase | undefined;
afterEach(() => db?.close());

/** The index names IndexedDB itself holds for a store (not Dexie's view of the declared schema). */
function storedIndexes(desk: DeskDatabase, table: string): string[] {
  const idb = desk.backendDB();
  return [...idb.transaction(table, 'readonly').objectStore(table).indexNames];
}

describe('upgrading a version-4 database to version 5', () => {
  let content: Dump;

  it('drops the indexes no query uses, keeps the ones queries use, and leaves every record as it was', async () => {
    content = contentAt(4, await currentContent());
    const name = `t-${crypto.randomUUID()}`;
    await seedAt(name, 4, content);

    db = openDeskDatabase(name);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(5);
    for (const [table, indexes] of Object.entries(DROPPED)) {
      const stored = storedIndexes(db, table);
      for (const index of indexes) expect(stored, `${table}.${index} is gone`).not.toContain(index);
    }
    for (const [table, indexes] of Object.entries(KEPT)) {
      const stored = storedIndexes(db, table);
      for (const index of indexes) expect(stored, `${table}.${index} is kept`).toContain(index);
    }
    for (const [table, rows] of Object.entries(content)) {
      // Indexes only: not one record gains, loses or changes a field. Blobs compare by their bytes.
      const after = await db.table(table).toArray();
      expect(after.length, table).toBe(rows.length);
      const byKey = new Map(after.map((r: Record<string, unknown>) => [String(r.id ?? r.key ?? r.seq), r]));
      for (const before of rows) {
        const now = byKey.get(String(before.id ?? before.key ?? before.seq));
        for (const [field, value] of Object.entries(before)) {
          if (value instanceof Blob) expect(await (now?.[field] as Blob).text()).toBe(await value.text());
          else expect(now?.[field], `${table}.${field}`).toEqual(value);
        }
        expect(Object.keys(now ?? {}).sort(), table).toEqual(Object.keys(before).sort());
      }
    }
  });

  it('still answers the queries that use the kept indexes: the ledger, and repeat detection by ID number and by name + phone', async () => {
    content = contentAt(4, await currentContent());
    const name = `t-${crypto.randomUUID()}`;
    await seedAt(name, 4, content);
    db = openDeskDatabase(name);
    setActor(db, TEST_ADMIN);

    const rows = await loadLedgerRows(db);
    expect(rows.map((r) => r.regNo).sort()).toEqual(['2026-0001', '2026-0002', '2026-0003']);
    const byId = (content.petitioners ?? []).find((p) => p.idNumber !== '');
    const byPhone = (content.petitioners ?? []).find((p) => p.name === '赵四');
    const found = await findRepeatCandidates(db, [
      { idNumber: String(byId?.idNumber) },
      { name: String(byPhone?.name), phone: String(byPhone?.phone) },
    ]);
    expect(found.candidates.filter((c) => c.forPerson === 0).map((c) => c.matchedBy)).toContain('idNumber');
    expect(found.candidates.filter((c) => c.forPerson === 1).map((c) => c.matchedBy)).toContain('namePhone');
  });
});
