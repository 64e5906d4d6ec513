import { replacesWholeDatabase } from './audit/auditMiddleware';
import {
  Dexie,
  type DBCore,
  type DBCoreMutateRequest,
  type DBCoreMutateResponse,
  type DBCoreTransaction,
  type Middleware,
} from 'dexie';

/**
 * What a read-write transaction already knows of its records by key, so a record is fetched from IndexedDB once per
 * transaction, not once per reader (issue 17: an import's undo read each of its 10,000 petitions four times, one
 * request per key: the undo's own check, the audit middleware's copy before the delete, the ledger middleware's
 * chunk lookup before it and its row rewrite after it). A DBCore middleware below the audit middleware, so every read
 * and write of the transaction passes it, the audit's and the ledger's included: a record read by key, or written or
 * deleted by key, is known until the transaction ends; a range delete forgets the table. Each reader gets its own copy
 * (structuredClone), as IndexedDB gives one, so no reader's change reaches another. Read-only transactions, queries
 * and cursors go straight through. Answers are Dexie's promises, not async functions': Dexie's own middlewares above
 * read their zone in what they chain on them (Collection.modify).
 */
export const TRANSACTION_READS_LEVEL = -20;

/**
 * Tables left out: the ledger's chunks (large; the ledger middleware keeps them decoded per transaction itself, so
 * copying them on every read and write cost seconds at 100,000 petitions) and the audit trail (appended to, its head
 * read once per transaction).
 */
const LEFT_OUT = new Set(['ledgerChunks', 'audit']);

/** By primary key, the record as the transaction last read or wrote it; undefined: known to be absent. */
type Known = Map<string | number, unknown>;

/** Keys Map compares as IndexedDB does; a compound or date key is never remembered. */
const plainKey = (key: unknown): key is string | number => typeof key === 'string' || typeof key === 'number';

const isReadWrite = (trans: DBCoreTransaction): boolean => (trans as { mode?: string }).mode === 'readwrite';

export function transactionReads(maxRememberedWrites = MAX_REMEMBERED_WRITES): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'TransactionReads',
    level: TRANSACTION_READS_LEVEL,
    create(down) {
      // Keyed by IndexedDB's own transaction (this is the bottom of the stack): it goes with the transaction.
      // 'off': a transaction that remembers nothing (a whole-database replacement, or one past its allowance).
      const known = new WeakMap<DBCoreTransaction, Map<string, Known> | 'off'>();
      const writesLeft = new WeakMap<DBCoreTransaction, number>();
      const tableOf = (trans: DBCoreTransaction, name: string): Known | null => {
        if (!isReadWrite(trans)) return null;
        let tables = known.get(trans);
        if (tables === 'off') return null;
        if (!tables) known.set(trans, (tables = new Map()));
        let table = tables.get(name);
        if (!table) tables.set(name, (table = new Map()));
        return table;
      };
      return {
        ...down,
        transaction(stores, mode, options) {
          const trans = down.transaction(stores, mode, options);
          // A restore writes every record once and reads none back: copying them would only cost time and memory.
          if (replacesWholeDatabase(stores)) known.set(trans, 'off');
          return trans;
        },
        table(name) {
          const table = down.table(name);
          if (LEFT_OUT.has(name)) return table;
          return {
            ...table,
            getMany(req) {
              const records = tableOf(req.trans, name);
              if (!records || !req.keys.every(plainKey)) return table.getMany(req);
              const unknown = [...new Set(req.keys.filter((key) => !records.has(key)))];
              const answer = () => req.keys.map((key) => copy(records.get(key)));
              if (unknown.length === 0) return Dexie.Promise.resolve(answer());
              return Dexie.Promise.resolve(table.getMany({ ...req, keys: unknown })).then((fetched) => {
                unknown.forEach((key, i) => records.set(key, fetched[i]));
                return answer();
              });
            },
            get(req) {
              const records = tableOf(req.trans, name);
              if (!records || !plainKey(req.key)) return table.get(req);
              const key = req.key;
              if (records.has(key)) return Dexie.Promise.resolve(copy(records.get(key)));
              return Dexie.Promise.resolve(table.get(req)).then((record: unknown) => {
                records.set(key, record);
                return copy(record);
              });
            },
            mutate(req) {
              const records = tableOf(req.trans, name);
              if (!records) return table.mutate(req);
              // Copied as the call is made, as IndexedDB copies them: a caller's later change to its objects is not the
              // stored record's. Past the transaction's allowance the transaction remembers nothing from then on, and
              // drops what it held.
              const values = req.type === 'add' || req.type === 'put' ? req.values : [];
              const left = writesLeft.get(req.trans) ?? maxRememberedWrites;
              if (values.length > left) {
                known.set(req.trans, 'off');
                return table.mutate(req);
              }
              writesLeft.set(req.trans, left - values.length);
              const written = values.map(copy);
              const keyOf = (value: unknown): unknown => table.schema.primaryKey.extractKey?.(value);
              // Forgotten until the write answers: a read issued meanwhile goes to IndexedDB, which orders it after.
              forget(records, req, keyOf);
              return Dexie.Promise.resolve(table.mutate(req)).then(
                (response) => {
                  remember(records, req, response, written, keyOf);
                  return response;
                },
                (error: unknown) => {
                  // Part of it may have been written before it threw: nothing of the table is trusted any more.
                  records.clear();
                  throw error;
                },
              );
            },
          };
        },
      };
    },
  };
}

/**
 * Written records a transaction remembers (copies) at most: an import of 10,000 rows writes about 35,000 records and
 * reads many of them back; a restore of 100,000 petitions writes hundreds of thousands, which would be copied for
 * nothing and held until it ends. Past it, a write only makes the transaction forget those keys.
 */
export const MAX_REMEMBERED_WRITES = 50_000;

const copy = (value: unknown): unknown => (value === undefined ? undefined : structuredClone(value));

/** Forgets the records a write names (the whole table for a range delete, or a key it cannot remember). */
function forget(records: Known, req: DBCoreMutateRequest, keyOf: (value: unknown) => unknown): void {
  if (req.type === 'deleteRange') return records.clear();
  const keys: readonly unknown[] = req.type === 'delete' ? req.keys : (req.keys ?? req.values.map(keyOf));
  for (const key of keys) {
    if (!plainKey(key)) return records.clear();
    records.delete(key);
  }
}

/** What a write tells of its records: a put or add what was written, a delete their absence. */
function remember(
  records: Known,
  req: DBCoreMutateRequest,
  response: DBCoreMutateResponse,
  written: readonly unknown[],
  keyOf: (value: unknown) => unknown,
): void {
  if (req.type === 'deleteRange') {
    records.clear();
    return;
  }
  const keys: unknown[] =
    req.type === 'delete'
      ? req.keys
      : req.values.map((value, i) => response.results?.[i] ?? req.keys?.[i] ?? keyOf(value));
  keys.forEach((key, i) => {
    if (!plainKey(key)) {
      // A key the store made up and did not report, or one not remembered: what is known of the table is not trusted.
      records.clear();
      return;
    }
    if (response.failures[i]) records.delete(key);
    else records.set(key, req.type === 'delete' ? undefined : written[i]);
  });
}
