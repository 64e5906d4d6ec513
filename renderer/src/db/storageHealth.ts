/**
 * Whether a write on this desk has failed for want of space. Set when the administrator was let in although the
 * sign-in could not be audited (db/users.ts): the desk then shows a banner that stays until space is freed and a
 * write succeeds again. Kept per renderer, not stored: storing it is exactly what cannot be done.
 */
type Listener = (full: boolean) => void;

let full = false;
const listeners = new Set<Listener>();

function set(next: boolean): void {
  if (full === next) return;
  full = next;
  for (const listener of listeners) listener(full);
}

export function reportStorageFull(): void {
  set(true);
}

/** After a write succeeded again (e.g. the banner's 重新检查). */
export function resetStorageFull(): void {
  set(false);
}

export function isStorageFullReported(): boolean {
  return full;
}

export function onStorageFullChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
