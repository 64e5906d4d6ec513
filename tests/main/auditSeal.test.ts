import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CHANNELS } from '../../electron/contract';
import { ANCHOR_FILE, createAuditSeal, KEY_FILE } from '../../electron/main/auditSeal';
import type { OsSecrets } from '../../electron/main/osSecrets';
import { buildRoutes } from '../../electron/main/ipc/routes';

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'petition-desk-audit-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

/** safeStorage as the operating system would do it here: a reversible transform that is not the plain text. */
function osProtector(): OsSecrets & { encrypted: string[] } {
  const encrypted: string[] = [];
  return {
    encrypted,
    available: () => true,
    encrypt: (plain) => {
      encrypted.push(plain);
      return new TextEncoder().encode(`os:${[...plain].reverse().join('')}`);
    },
    decrypt: (sealed) => {
      const text = new TextDecoder().decode(sealed);
      if (!text.startsWith('os:'))
        throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
      return [...text.slice(3)].reverse().join('');
    },
  };
}

const KEY = new Uint8Array(32).fill(7);
const head = (seq: number, fill = 'a') => ({ seq, hash: fill.repeat(64) });
const seal = (protector: OsSecrets = osProtector()) =>
  createAuditSeal({ folder, secrets: protector, newKey: () => KEY });

describe('the audit key', () => {
  it('is made on first start, kept encrypted by the operating system, and the same on the next start', async () => {
    const protector = osProtector();
    const first = await seal(protector).open();
    expect(first).toMatchObject({ keyProtection: 'os', anchorFile: 'none', anchors: {} });
    expect([...first.key]).toEqual([...KEY]);

    const stored = await readFile(join(folder, KEY_FILE), 'utf8');
    // The file holds what safeStorage made, not the key.
    expect(stored).not.toContain(Buffer.from(KEY).toString('base64'));
    expect(JSON.parse(stored)).toMatchObject({ version: 1, protection: 'os' });

    const again = await createAuditSeal({
      folder,
      secrets: protector,
      newKey: () => new Uint8Array(32).fill(9),
    }).open();
    expect([...again.key]).toEqual([...KEY]);
  });

  it('is kept as it is, and says so, where the operating system cannot encrypt', async () => {
    const plain: OsSecrets = { available: () => false, encrypt: () => new Uint8Array(), decrypt: () => '' };
    expect(await seal(plain).open()).toMatchObject({ keyProtection: 'none' });
    expect(JSON.parse(await readFile(join(folder, KEY_FILE), 'utf8'))).toMatchObject({
      protection: 'none',
      key: Buffer.from(KEY).toString('base64'),
    });
  });

  it('a key file that cannot be decrypted here is kept aside, never overwritten; the anchor made with it is invalid', async () => {
    const s = seal();
    await s.open();
    await s.write({ databaseName: 'petition-desk', head: head(3) });
    const refusing: OsSecrets = {
      ...osProtector(),
      decrypt: () => {
        throw new Error('cannot decrypt');
      },
    };
    const other = await createAuditSeal({ folder, secrets: refusing, newKey: () => new Uint8Array(32).fill(9) }).open();
    expect(other).toMatchObject({ anchorFile: 'invalid', anchors: {} });
    expect([...other.key]).toEqual(new Array(32).fill(9));
    expect((await readdir(folder)).some((name) => name.startsWith(`${KEY_FILE}.unreadable-`))).toBe(true);
  });
});

describe('the audit anchor file', () => {
  it('is written atomically with a MAC and read back at the next start', async () => {
    const s = seal();
    await s.open();
    expect(await s.write({ databaseName: 'petition-desk', head: head(5) })).toEqual(head(5));
    const files = await readdir(folder);
    expect(files.sort()).toEqual([ANCHOR_FILE, KEY_FILE].sort());
    expect(JSON.parse(await readFile(join(folder, ANCHOR_FILE), 'utf8'))).toMatchObject({
      version: 1,
      anchors: { 'petition-desk': head(5) },
    });

    expect(await seal().open()).toMatchObject({ anchorFile: 'kept', anchors: { 'petition-desk': head(5) } });
  });

  it('never moves backwards, except for a restore’s reset', async () => {
    const s = seal();
    await s.write({ databaseName: 'petition-desk', head: head(9) });
    expect(await s.write({ databaseName: 'petition-desk', head: head(4, 'b') })).toEqual(head(9));
    expect((await seal().open()).anchors['petition-desk']).toEqual(head(9));
    expect(await s.write({ databaseName: 'petition-desk', head: head(4, 'b'), reset: true })).toEqual(head(4, 'b'));
    expect((await seal().open()).anchors['petition-desk']).toEqual(head(4, 'b'));
  });

  it('keeps the latest of writes asked for at once', async () => {
    const s = seal();
    await Promise.all([1, 2, 3, 4, 5, 6].map((seq) => s.write({ databaseName: 'petition-desk', head: head(seq) })));
    expect((await seal().open()).anchors['petition-desk']).toEqual(head(6));
  });

  it('an anchor file edited by hand is reported invalid, its heads not used', async () => {
    const s = seal();
    await s.write({ databaseName: 'petition-desk', head: head(9) });
    const file = JSON.parse(await readFile(join(folder, ANCHOR_FILE), 'utf8')) as { anchors: Record<string, unknown> };
    file.anchors['petition-desk'] = head(2);
    await writeFile(join(folder, ANCHOR_FILE), JSON.stringify(file));
    expect(await seal().open()).toMatchObject({ anchorFile: 'invalid', anchors: {} });
    await writeFile(join(folder, ANCHOR_FILE), 'not json');
    expect(await seal().open()).toMatchObject({ anchorFile: 'invalid', anchors: {} });
  });

  it('a deleted anchor file is reported lost, told apart from a desk that never wrote one', async () => {
    const s = seal();
    expect(await s.open()).toMatchObject({ anchorFile: 'none' });
    await s.write({ databaseName: 'petition-desk', head: head(9) });
    await rm(join(folder, ANCHOR_FILE));
    expect(await seal().open()).toMatchObject({ anchorFile: 'lost', anchors: {} });
  });

  it('refuses what is not a head, in Chinese', async () => {
    const s = seal();
    await expect(s.write({ databaseName: 'petition-desk', head: { seq: -1, hash: 'x' } })).rejects.toThrow(
      '记下审计链末端的参数无效',
    );
    await expect(s.write({ databaseName: '', head: head(1) })).rejects.toThrow('databaseName');
  });
});

describe('the audit seal channels', () => {
  it('are routed to the seal: open at start, then anchor moves', async () => {
    const routes = buildRoutes({
      showSaveDialog: async () => ({ canceled: true }),
      openPath: async () => '',
      writeFile: async () => undefined,
      documentsFolder: folder,
      backupsFolder: folder,
      now: () => new Date(),
      backupKeyFile: join(folder, 'backup-key.bin'),
      osSecrets: { available: () => false, encrypt: () => new Uint8Array(), decrypt: () => '' },
      auditSeal: seal(),
    });
    const start = (await routes[CHANNELS.openAuditSeal]({}, {})) as { anchorFile: string; key: Uint8Array };
    expect(start.anchorFile).toBe('none');
    expect(start.key).toHaveLength(32);
    expect(await routes[CHANNELS.writeAuditAnchor]({}, { databaseName: 'petition-desk', head: head(2) })).toEqual(
      head(2),
    );
  });
});
