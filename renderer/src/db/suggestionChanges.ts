import type { DBCore, DBCoreMutateRequest, DBCoreTransaction, Middleware } from 'dexie';

/**
 * Which suggestions a committed transaction changed, for the 意见建议 kept in memory (services/suggestionsStore.ts):
 * their ids, or 'all' when a range of them went at once (a clear).
 */
export type SuggestionsChange = { ids: string[] } | 'all';
export type SuggestionsChangedListener = (change: SuggestionsChange) => void;

/** Each database's listeners: a test's fresh database hears only its own writes. */
const listeners = new WeakMap<object, Set<SuggestionsChangedListener>>();

/** Subscribes to this database's committed suggestion writes; returns the unsubscribe function. */
export function onSuggestionsChanged(db: object, listener: SuggestionsChangedListener): () => void {
  const set = listeners.get(db) ?? new Set();
  listeners.set(db, set);
  set.add(listener);
  return () => {
    set.delete(listener);
  };
}

export function emitSuggestionsChanged(db: object, change: SuggestionsChange): void {
  for (const listener of [...(listeners.get(db) ?? [])]) listener(change);
}

/** Below Dexie's own middlewares, where a transaction is IndexedDB's own (above the ledger's and the audit's). */
export const SUGGESTIONS_MIDDLEWARE_LEVEL = -4;

const SUGGESTIONS = 'suggestions';

/** The suggestion ids a write names; null for a range delete (Table.clear, a where().delete() over a range). */
function idsOf(req: DBCoreMutateRequest): string[] | null {
  if (req.type === 'deleteRange') return null;
  if (req.type === 'delete') return req.keys.map(String);
  return (req.keys ?? req.values.map((v) => (v as { id: string }).id)).map(String);
}

/**
 * Announces, once a read-write transaction that wrote `suggestions` has committed, which suggestions it wrote: a
 * DBCore middleware sees every write whoever makes it, so no repository can forget to announce one, and an aborted
 * transaction (no 'complete') announces nothing.
 *
 * Not Dexie's `storagemutated` event: it reports a write as interval trees of keys per `idb://name/table/index` (the
 * live-query internals), and a bulk put of 50 or more records only as the whole table, so a restore or an import
 * would reload all 10,000 suggestions instead of the few it changed. What it adds, other tabs' writes, this desk
 * does not need: it runs in one window.
 */
export function suggestionsMiddleware(committed: (change: SuggestionsChange) => void): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'SuggestionsChanges',
    level: SUGGESTIONS_MIDDLEWARE_LEVEL,
    create(down) {
      /** What each watched transaction wrote so far: ids, or 'all'. */
      const written = new WeakMap<DBCoreTransaction, Set<string> | 'all'>();
      return {
        ...down,
        transaction(names, mode, options) {
          const trans = down.transaction(names, mode, options);
          if (mode !== 'readwrite' || !names.includes(SUGGESTIONS)) return trans;
          written.set(trans, new Set());
          // IndexedDB's own transaction at this level (typed loosely: db/ also builds without DOM types).
          (trans as unknown as { addEventListener(type: 'complete', listener: () => void): void }).addEventListener(
            'complete',
            () => {
              const ids = written.get(trans);
              if (ids === 'all') committed('all');
              else if (ids && ids.size > 0) committed({ ids: [...ids] });
            },
          );
          return trans;
        },
        table(name) {
          const table = down.table(name);
          if (name !== SUGGESTIONS) return table;
          return {
            ...table,
            mutate: async (req) => {
              const response = await table.mutate(req);
              const seen = written.get(req.trans);
              if (seen !== undefined && seen !== 'all') {
                const ids = idsOf(req);
                if (ids === null) written.set(req.trans, 'all');
                else for (const id of ids) seen.add(id);
              }
              return response;
            },
          };
        },
      };
    },
  };
}
