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
      const known = new WeakMap<DBCoreTransaction, Map<string, Known>>();
      const writesLeft = new WeakMap<DBCoreTransaction, number>();
      const tableOf = (trans: DBCoreTransaction, name: string): Known | null => {
        if (!isReadWrite(trans)) return null;
        let tables = known.get(trans);
        if (!tables) known.set(trans, (tables = new Map()));
        let table = tables.get(name);
        if (!table) tables.set(name, (table = new Map()));
        return table;
      };
      return {
        ...down,
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
              // stored record's. Past the transaction's allowance (a restore), written records are forgotten instead.
              const values = req.type === 'add' || req.type === 'put' ? req.values : [];
              const left = writesLeft.get(req.trans) ?? maxRememberedWrites;
              const copying = values.length <= left;
              if (copying) writesLeft.set(req.trans, left - values.length);
              const written = copying ? values.map(copy) : null;
              const keyOf = (value: unknown): unknown => table.schema.primaryKey.extractKey?.(value);
              return Dexie.Promise.resolve(table.mutate(req)).then((response) => {
                remember(records, req, response, written, keyOf);
                return response;
              });
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

/**
 * What a write tells of its records: a put or add what was written (or, `written` null, that they must be read
 * again), a delete their absence.
 */
function remember(
  records: Known,
  req: DBCoreMutateRequest,
  response: DBCoreMutateResponse,
  written: readonly unknown[] | null,
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
    if (req.type === 'delete' && !response.failures[i]) records.set(key, undefined);
    else if (response.failures[i] || written === null) records.delete(key);
    else records.set(key, written[i]);
  });
}
