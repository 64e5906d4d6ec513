import { afterEach, describe, expect, it } from 'vitest';
import { exportBackup } from '../../../renderer/src/db/backup/exportBackup';
import { readBackup } from '../../../renderer/src/db/backup/readBackup';
import { restoreBackup } from '../../../renderer/src/db/backup/restoreBackup';
import type { DeskDatabase } from '../../../renderer/src/db/database';
import {
  changeSuggestionStatus,
  listSuggestions,
  recordSuggestion,
} from '../../../renderer/src/db/outreachSuggestions';
import { setActor } from '../../../renderer/src/db/session';
import { onSuggestionsChanged } from '../../../renderer/src/db/suggestionChanges';
import { createSuggestionsStore, type SuggestionsStore } from '../../../renderer/src/services/suggestionsStore';
import { suggestion, suggestionInput } from '../domain/outreach/fixtures';
import { testBackupKey, WITH_PASSWORD } from '../db/backup/backupKey';
import { seedDesk } from '../db/backup/helpers';
import { actorAs, freshDb, TEST_ADMIN } from '../db/helpers';

const NOW = new Date(2026, 5, 10, 10, 0);
let db: DeskDatabase;
let unsubscribe: () => void = () => undefined;
afterEach(() => {
  unsubscribe();
  db?.close();
});

/** A store of `db` in use (as a mounted page holds it), once its first read has landed. */
async function storeInUse(): Promise<SuggestionsStore> {
  const store = createSuggestionsStore(db);
  unsubscribe = store.subscribe(() => undefined);
  await store.settled();
  return store;
}

const ids = (store: SuggestionsStore) => store.snapshot().rows?.map((r) => r.id);

