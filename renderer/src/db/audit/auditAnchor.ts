import type { ChainHead } from '../../domain/audit/alarm';

/**
 * The chain's head as last committed by the desk, kept OUTSIDE the database: a hash chain alone cannot tell that its
 * newest records were deleted (what is left still links up). The audit middleware compares the trail's end with it
 * before it appends (a head behind it raises an 审计链告警 record), and the verification compares it too, so deleting
 * the tail, or replacing the whole trail by another valid chain, is found, also after later audited writes.
 *
 * It never moves backwards: a write with a lower seq than the kept head is ignored, except for a restore, the one
 * legitimate replacement, which resets it once it has committed (restoreTrail.ts: anchorRestoredTrail).
 *
 * Where it is kept:
 * - Electron: main keeps it in a file in the user-data folder, outside the browser profile, with a MAC under the audit
 *   key (electron/main/auditSeal.ts); the renderer holds a copy read at start and sends every move to main
 *   (platform/auditSeal.ts: `sealedAnchors`).
 * - Browser: localStorage (main.tsx: `localStorageAnchors`), beside IndexedDB but in the same page storage: clearing
 *   the site's data clears both; clearing localStorage alone is reported (a trail with records and no head).
 * - Unit tests and scripts: memory.
 */
export type AuditHead = ChainHead;

export interface AuditAnchorStore {
  /** The kept head of this database, or null when none is kept (a genuine first run, or the anchor was lost). */
  read(databaseName: string): AuditHead | null;
  /** Keeps `head`; the caller has already refused a move backwards that is not a reset. */
  write(databaseName: string, head: AuditHead, reset: boolean): void;
  /** Why no head is kept, when the store knows (the desktop app's anchor file deleted or edited). */
  loss?(): string | null;
}

export function memoryAnchors(): AuditAnchorStore {
  const heads = new Map<string, AuditHead>();
  return { read: (name) => heads.get(name) ?? null, write: (name, head) => void heads.set(name, head) };
}

const KEY_PREFIX = 'audit-anchor:';

/** The head as a stored text gives it, or null when the text is not one. */
export function parseAuditHead(text: string): AuditHead | null {
  try {
    const parsed = JSON.parse(text) as Partial<AuditHead> | null;
    return parsed && typeof parsed.seq === 'number' && typeof parsed.hash === 'string'
      ? { seq: parsed.seq, hash: parsed.hash }
      : null;
  } catch {
    // Not JSON: no usable head, which the verification reports as a missing anchor.
    return null;
  }
}

export const localStorageAnchors: AuditAnchorStore & { forget(databaseName: string): void } = {
  read(name) {
    const text = localStorage.getItem(KEY_PREFIX + name);
    return text === null ? null : parseAuditHead(text);
  },
  write(name, head) {
    localStorage.setItem(KEY_PREFIX + name, JSON.stringify(head));
  },
  forget(name) {
    localStorage.removeItem(KEY_PREFIX + name);
  },
};

let store: AuditAnchorStore = memoryAnchors();

export function setAuditAnchorStore(next: AuditAnchorStore): void {
  store = next;
}

export function readAuditAnchor(databaseName: string): AuditHead | null {
  return store.read(databaseName);
}

/** Why the store keeps no head, when it knows; null otherwise. */
export function auditAnchorLoss(): string | null {
  return store.loss?.() ?? null;
}

/**
 * Called once a transaction that appended to the trail has committed. A head behind the kept one is not kept (the
 * anchor never moves backwards); `reset` is for a restore, which replaced the trail.
 */
export function writeAuditAnchor(databaseName: string, head: AuditHead, reset = false): void {
  const kept = store.read(databaseName);
  if (!reset && kept && kept.seq > head.seq) return;
  store.write(databaseName, head, reset);
}
