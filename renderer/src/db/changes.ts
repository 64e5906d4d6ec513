/**
 * A tiny event bus: repositories announce which petitions changed after their transaction commits, so the
 * in-memory ledger index reloads just those rows.
 */
export type PetitionsChangedListener = (petitionIds: string[]) => void;

const listeners = new Set<PetitionsChangedListener>();

/** Subscribes; returns the unsubscribe function (fits a React effect's cleanup). */
export function onPetitionsChanged(listener: PetitionsChangedListener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

export function emitPetitionsChanged(petitionIds: string[]): void {
  if (petitionIds.length === 0) return;
  for (const listener of [...listeners]) listener(petitionIds);
}
