import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs, writeAuditAnchorArgs, type AuditHeadArgs, type AuditSealStart } from '../contract';
import { writeBackupAtomically } from './backups';
import type { OsSecrets } from './osSecrets';

/**
 * The audit trail's seal, kept by main in the user-data folder, outside the browser profile (docs/security.md):
 * - the audit key (32 random bytes), encrypted by the operating system (Electron safeStorage: DPAPI, Keychain, the
 *   Secret Service) in `audit-key.json`; handed to the renderer once at start, which seals every audit record with it
 *   synchronously (an IndexedDB transaction cannot wait for IPC);
 * - the anchor, the chain head the desk last committed per database, in `audit-anchor.json` with a MAC under the key,
 *   checked at start. It never moves backwards, except when a restore resets it.
 * Plain functions over a folder with the OS encryption injected, so tests run them on temp folders.
 */
export const KEY_FILE = 'audit-key.json';
export const ANCHOR_FILE = 'audit-anchor.json';

export interface AuditSealDeps {
  /** <userData>/audit */
  folder: string;
  secrets: OsSecrets;
  /** A new key's bytes; crypto.randomBytes unless a test fixes them. */
  newKey?: () => Uint8Array;
}

export interface AuditSeal {
  /** Reads (once) and checks the key and the anchor file; creates the key on first use. */
  open(): Promise<AuditSealStart>;
  /** The renderer's request to move one database's anchor (validated); resolves to the head main now keeps. */
  write(args: unknown): Promise<AuditHeadArgs>;
}

interface KeyFile {
  version: 1;
  protection: 'os' | 'none';
  key: string;
}

interface AnchorFile {
  version: 1;
  anchors: Record<string, AuditHeadArgs>;
  mac: string;
}

export function createAuditSeal(deps: AuditSealDeps): AuditSeal {
  let opened: Promise<{ key: Buffer; start: AuditSealStart }> | null = null;
  let writes: Promise<unknown> = Promise.resolve();

  const open = () => (opened ??= openSeal(deps));

  return {
    async open() {
      const { start } = await open();
      return { ...start, anchors: { ...start.anchors } };
    },
    async write(args) {
      const { databaseName, head, reset } = parseArgs(writeAuditAnchorArgs, args, '记下审计链末端');
      const { key, start } = await open();
      const kept = start.anchors[databaseName];
      if (!reset && kept && kept.seq > head.seq) return kept;
      start.anchors[databaseName] = { seq: head.seq, hash: head.hash };
      const bytes = anchorFileBytes(key, start.anchors);
      // One write at a time, in the order asked: a later head is never overwritten by an earlier one.
      const written = writes.then(() => writeBackupAtomically(deps.folder, ANCHOR_FILE, bytes));
      writes = written.catch(() => undefined);
      try {
        await written;
      } catch (error) {
        throw new Error(
          `无法写入审计链末端文件“${join(deps.folder, ANCHOR_FILE)}”：${error instanceof Error ? error.message : String(error)}`,
          { cause: error },
        );
      }
      return start.anchors[databaseName];
    },
  };
}

async function openSeal(deps: AuditSealDeps): Promise<{ key: Buffer; start: AuditSealStart }> {
  const stored = await readKey(deps);
  if (!stored) await keepUnreadableKey(deps);
  const { key, protection } = stored ?? (await createKey(deps));
  const anchorText = await readText(join(deps.folder, ANCHOR_FILE));
  const start = (anchorFile: AuditSealStart['anchorFile'], anchors: Record<string, AuditHeadArgs> = {}) => ({
    key,
    start: { key: new Uint8Array(key), keyProtection: protection, anchors, anchorFile },
  });
  if (anchorText === null) return start(stored ? 'lost' : 'none');
  // A key made just now cannot check a MAC made with the one before.
  if (!stored) return start('invalid');
  const anchors = checkedAnchors(key, anchorText);
  return anchors ? start('kept', anchors) : start('invalid');
}

/** The stored key, or null when there is none or it cannot be decrypted (another machine's or user's). */
async function readKey(deps: AuditSealDeps): Promise<{ key: Buffer; protection: 'os' | 'none' } | null> {
  const text = await readText(join(deps.folder, KEY_FILE));
  if (text === null) return null;
  let file: Partial<KeyFile>;
  try {
    file = JSON.parse(text) as Partial<KeyFile>;
  } catch {
    // Unreadable: a new key replaces it, and the anchor made with the old one is reported invalid.
    return null;
  }
  if (file.version !== 1 || typeof file.key !== 'string') return null;
  try {
    const encoded = file.protection === 'os' ? deps.secrets.decrypt(Buffer.from(file.key, 'base64')) : file.key;
    const key = Buffer.from(encoded, 'base64');
    return key.length === 32 ? { key, protection: file.protection === 'os' ? 'os' : 'none' } : null;
  } catch {
    // safeStorage cannot decrypt it here (another machine or user): as above.
    return null;
  }
}

/** A key file that exists but cannot be used is kept beside under another name, never overwritten. */
async function keepUnreadableKey(deps: AuditSealDeps): Promise<void> {
  try {
    await rename(join(deps.folder, KEY_FILE), join(deps.folder, `${KEY_FILE}.unreadable-${Date.now()}`));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}

async function createKey(deps: AuditSealDeps): Promise<{ key: Buffer; protection: 'os' | 'none' }> {
  const key = Buffer.from(deps.newKey?.() ?? randomBytes(32));
  const protection = deps.secrets.available() ? 'os' : 'none';
  const encoded = key.toString('base64');
  const file: KeyFile = {
    version: 1,
    protection,
    key: protection === 'os' ? Buffer.from(deps.secrets.encrypt(encoded)).toString('base64') : encoded,
  };
  await writeBackupAtomically(deps.folder, KEY_FILE, new TextEncoder().encode(JSON.stringify(file)));
  return { key, protection };
}

/** The anchors of a file whose MAC matches under `key`; null when it does not, or the file is not one. */
export function checkedAnchors(key: Uint8Array, text: string): Record<string, AuditHeadArgs> | null {
  let file: Partial<AnchorFile>;
  try {
    file = JSON.parse(text) as Partial<AnchorFile>;
  } catch {
    return null;
  }
  if (file.version !== 1 || typeof file.mac !== 'string' || !file.anchors || typeof file.anchors !== 'object')
    return null;
  const expected = Buffer.from(anchorsMac(key, file.anchors), 'hex');
  const actual = Buffer.from(file.mac, 'hex');
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) return null;
  const anchors: Record<string, AuditHeadArgs> = {};
  for (const [name, head] of Object.entries(file.anchors)) {
    if (typeof head?.seq !== 'number' || typeof head.hash !== 'string') return null;
    anchors[name] = { seq: head.seq, hash: head.hash };
  }
  return anchors;
}

function anchorFileBytes(key: Uint8Array, anchors: Record<string, AuditHeadArgs>): Uint8Array {
  const file: AnchorFile = { version: 1, anchors, mac: anchorsMac(key, anchors) };
  return new TextEncoder().encode(JSON.stringify(file));
}

/** HMAC-SHA256 over the anchors, databases in name order, each as seq and hash. */
function anchorsMac(key: Uint8Array, anchors: Record<string, AuditHeadArgs>): string {
  const canonical = Object.keys(anchors)
    .sort()
    .map((name) => [name, anchors[name]?.seq, anchors[name]?.hash]);
  return createHmac('sha256', key).update(JSON.stringify(canonical)).digest('hex');
}

async function readText(path: string): Promise<string | null> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}
