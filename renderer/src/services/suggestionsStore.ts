import { useEffect, useSyncExternalStore } from 'react';
import type { DeskDatabase } from '../db/database';
import { errorText } from '../db/errors';
import { getDb } from '../db/instance';
import { suggestionOrder } from '../db/outreachScope';
import { listSuggestions, suggestionsByIds } from '../db/outreachSuggestions';
import { currentActor } from '../db/session';
import { onSuggestionsChanged, type SuggestionsChange } from '../db/suggestionChanges';
import { mergeChangedRows } from '../domain/mergeRows';
import type { SuggestionRow } from '../domain/outreach/types';
import { useSession } from './session/SessionContext';

/**
 * 意见建议 kept in memory, as the petition ledger's index is (services/ledgerIndex.ts): reading all 10,000 suggestions
 * takes about 300 ms, too long for every opening of the list or the 督办台. The rows are listSuggestions' for the
 * signed-in account (its scope, masked, newest first), read on first use, then kept fresh by the suggestions the
 * database announces after each commit (db/suggestionChanges.ts): those are read again through the repository
 * (suggestionsByIds, the same scope and masking), a clear reads everything again.
 *
 * They belong to the account, role and grant they were read for: another one reads them again, and with nobody
 * signed in (locked, signed out) they are dropped. Signing out also reloads the page (app/session/SessionGate.tsx),
 * so nothing of them outlives the session.
 */
export interface SuggestionsState {
  /** null until the first read has answered (or when it failed). */
  rows: readonly SuggestionRow[] | null;
  /** Why the last read failed, as the clerk reads it. */
  error: string | null;
}

export interface SuggestionsStore {
  subscribe(listener: () => void): () => void;
  snapshot(): SuggestionsState;
  /** Resolves once every read asked for so far has landed (the bench and tests wait on it). */
  settled(): Promise<void>;
  /**
   * Holds the rows for whoever is signed in now: after the desk is unlocked, nothing else tells the store (a change
   * announced while it was locked dropped them).
   */
  ensure(): void;
}

const EMPTY: SuggestionsState = { rows: null, error: null };

/** Who the rows are for: scope and masking follow the account, its role, its branch and its grant. */
function viewerOf(db: DeskDatabase): string | null {
  const actor = currentActor(db);
  if (!actor || actor.mustChangePassword) return null;
  return [actor.userId, actor.role, actor.partyBranchId ?? '', actor.confidentialAccess].join(':');
}

export function createSuggestionsStore(db: DeskDatabase): SuggestionsStore {
  let state = EMPTY;
  /** The viewer the rows (or the read under way) are for; null: nothing held or asked for. */
  let heldFor: string | null = null;
  const listeners = new Set<() => void>();
  /** Reads one after another: a change's read lands after the load it follows, two changes in the order they came. */
  let queue: Promise<void> = Promise.resolve();

  const setState = (next: SuggestionsState) => {
    if (next.rows === state.rows && next.error === state.error) return;
    state = next;
    for (const listener of [...listeners]) listener();
  };
  const enqueue = (step: () => Promise<void>) => {
    queue = queue.then(step);
  };

  const drop = () => {
    heldFor = null;
    setState(EMPTY);
  };

  /** Reads every row for `viewer`; `keep` leaves the rows shown until then (the same viewer's, after a clear). */
  const load = (viewer: string, keep: boolean) => {
    heldFor = viewer;
    if (!keep) setState(EMPTY);
    enqueue(async () => {
      if (heldFor !== viewer) return;
      try {
        const rows = await listSuggestions(db);
        if (heldFor === viewer) setState({ rows, error: null });
      } catch (reason) {
        if (heldFor !== viewer) return;
        // Read again on the next use.
        heldFor = null;
        setState({ rows: null, error: errorText(reason) });
      }
    });
  };

  const refresh = (viewer: string, ids: readonly string[]) =>
    enqueue(async () => {
      if (heldFor !== viewer || state.rows === null) return;
      try {
        const fresh = await suggestionsByIds(db, ids);
        if (heldFor !== viewer || state.rows === null) return;
        setState({ rows: mergeChangedRows(state.rows, ids, fresh, suggestionOrder), error: null });
      } catch (reason) {
        if (heldFor !== viewer) return;
        // The rows miss this change: the next use reads everything again.
        heldFor = null;
        setState({ ...state, error: errorText(reason) });
      }
    });

  /** The rows for whoever is signed in now: kept, read for them, or dropped. */
  const ensure = (): string | null => {
    const viewer = viewerOf(db);
    if (viewer === null) drop();
    else if (viewer !== heldFor) load(viewer, false);
    return viewer;
  };

  const changed = (change: SuggestionsChange) => {
    if (heldFor === null) return;
    const held = heldFor;
    const viewer = ensure();
    if (viewer !== held) return;
    if (change === 'all') load(viewer, true);
    else refresh(viewer, change.ids);
  };
  onSuggestionsChanged(db, changed);

  return {
    subscribe(listener) {
      listeners.add(listener);
      ensure();
      return () => {
        listeners.delete(listener);
      };
    },
    snapshot: () => state,
    settled: () => queue,
    ensure: () => {
      ensure();
    },
  };
}

let appStore: SuggestionsStore | null = null;

/** The app database's 意见建议 store, made on first use. */
export function appSuggestionsStore(): SuggestionsStore {
  appStore ??= createSuggestionsStore(getDb());
  return appStore;
}

const subscribeApp = (listener: () => void) => appSuggestionsStore().subscribe(listener);
const snapshotApp = () => appSuggestionsStore().snapshot();

/** The suggestions the signed-in account reads, newest first, kept current; rows null until first read. */
export function useSuggestions(): SuggestionsState {
  const { actor, locked } = useSession();
  // Unlocked (or the account's role or grant refreshed): hold the rows for the account as it is now.
  useEffect(() => {
    if (!locked) appSuggestionsStore().ensure();
  }, [actor, locked]);
  return useSyncExternalStore(subscribeApp, snapshotApp);
}
