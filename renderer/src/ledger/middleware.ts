import type {
  DBCore,
  DBCoreIndex,
  DBCoreKeyRange,
  DBCoreMutateRequest,
  DBCoreTable,
  DBCoreTransaction,
  Middleware,
} from 'dexie';
import type { LedgerReception, LedgerRow } from '../domain/ledgerQuery';
import type { Petition, Petitioner, Reception } from '../domain/types';
import { ledgerChunkKey, packChunk, putRow, readChunk, type LedgerChunk } from './chunks';
import { SharedValues } from './codec';
import { addContacts, personFacts, rowsOf, type PersonFacts } from './rows';

/**
 * Keeps the ledger's rows in step below the repositories: a Dexie DBCore middleware that sees every write to the
 * records a row is read from (petitions, petitioners, receptions), whoever makes it, and rewrites the rows of the
 * petitions it touched in the writer's own transaction, so a change and its row commit together or not at all. A
 * writer does nothing for it: each read-write transaction over those tables also gets the ledger's tables.
 *
 * A transaction that names `ledgerChunks` itself keeps the chunks itself (a restore writes them from the backup, a
 * rebuild from everything), so the middleware leaves it alone.
 *
 * Once such a transaction commits, `committed` hears which petitions' rows changed (db/changes.ts announces them to
 * the ledger kept in memory).
 */
export const LEDGER_MIDDLEWARE_LEVEL = -5;

const CHUNKS = 'ledgerChunks';
const SOURCES = new Set(['petitions', 'petitioners', 'receptions']);
const LEDGER_STORES = ['petitions', 'petitioners', 'receptions', CHUNKS];

/** DBCoreRangeType.Equal (a const enum the isolated build cannot read). */
const EQUAL = 1 as DBCoreKeyRange['type'];
const equal = (key: unknown): DBCoreKeyRange =>
  ({ type: EQUAL, lower: key, upper: key, lowerOpen: false, upperOpen: false }) as DBCoreKeyRange;

interface Tracked {
  /** The row rewrites of this transaction, one after another: two writes must not rewrite one chunk at once. */
  queue: Promise<unknown>;
  changed: Set<string>;
  /**
   * The chunks this transaction read, decoded and kept current as it rewrites them (null: unusable, left for the load
   * to rebuild). Only the middleware writes chunks in such a transaction (any other write to them is refused), so a
   * second write decodes nothing again.
   */
  chunks: Map<string, LedgerRow[] | null>;
  /**
   * The chunk of each petition this transaction has seen stored (read for a row, or before it was deleted): a deleted
   * petition's row is taken out of its chunk without reading every chunk to find it.
   */
  chunkOf: Map<string, string>;
  /** Why a rewrite failed: the transaction is aborted and no later write of it goes on without its row. */
  failed: unknown;
}

export function ledgerMiddleware(committed: (petitionIds: string[]) => void): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'LedgerMiddleware',
    level: LEDGER_MIDDLEWARE_LEVEL,
    create(down) {
      const tracked = new WeakMap<DBCoreTransaction, Tracked>();
      const stores = new StoreReader(down);

      /** Rewrites the rows of these petitions after the rewrites before it; a failure aborts the transaction. */
      const refresh = (trans: DBCoreTransaction, state: Tracked, ids: ReadonlySet<string>): Promise<void> => {
        const run = state.queue.then(() => {
          if (state.failed) throw state.failed;
          return rewriteRows(stores, trans, ids, state);
        });
        state.queue = run.catch((error: unknown) => {
          state.failed ??= error;
          // The record is written but its row is not: nothing of this transaction may commit, even when the writer
          // catches the error. abort() throws only when the transaction has already ended, with nothing to undo.
          try {
            trans.abort();
          } catch {
            return;
          }
        });
        return run.then(() => {
          for (const id of ids) state.changed.add(id);
        });
      };

      return {
        ...down,
        transaction(names, mode, options) {
          const keepsRows = mode === 'readwrite' && !names.includes(CHUNKS) && names.some((s) => SOURCES.has(s));
          if (!keepsRows) return down.transaction(names, mode, options);
          const trans = down.transaction([...new Set([...names, ...LEDGER_STORES])], mode, options);
          const state: Tracked = {
            queue: Promise.resolve(),
            changed: new Set(),
            chunks: new Map(),
            chunkOf: new Map(),
            failed: null,
          };
          tracked.set(trans, state);
          // The bottom of Dexie's stack hands out IndexedDB's own transaction (typed loosely: no DOM types here).
          (trans as unknown as { addEventListener(type: 'complete', listener: () => void): void }).addEventListener(
            'complete',
            () => {
              if (state.changed.size > 0) committed([...state.changed]);
            },
          );
          return trans;
        },
        table(name) {
          const table = down.table(name);
          if (name === CHUNKS) {
            return {
              ...table,
              mutate: (req) =>
                tracked.has(req.trans)
                  ? Promise.reject(new Error('台账索引只由写入信访事项的事务自动更新，不能直接写入'))
                  : table.mutate(req),
            };
          }
          if (!SOURCES.has(name)) return table;
          return {
            ...table,
            mutate: async (req) => {
              const state = tracked.get(req.trans);
              if (!state) return table.mutate(req);
              const before = await stores.petitionIdsBefore(name, req, state.chunkOf);
              const response = await table.mutate(req);
              const after = await stores.petitionIdsAfter(name, req);
              await refresh(req.trans, state, new Set([...before, ...after]));
              return response;
            },
          };
        },
      };
    },
  };
}

