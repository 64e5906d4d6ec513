import { Dexie } from 'dexie';
import { openDeskDatabase } from '../database';
import { SCHEMA_VERSIONS } from '../schema';
import { backedUpTablesAt } from './format';

/**
 * Brings the records of a backup made at an older schema version up to the current one with the very upgrade
 * functions the database runs (schema.ts): they are written into a scratch database that knows only the file's
 * versions, which is then opened with the current code so Dexie runs every later upgrade, and read back. The scratch
 * database is deleted whatever happens. Slower than upgrading in memory, but there is one migration path, not two.
 *
 * When no later version has an upgrade function (they added tables or changed indexes only, as version 5 did) the
 * records are already what the current version holds, and they are returned as they are: writing every record into a
 * scratch database and reading it back would double the cost of restoring a large desk for nothing.
 */
export async function upgradeRecords(
  fromVersion: number,
  tables: ReadonlyMap<string, unknown[]>,
): Promise<Map<string, unknown[]>> {
  if (!SCHEMA_VERSIONS.some((v) => v.version > fromVersion && v.upgrade !== undefined)) return new Map(tables);
  const scratchName = `petition-desk-restore-${crypto.randomUUID()}`;
  try {
    const old = new Dexie(scratchName);
    for (const v of SCHEMA_VERSIONS) {
      if (v.version <= fromVersion) old.version(v.version).stores(v.stores);
    }
    await old.open();
    const oldTables = backedUpTablesAt(fromVersion);
    await old.transaction('rw', oldTables, async () => {
      for (const name of oldTables) await old.table(name).bulkAdd(tables.get(name) ?? []);
    });
    old.close();

    const upgraded = openDeskDatabase(scratchName);
    try {
      await upgraded.open();
      const result = new Map<string, unknown[]>();
      await upgraded.transaction('r', upgraded.tables, async () => {
        for (const table of upgraded.tables) result.set(table.name, await table.toArray());
      });
      return result;
    } finally {
      upgraded.close();
    }
  } finally {
    await Dexie.delete(scratchName);
  }
}
