/**
 * The chain's head as last committed by the desk, kept OUTSIDE the database: a hash chain alone cannot tell that its
 * newest records were deleted (what is left still links up). The verification compares the trail's end with it, so
 * deleting the tail, or replacing the whole trail by another valid chain, is found too. A restore, the one legitimate
 * replacement, writes its 恢复备份 record with the middleware suspended and sets the head itself once it has committed
 * (restoreTrail.ts: anchorRestoredTrail).
 *
 * The app keeps it in localStorage (main.tsx: `setAuditAnchorStore(localStorageAnchors)`), which lives beside, not
 * inside, IndexedDB; unit tests and scripts keep it in memory.
 */
export interface AuditHead {
  seq: number;
  hash: string;
}

export interface AuditAnchorStore {
  read(databaseName: string): AuditHead | null;
  write(databaseName: string, head: AuditHead): void;
}

function memoryAnchors(): AuditAnchorStore {
  const heads = new Map<string, AuditHead>();
  return { read: (name) => heads.get(name) ?? null, write: (name, head) => void heads.set(name, head) };
}

const KEY_PREFIX = 'audit-anchor:';

export const localStorageAnchors: AuditAnchorStore = {
  read(name) {
    const text = localStorage.getItem(KEY_PREFIX + name);
    if (text === null) return null;
    const parsed = JSON.parse(text) as Partial<AuditHead>;
    return typeof parsed.seq === 'number' && typeof parsed.hash === 'string' ? { seq: parsed.seq, hash: parsed.hash } : null;
  },
  write(name, head) {
    localStorage.setItem(KEY_PREFIX + name, JSON.stringify(head));
  },
};

let store: AuditAnchorStore = memoryAnchors();

export function setAuditAnchorStore(next: AuditAnchorStore): void {
  store = next;
}

export function readAuditAnchor(databaseName: string): AuditHead | null {
  return store.read(databaseName);
}

/** Called once a transaction that appended to the trail has committed. */
export function writeAuditAnchor(databaseName: string, head: AuditHead): void {
  store.write(databaseName, head);
}