/** What the middleware reads, at the DBCore level in the writer's transaction. */
class StoreReader {
  constructor(private readonly down: DBCore) {}

  private table(name: string): DBCoreTable {
    return this.down.table(name);
  }

  private index(table: DBCoreTable, name: string): DBCoreIndex {
    const index = table.schema.indexes.find((i) => i.name === name);
    if (!index) throw new Error(`台账索引需要 ${table.name}.${name} 索引`);
    return index;
  }

  async byIndex<T>(tableName: string, indexName: string, key: unknown, trans: DBCoreTransaction): Promise<T[]> {
    const table = this.table(tableName);
    const { result } = await table.query({
      trans,
      values: true,
      query: { index: this.index(table, indexName), range: equal(key) },
    });
    return result as T[];
  }

  async many<T>(tableName: string, keys: readonly unknown[], trans: DBCoreTransaction): Promise<(T | undefined)[]> {
    if (keys.length === 0) return [];
    return (await this.table(tableName).getMany({ trans, keys: [...keys] })) as (T | undefined)[];
  }

  async putChunks(chunks: readonly LedgerChunk[], trans: DBCoreTransaction): Promise<void> {
    if (chunks.length === 0) return;
    const response = await this.table(CHUNKS).mutate({ type: 'put', trans, values: [...chunks] });
    if (response.numFailures > 0) throw new Error('台账索引写入失败');
  }

  private async rangeRecords(name: string, req: DBCoreMutateRequest): Promise<unknown[]> {
    if (req.type !== 'deleteRange') return [];
    const table = this.table(name);
    const query = { index: table.schema.primaryKey, range: req.range };
    return (await table.query({ trans: req.trans, values: true, query })).result;
  }

  /**
   * The petitions that list these people: a person's name and 身份 show on each of their rows. One query per person,
   * all sent at once (an import's thousands of people would otherwise wait on each other's round trip).
   */
  private async petitionsOf(personIds: readonly unknown[], trans: DBCoreTransaction): Promise<string[]> {
    const found = await Promise.all(
      [...new Set(personIds)].map((id) => this.byIndex<Petition>('petitions', 'petitionerIds', id, trans)),
    );
    return found.flatMap((petitions) => petitions.map((p) => p.id));
  }

  /** The receptions of these petitions, queried all at once. */
  async receptionsOf(petitionIds: readonly string[], trans: DBCoreTransaction): Promise<Reception[]> {
    const found = await Promise.all(
      petitionIds.map((id) => this.byIndex<Reception>('receptions', 'petitionId', id, trans)),
    );
    return found.flat();
  }

