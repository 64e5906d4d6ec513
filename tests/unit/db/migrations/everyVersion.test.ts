import { afterEach, describe, expect, it } from 'vitest';
import { openDeskDatabase, type DeskDatabase } from '../../../../renderer/src/db/database';
import { loadLedgerRows } from '../../../../renderer/src/db/petitions';
import { CURRENT_SCHEMA_VERSION } from '../../../../renderer/src/db/schema';
import { setActor } from '../../../../renderer/src/db/session';
import { TEST_ADMIN } from '../helpers';
import { contentAt, currentContent, EARLIER_VERSIONS, seedAt, storesAt, type Dump } from './harness';

let db: DeskDatabase | undefined;
afterEach(() => db?.close());

/** Record by primary key ('id', or 'key' for settings). */
const byKey = (rows: Record<string, unknown>[]) => new Map(rows.map((r) => [String(r.id ?? r.key ?? r.seq), r]));

describe.each(EARLIER_VERSIONS)('a database left by schema version %i, opened by today’s code', (version) => {
  let content: Dump;

  it('keeps every record of every table, every field as it was, and opens at the current version', async () => {
    content = contentAt(version, await currentContent());
    expect(content.petitions).toHaveLength(3);
    const name = `t-${crypto.randomUUID()}`;
    await seedAt(name, version, content);

    db = openDeskDatabase(name);
    await db.open();
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(Object.keys(storesAt(CURRENT_SCHEMA_VERSION)).every((t) => db?.tables.some((x) => x.name === t))).toBe(true);
    for (const [table, rows] of Object.entries(content)) {
      const after = byKey(await db.table(table).toArray());
      expect(after.size, `${table}: record count`).toBe(rows.length);
      for (const [key, before] of byKey(rows)) {
        const now = after.get(key);
        expect(now, `${table} ${key} is still there`).toBeDefined();
        // Upgrades may add fields; they never drop or change one the record had. Blobs compare by content below.
        for (const [field, value] of Object.entries(before)) {
          if (value instanceof Blob) expect(await (now?.[field] as Blob).text()).toBe(await value.text());
          else expect(now?.[field], `${table} ${key}.${field}`).toEqual(value);
        }
      }
    }
  });

  it('serves the ledger from the upgraded records', async () => {
    const name = `t-${crypto.randomUUID()}`;
    await seedAt(name, version, contentAt(version, await currentContent()));
    db = openDeskDatabase(name);
    setActor(db, TEST_ADMIN);
    const rows = await loadLedgerRows(db);
    expect(rows.map((r) => r.regNo).sort()).toEqual(['2026-0001', '2026-0002', '2026-0003']);
    expect(rows.find((r) => r.regNo === '2026-0001')?.receptionCount).toBe(2);
  });
});
