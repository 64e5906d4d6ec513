import { useSyncExternalStore } from 'react';
import { onPetitionsChanged } from '../db/changes';
import { getDb } from '../db/instance';
import { loadLedgerRows, loadLedgerRowsByIds } from '../db/petitions';
import { currentActor } from '../db/session';
import { loadStatisticsRows, loadStatisticsRowsByIds } from '../db/branchScope';
import { isBranchBound } from '../domain/access/roles';
import { mergeLedgerRows, type LedgerRow } from '../domain/ledgerQuery';
import { errorText } from '../db/errors';

/**
 * The ledger's in-memory index (architecture.md, "Ledger at 100,000 petitions"): every petition as a compact row,
 * loaded once per session (from the persisted chunks, db/ledgerIndex.ts) on first use or by preloadLedgerIndex, and
 * kept fresh by the change bus, so returning to the ledger is instant. The rows are as the signed-in account may see
 * them (confidential ones redacted without the grant), so they are read again when another account, or the same one
 * with another grant, uses them.
 */
export interface LedgerIndexState {
  rows: readonly LedgerRow[] | null;
  error: string | null;
}

let state: LedgerIndexState = { rows: null, error: null };
let started = false;
/** Whose view the rows are: the account and its grant when they were loaded. */
let loadedFor: string | null = null;
let listeningForChanges = false;
const listeners = new Set<() => void>();
/** Ids announced while the first load is still running; applied once it lands. */
let changedDuringLoad: string[] = [];
/** Serialises refreshes so two quick saves cannot merge out of order. */
let refreshing: Promise<void> = Promise.resolve();

function setState(next: LedgerIndexState): void {
  state = next;
  for (const listener of listeners) listener();
}

function describe(reason: unknown): string {
  return `台账读取失败：${errorText(reason)}`;
}

function refreshRows(ids: string[]): void {
  refreshing = refreshing.then(async () => {
    if (state.rows === null) return;
    try {
      const changed = await (branchBound() ? loadStatisticsRowsByIds : loadLedgerRowsByIds)(getDb(), ids);
      // A row whose petition no longer exists is dropped; the others are replaced or inserted.
      const present = new Set(changed.map((r) => r.id));
      const announced = new Set(ids);
      const base = state.rows.filter((r) => present.has(r.id) || !announced.has(r.id));
      setState({ rows: mergeLedgerRows(base, changed), error: null });
    } catch (reason) {
      setState({ ...state, error: describe(reason) });
    }
  });
}

/** A 党支部书记 reads no ledger: its rows are its branch's statistics rows, without persons (db/branchScope.ts). */
function branchBound(): boolean {
  const actor = currentActor(getDb());
  return actor !== null && isBranchBound(actor.role);
}

function viewerKey(): string | null {
  const actor = currentActor(getDb());
  return actor ? `${actor.userId}:${actor.confidentialAccess ? 'granted' : 'redacted'}` : null;
}

function start(): void {
  if (started) return;
  // Nobody signed in: the repositories would refuse; the session starts the load after sign-in.
  const viewer = viewerKey();
  if (viewer === null) return;
  started = true;
  loadedFor = viewer;
  if (!listeningForChanges) {
    listeningForChanges = true;
    onPetitionsChanged((ids) => {
      if (state.rows === null) changedDuringLoad.push(...ids);
      else refreshRows(ids);
    });
  }
  (branchBound() ? loadStatisticsRows : loadLedgerRows)(getDb()).then(
    (rows) => {
      setState({ rows, error: null });
      const pending = changedDuringLoad;
      changedDuringLoad = [];
      if (pending.length > 0) refreshRows(pending);
    },
    (reason: unknown) => {
      started = false;
      setState({ rows: null, error: describe(reason) });
    },
  );
}

/**
 * Starts loading the index before the ledger is first shown, so a clerk who opens it finds it ready; the ledger
 * page's own subscription then reuses this load. Call once at app start; calling again does nothing.
 */
export function preloadLedgerIndex(): void {
  start();
}

/**
 * Reads the index again from scratch: after a restore has replaced every petition, no row in memory is still true.
 * Rows load as after a start; a change announced meanwhile is applied once they land.
 */
export function reloadLedgerIndex(): void {
  refreshing = refreshing.then(() => {
    started = false;
    changedDuringLoad = [];
    setState({ rows: null, error: null });
    start();
  });
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  const viewer = viewerKey();
  if (started && viewer !== null && viewer !== loadedFor) reloadLedgerIndex();
  else start();
  return () => listeners.delete(listener);
}

function snapshot(): LedgerIndexState {
  return state;
}

/** The rows of every petition, newest first; null until the first load finishes. */
export function useLedgerIndex(): LedgerIndexState {
  return useSyncExternalStore(subscribe, snapshot);
}