describe('the 意见建议 kept in memory', () => {
  it('holds what listSuggestions gives, and a saved or changed suggestion once it is committed', async () => {
    db = freshDb();
    const first = await recordSuggestion(db, suggestionInput({ collectedOn: '2026-06-01' }), NOW);
    const store = await storeInUse();
    expect(store.snapshot()).toEqual({ rows: await listSuggestions(db), error: null });
    const newer = await recordSuggestion(db, suggestionInput({ collectedOn: '2026-06-05' }), NOW);
    await changeSuggestionStatus(
      db,
      first.id,
      { to: '跟进中', department: '后勤服务中心', measure: '采购保温箱', deadline: '2026-06-30', day: '2026-06-03' },
      NOW,
    );
    await store.settled();
    expect(ids(store)).toEqual([newer.id, first.id]);
    expect(store.snapshot().rows?.[1]).toMatchObject({ status: '跟进中', deadline: '2026-06-30' });
    expect(store.snapshot().rows).toEqual(await listSuggestions(db));
    // Masked as listed: the proposer's phone is never held whole.
    expect(store.snapshot().rows?.[0]?.proposer?.phone).not.toBe('13912345678');
  });

  it('for a 党支部书记 never holds another branch’s suggestion or a proposer, also after changes', async () => {
    db = freshDb();
    const own = await recordSuggestion(db, suggestionInput(), NOW);
    await recordSuggestion(db, suggestionInput({ unitId: 'unit-1-1-2' }), NOW);
    setActor(db, actorAs('branchSecretary'));
    const store = await storeInUse();
    expect(ids(store)).toEqual([own.id]);
    // Written below the repositories: a record of another unit, and the branch's own one moved to another unit.
    await db.suggestions.add(suggestion({ id: 's-other', suggestionNo: '建〔2026〕9号', unitId: 'unit-1-1-2' }));
    await db.suggestions.add(suggestion({ id: 's-own', suggestionNo: '建〔2026〕10号', seq: 10 }));
    await store.settled();
    expect(ids(store)).toEqual(['s-own', own.id]);
    await db.suggestions.update(own.id, { unitId: 'unit-1-1-2' });
    await store.settled();
    expect(ids(store)).toEqual(['s-own']);
    expect(store.snapshot().rows?.every((r) => r.proposer === null && !r.text.includes('13912345678'))).toBe(true);
  });

  it('reads everything again after a clear or a restore-like rewrite of the table', async () => {
    db = freshDb();
    await recordSuggestion(db, suggestionInput(), NOW);
    const store = await storeInUse();
    await db.transaction('rw', db.suggestions, async () => {
      await db.suggestions.clear();
      await db.suggestions.bulkAdd([
        suggestion({ id: 's-a', suggestionNo: '建〔2026〕1号' }),
        suggestion({ id: 's-b', suggestionNo: '建〔2026〕2号', seq: 2 }),
      ]);
    });
    await store.settled();
    expect(ids(store)).toEqual(['s-b', 's-a']);
    await db.suggestions.clear();
    await store.settled();
    expect(store.snapshot()).toEqual({ rows: [], error: null });
  });

  it('after a restore holds what the backup held', async () => {
    db = freshDb();
    await seedDesk(db);
    const kept = await recordSuggestion(db, suggestionInput(), NOW);
    const backup = await exportBackup(db, {
      appVersion: '0.1.0',
      createdAt: '2026-06-10T18:00:00',
      key: await testBackupKey(),
    });
    const store = await storeInUse();
    await recordSuggestion(db, suggestionInput({ collectedOn: '2026-06-05' }), NOW);
    await changeSuggestionStatus(
      db,
      kept.id,
      { to: '跟进中', department: '后勤服务中心', measure: '采购保温箱', deadline: '2026-06-30', day: '2026-06-03' },
      NOW,
    );
    await store.settled();
    expect(ids(store)).toHaveLength(2);
    await restoreBackup(db, await readBackup(backup.blob, WITH_PASSWORD));
    await store.settled();
    expect(store.snapshot().rows).toEqual(await listSuggestions(db));
    expect(store.snapshot().rows?.map((r) => [r.id, r.status])).toEqual([[kept.id, '未答复']]);
  });

  it('reads again for another account, and holds nothing with nobody signed in', async () => {
    db = freshDb();
    await recordSuggestion(db, suggestionInput(), NOW);
    await recordSuggestion(db, suggestionInput({ unitId: 'unit-1-1-2' }), NOW);
    const store = await storeInUse();
    expect(ids(store)).toHaveLength(2);
    setActor(db, actorAs('branchSecretary'));
    store.subscribe(() => undefined)();
    expect(store.snapshot().rows).toBeNull();
    await store.settled();
    expect(ids(store)).toHaveLength(1);
    // Signed out, then a write (another session's) is announced: the rows go.
    setActor(db, null);
    await db.suggestions.add(suggestion({ id: 's-late', suggestionNo: '建〔2026〕9号' }));
    expect(store.snapshot()).toEqual({ rows: null, error: null });
  });

  it('holds the rows again once the desk is unlocked, with a change announced while it was locked', async () => {
    db = freshDb();
    await recordSuggestion(db, suggestionInput(), NOW);
    const store = await storeInUse();
    setActor(db, null);
    await db.suggestions.add(suggestion({ id: 's-locked', suggestionNo: '建〔2026〕9号', seq: 9 }));
    expect(store.snapshot().rows).toBeNull();
    setActor(db, TEST_ADMIN);
    store.ensure();
    await store.settled();
    expect(store.snapshot().rows).toEqual(await listSuggestions(db));
    expect(ids(store)).toContain('s-locked');
  });

  it('reads everything again on the next use when a change could not be read (the desk locked meanwhile)', async () => {
    db = freshDb();
    await recordSuggestion(db, suggestionInput(), NOW);
    const store = await storeInUse();
    // Announced, then the desk locks before the store reads the change (a listener after the store's): refused.
    const lockOnce = onSuggestionsChanged(db, () => setActor(db, null));
    await db.suggestions.add(suggestion({ id: 's-missed', suggestionNo: '建〔2026〕9号', seq: 9 }));
    lockOnce();
    await store.settled();
    expect(store.snapshot().error).toMatch(/登录/);
    setActor(db, TEST_ADMIN);
    store.ensure();
    await store.settled();
    expect(ids(store)).toContain('s-missed');
    expect(store.snapshot().error).toBeNull();
  });

  it('says in Chinese why it cannot read, as the page showed it', async () => {
    db = freshDb(actorAs('auditor'));
    const store = await storeInUse();
    expect(store.snapshot().rows).toBeNull();
    expect(store.snapshot().error).toMatch(/无权查看走访座谈、意见建议和帮扶救助/);
  });
});