  /**
   * The petitions whose rows a write to this table changes, as far as only the records before it can say: a
   * reception's petition before a put moves or a delete removes it, and what a range delete takes.
   */
  async petitionIdsBefore(name: string, req: DBCoreMutateRequest, chunkOf: Map<string, string>): Promise<string[]> {
    if (name === 'petitions') {
      // Deleted petitions: where their rows are, while their records still say it.
      const deleted = (
        req.type === 'delete'
          ? await this.many<Petition>(name, req.keys, req.trans)
          : ((await this.rangeRecords(name, req)) as Petition[])
      ).filter((p) => p !== undefined);
      for (const p of deleted) chunkOf.set(p.id, ledgerChunkKey(p.year, p.seq));
      return req.type === 'delete' ? [] : deleted.map((p) => p.id);
    }
    if (name === 'petitioners') {
      return this.petitionsOf(
        (await this.rangeRecords(name, req)).map((p) => (p as Petitioner).id),
        req.trans,
      );
    }
    if (req.type === 'add') return [];
    const replaced =
      req.type === 'deleteRange'
        ? await this.rangeRecords(name, req)
        : await this.many<Reception>(
            name,
            req.type === 'delete' ? req.keys : req.values.map((r) => (r as Reception).id),
            req.trans,
          );
    return replaced.filter((r) => r !== undefined).map((r) => (r as Reception).petitionId);
  }

  /** The petitions whose rows a write to this table changes, from what it wrote (or the keys it deleted). */
  async petitionIdsAfter(name: string, req: DBCoreMutateRequest): Promise<string[]> {
    if (req.type === 'deleteRange') return [];
    const written = req.type === 'delete' ? [] : req.values;
    if (name === 'petitions')
      return req.type === 'delete' ? req.keys.map(String) : written.map((p) => (p as Petition).id);
    if (name === 'receptions') return written.map((r) => (r as Reception).petitionId);
    return this.petitionsOf(req.type === 'delete' ? req.keys : written.map((p) => (p as Petitioner).id), req.trans);
  }
}

/** Rewrites the rows of these petitions in their chunks, and takes out the rows of those no longer stored. */
async function rewriteRows(
  stores: StoreReader,
  trans: DBCoreTransaction,
  ids: ReadonlySet<string>,
  { chunks: decoded, chunkOf }: Pick<Tracked, 'chunks' | 'chunkOf'>,
): Promise<void> {
  if (ids.size === 0) return;
  const petitions = (await stores.many<Petition>('petitions', [...ids], trans)).filter((p) => p !== undefined);
  for (const p of petitions) chunkOf.set(p.id, ledgerChunkKey(p.year, p.seq));
  const people = new Map<string, PersonFacts>();
  const personIds = [...new Set(petitions.flatMap((p) => p.petitionerIds))];
  for (const person of await stores.many<Petitioner>('petitioners', personIds, trans)) {
    if (person) people.set(person.id, personFacts(person));
  }
  const contacts = new Map<string, LedgerReception[]>();
  addContacts(
    contacts,
    await stores.receptionsOf(
      petitions.map((p) => p.id),
      trans,
    ),
  );
  const fresh = new Map<string, LedgerRow[]>();
  for (const row of rowsOf(petitions, people, contacts)) {
    const key = ledgerChunkKey(row.year, row.seq);
    fresh.set(key, [...(fresh.get(key) ?? []), row]);
  }
  // A deleted petition's row is in the chunk this transaction saw it in before the delete (every delete and range
  // delete of a petition reads it first: petitionIdsBefore). A petition it never saw stored has no row to take out: a
  // contact or a person written before their petition, in an import.
  const present = new Set(petitions.map((p) => p.id));
  const goneChunks = new Map(
    [...ids].flatMap((id) => {
      const key = present.has(id) ? undefined : chunkOf.get(id);
      return key === undefined ? [] : [[id, key] as const];
    }),
  );
  const gone = new Set(goneChunks.keys());
  const keys = [...new Set([...goneChunks.values(), ...fresh.keys()])];
  const unread = keys.filter((key) => !decoded.has(key));
  const stored = await stores.many<LedgerChunk>(CHUNKS, unread, trans);
  const shared = new SharedValues();
  unread.forEach((key, i) => {
    const chunk = stored[i];
    const read = chunk ? readChunk(chunk, shared) : { rows: [] };
    // A chunk in another format or unreadable stays as it is: the next load finds it and rebuilds the whole index.
    decoded.set(key, 'rows' in read ? read.rows : null);
  });
  const changed: LedgerChunk[] = [];
  for (const key of keys) {
    const rows = decoded.get(key);
    if (!rows) continue;
    const kept = gone.size > 0 ? rows.filter((r) => !gone.has(r.id)) : rows;
    const added = fresh.get(key) ?? [];
    if (kept.length === rows.length && added.length === 0) continue;
    for (const row of added) putRow(kept, row);
    decoded.set(key, kept);
    changed.push(packChunk(key, kept));
  }
  await stores.putChunks(changed, trans);
}
