import { Dexie, type DBCore, type Middleware } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DeskDatabase } from '../../../renderer/src/db/database';
import { undoImport } from '../../../renderer/src/db/importBatches';
import { importPetitions } from '../../../renderer/src/db/imports';
import type { Unit } from '../../../renderer/src/domain/types';
import { candidate, importedPerson, importedRow } from '../domain/import/importFixtures';
import { transactionReads } from '../../../renderer/src/db/transactionReads';
import { freshDb } from './helpers';

const NOW = new Date(2026, 4, 25, 10, 0);

/** Below every middleware of the desk: the keys each table was asked for by key, as IndexedDB sees them. */
function countingReads(fetched: Map<string, number>): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'CountingReads',
    level: -100,
    create: (down) => ({
      ...down,
      table(name) {
        const table = down.table(name);
        const count = (n: number) => fetched.set(name, (fetched.get(name) ?? 0) + n);
        return {
          ...table,
          getMany: (req) => (count(req.keys.length), table.getMany(req)),
          get: (req) => (count(1), table.get(req)),
        };
      },
    }),
  };
}

let db: DeskDatabase;
let fetched: Map<string, number>;
beforeEach(() => {
  db = freshDb();
  fetched = new Map();
  db.use(countingReads(fetched));
});
afterEach(() => db.close());

const unit = (id: string, name: string): Unit => ({ id, name, parentId: null, order: 0 }) as unknown as Unit;

/** A database with only units, the transaction reads below a counter, and this allowance of written records. */
function bareUnits(allowance: number) {
  const bare = new Dexie(`transaction-reads-${crypto.randomUUID()}`);
  bare.version(1).stores({ units: 'id' });
  const bareFetched = new Map<string, number>();
  bare.use(transactionReads(allowance));
  bare.use(countingReads(bareFetched));
  return { bare, units: bare.table<Unit, string>('units'), bareFetched };
}

describe('the records a read-write transaction already knows', () => {
  it('are fetched from IndexedDB once per transaction, however often they are read by key', async () => {
    await db.units.bulkAdd([unit('u-a', '甲'), unit('u-b', '乙')]);
    fetched.clear();
    await db.transaction('rw', db.units, async () => {
      await db.units.bulkGet(['u-a', 'u-b', 'u-missing']);
      await db.units.bulkGet(['u-b', 'u-a', 'u-missing']);
      await db.units.get('u-a');
    });
    expect(fetched.get('units')).toBe(3);
    // A read-only transaction reads IndexedDB each time.
    fetched.clear();
    await db.transaction('r', db.units, async () => {
      await db.units.bulkGet(['u-a', 'u-b']);
      await db.units.bulkGet(['u-a', 'u-b']);
    });
    expect(fetched.get('units')).toBe(4);
  });

  it('read as the transaction wrote, deleted or cleared them, as IndexedDB would answer', async () => {
    await db.units.bulkAdd([unit('u-a', '甲'), unit('u-b', '乙')]);
    const seen = await db.transaction('rw', db.units, async () => {
      const read = [await db.units.get('u-a')];
      await db.units.put(unit('u-a', '甲改'));
      read.push(await db.units.get('u-a'));
      await db.units.delete('u-a');
      read.push(await db.units.get('u-a'));
      await db.units.add(unit('u-c', '丙'));
      read.push(await db.units.get('u-c'));
      await db.units.get('u-b');
      await db.units.clear();
      read.push(await db.units.get('u-b'));
      return read.map((u) => u?.name ?? null);
    });
    expect(seen).toEqual(['甲', '甲改', null, '丙', null]);
    expect(await db.units.count()).toBe(0);
  });

  it('past the transaction’s allowance remember nothing more: every later read goes to IndexedDB', async () => {
    // A small allowance on a bare database (the desk's, MAX_REMEMBERED_WRITES, covers an import of 10,000 rows).
    const { bare, units, bareFetched } = bareUnits(3);
    const names = await bare.transaction('rw', units, async () => {
      await units.put(unit('u-1', '一'));
      await units.bulkPut([unit('u-2', '二'), unit('u-3', '三'), unit('u-4', '四')]);
      const read = [(await units.get('u-1'))?.name, (await units.get('u-2'))?.name];
      await units.put(unit('u-2', '又改'));
      read.push((await units.get('u-2'))?.name);
      return read;
    });
    bare.close();
    expect(names).toEqual(['一', '二', '又改']);
    expect(bareFetched.get('units')).toBe(3);
  });

  it('remember nothing in a whole-database replacement (a restore)', async () => {
    await db.units.add(unit('u-a', '甲'));
    fetched.clear();
    await db.transaction('rw', db.tables, async () => {
      await db.units.get('u-a');
      await db.units.get('u-a');
    });
    expect(fetched.get('units')).toBe(2);
  });

  it('answer a read issued while a write of the same record is in flight as IndexedDB does: after the write', async () => {
    // A bare database: the desk's audit middleware delays its writes behind its own reads, so there IndexedDB itself
    // sees such a read first.
    const { bare, units } = bareUnits(10);
    await units.add(unit('u-a', '甲'));
    const name = await bare.transaction('rw', units, async () => {
      await units.get('u-a');
      const writing = units.put(unit('u-a', '甲改'));
      const read = units.get('u-a');
      await writing;
      return (await read)?.name;
    });
    bare.close();
    expect(name).toBe('甲改');
  });

  it('trust nothing of a table after a write that threw part-way', async () => {
    await db.units.add(unit('u-a', '甲'));
    const name = await db.transaction('rw', db.units, async () => {
      await db.units.get('u-a');
      const keyless = { name: '无编号' } as unknown as Unit;
      await db.units.bulkPut([unit('u-a', '甲改'), keyless]).catch(() => undefined);
      return (await db.units.get('u-a'))?.name;
    });
    expect(name).toBe(await db.units.get('u-a').then((u) => u?.name));
  });

  it('are each reader’s own copy: a change to what one read or wrote is not what the next one reads', async () => {
    await db.units.add(unit('u-a', '甲'));
    const names = await db.transaction('rw', db.units, async () => {
      const first = await db.units.get('u-a');
      if (first) first.name = '改了但没写';
      const written = unit('u-b', '乙');
      await db.units.put(written);
      written.name = '写后才改';
      return [(await db.units.get('u-a'))?.name, (await db.units.get('u-b'))?.name];
    });
    expect(names).toEqual(['甲', '乙']);
  });

  it('let 撤销本次导入 read each of its petitions once (its check, the audit copy and the ledger rows share it)', async () => {
    const rows = ['反映工资', '反映房改', '反映路灯'].map((matter, i) =>
      candidate(importedRow({ matter, people: [importedPerson(`人${i}`)] }), i + 3),
    );
    const { batchId } = await importPetitions(db, { fileName: '台账.xlsx', skipped: 0, candidates: rows }, NOW);
    fetched.clear();
    await undoImport(db, batchId, NOW);
    expect(fetched.get('petitions')).toBe(3);
    expect(await db.petitions.count()).toBe(0);
  });
});
