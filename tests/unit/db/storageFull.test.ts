import Dexie, { type DBCore, type Middleware } from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DeskDatabase } from '../../../renderer/src/db/database';
import {
  errorText,
  isStorageFull,
  STORAGE_FULL_MESSAGE,
  UNEXPECTED_ERROR_MESSAGE,
} from '../../../renderer/src/db/errors';
import { registerPetition } from '../../../renderer/src/db/petitions';
import { setActor } from '../../../renderer/src/db/session';
import { isStorageFullReported, resetStorageFull } from '../../../renderer/src/db/storageHealth';
import { createFirstAdmin, createUser, signIn } from '../../../renderer/src/db/users';
import { NOW, visit } from '../domain/fixtures';
import { openSignedIn } from './helpers';

const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

/** A DBCore middleware under which every write to `tables` fails as a full disk makes IndexedDB fail. */
function fullStore(tables: readonly string[]): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'storage-full',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return tables.includes(name) ? { ...table, mutate: () => Promise.reject(quotaError()) } : table;
      },
    }),
  };
}

const opened: DeskDatabase[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
  resetStorageFull();
});

/** A desk with an administrator and a receptionist, reopened with writes to `tables` failing for want of space. */
async function deskWithFullStorage(tables: readonly string[]): Promise<DeskDatabase> {
  const name = `t-${crypto.randomUUID()}`;
  const setup = openSignedIn(name, null);
  const admin = await createFirstAdmin(setup, { username: 'admin', displayName: '王丽', password: 'xinfang2026' }, NOW);
  const withAdmin = openSignedIn(name, admin);
  await createUser(
    withAdmin,
    { username: 'clerk', displayName: '李明', password: 'jiedai2026', role: 'receptionist', confidentialAccess: false },
    NOW,
  );
  withAdmin.close();
  setup.close();
  const db = openSignedIn(name, null);
  db.use(fullStore(tables));
  opened.push(db);
  return db;
}

describe('a full disk', () => {
  it.each([
    ['the browser’s DOMException', quotaError()],
    ['Dexie’s QuotaExceededError', new Dexie.QuotaExceededError('quota')],
    [
      'an aborted transaction whose inner error is the quota',
      new Dexie.AbortError('Transaction aborted', quotaError()),
    ],
    [
      'a message wrapping it as its cause',
      new Error('文件已保存，但写入审计记录失败：The quota has been exceeded.', { cause: quotaError() }),
    ],
  ])('is recognised in %s and explained in Chinese', (_label, error) => {
    expect(isStorageFull(error)).toBe(true);
    expect(errorText(error)).toBe(STORAGE_FULL_MESSAGE);
  });

  it('says what to do: export a backup and free disk space', () => {
    expect(STORAGE_FULL_MESSAGE).toContain('导出备份');
    expect(STORAGE_FULL_MESSAGE).toContain('释放磁盘空间');
  });

  it('leaves other errors’ Chinese messages as they are', () => {
    expect(isStorageFull(new Error('请填写单位名称'))).toBe(false);
    expect(errorText(new Error('请填写单位名称'))).toBe('请填写单位名称');
  });

  it('never shows the clerk a program’s English message: an unexpected error reads in Chinese (issue 12, item 8)', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const unexpected = [
      new TypeError("Cannot read properties of undefined (reading 'regNo')"),
      new Error('ConstraintError: Key already exists in the object store.'),
      'plain',
    ];
    for (const error of unexpected) expect(errorText(error)).toBe(UNEXPECTED_ERROR_MESSAGE);
    expect(UNEXPECTED_ERROR_MESSAGE).not.toMatch(/[A-Za-z]/);
    vi.restoreAllMocks();
  });

  it('a registration that cannot be stored fails with the Chinese message, not the DOMException', SLOW, async () => {
    const db = await deskWithFullStorage(['petitions']);
    setActor(db, await signIn(db, 'admin', 'xinfang2026', NOW));
    const error = await registerPetition(db, visit(), NOW).catch((e: unknown) => e);
    expect(errorText(error)).toBe(STORAGE_FULL_MESSAGE);
  });
});

/** Accounts hash their passwords at the real work factor here (about 200 ms a hash). */
const SLOW = { timeout: 30_000 };

describe('signing in when the audit store cannot grow', () => {
  it(
    'lets the administrator in with the right password, and reports the full storage for the desk to show',
    SLOW,
    async () => {
      const db = await deskWithFullStorage(['audit']);
      const actor = await signIn(db, 'admin', 'xinfang2026', NOW);
      expect(actor).toMatchObject({ username: 'admin', role: 'admin' });
      expect(isStorageFullReported()).toBe(true);
    },
  );

  it('still refuses the administrator with a wrong password', SLOW, async () => {
    const db = await deskWithFullStorage(['audit']);
    const error = await signIn(db, 'admin', 'wrong-2026', NOW).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toBe(STORAGE_FULL_MESSAGE);
  });

  it('refuses any other role with the Chinese message', SLOW, async () => {
    const db = await deskWithFullStorage(['audit']);
    const error = await signIn(db, 'clerk', 'jiedai2026', NOW).catch((e: unknown) => e);
    expect(errorText(error)).toBe(STORAGE_FULL_MESSAGE);
    expect(isStorageFullReported()).toBe(true);
  });
});
