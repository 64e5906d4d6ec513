import { afterEach, describe, expect, it } from 'vitest';
import type { DeskDatabase } from '../../../renderer/src/db/database';
import { setActor } from '../../../renderer/src/db/session';
import { clearDraft, discardOwnDrafts, hasOwnDrafts, loadDraft, saveDraft } from '../../../renderer/src/db/settings';
import { visit, person } from '../domain/fixtures';
import { actorAs, freshDb, TEST_ADMIN } from './helpers';

/** Finding 2 of issue 11: one registration draft served the whole desk. Drafts now belong to the account that typed them. */
const CLERK = actorAs('receptionist', '张敏');
const OTHER_CLERK = actorAs('receptionist', '李娜');
const WHISTLEBLOWER = person({ name: '赵检举', idNumber: '140102198001011234', phone: '13912340000' });

let db: DeskDatabase;
afterEach(() => db.close());

describe('registration drafts belong to an account', () => {
  it('the administrator’s half-typed 检举控告 is never loaded for the 接待员 who signs in next', async () => {
    db = freshDb(TEST_ADMIN);
    await saveDraft(db, 'registration', visit({ nature: '检举控告', petitioners: [WHISTLEBLOWER] }));

    setActor(db, CLERK);
    expect(await loadDraft(db, 'registration')).toBeNull();
    expect(await hasOwnDrafts(db)).toBe(false);

    setActor(db, TEST_ADMIN);
    expect((await loadDraft<ReturnType<typeof visit>>(db, 'registration'))?.petitioners[0]?.name).toBe('赵检举');
  });

  it('two clerks keep their own drafts: neither overwrites nor clears the other’s', async () => {
    db = freshDb(CLERK);
    await saveDraft(db, 'registration', visit({ summary: '张敏写了一半' }));
    setActor(db, OTHER_CLERK);
    await saveDraft(db, 'registration', visit({ summary: '李娜写了一半' }));
    await clearDraft(db, 'registration');

    setActor(db, CLERK);
    expect((await loadDraft<ReturnType<typeof visit>>(db, 'registration'))?.summary).toBe('张敏写了一半');
    setActor(db, OTHER_CLERK);
    expect(await loadDraft(db, 'registration')).toBeNull();
  });

  it('survives the account’s lock screen: nobody is signed in meanwhile, and the same account finds it after unlocking', async () => {
    db = freshDb(CLERK);
    await saveDraft(db, 'registration', visit({ summary: '锁屏前写的' }));
    setActor(db, null);
    await expect(loadDraft(db, 'registration')).rejects.toThrow('请先登录');
    setActor(db, CLERK);
    expect((await loadDraft<ReturnType<typeof visit>>(db, 'registration'))?.summary).toBe('锁屏前写的');
  });

  it('退出登录: says whether the account has a draft, and 放弃 deletes only that account’s', async () => {
    db = freshDb(CLERK);
    expect(await hasOwnDrafts(db)).toBe(false);
    await saveDraft(db, 'registration', visit());
    expect(await hasOwnDrafts(db)).toBe(true);
    setActor(db, OTHER_CLERK);
    await saveDraft(db, 'registration', visit());

    setActor(db, CLERK);
    await discardOwnDrafts(db);
    expect(await hasOwnDrafts(db)).toBe(false);
    setActor(db, OTHER_CLERK);
    expect(await hasOwnDrafts(db)).toBe(true);
    // An account that registers nothing (审计员) has no drafts to ask about.
    setActor(db, actorAs('auditor'));
    expect(await hasOwnDrafts(db)).toBe(false);
    await expect(discardOwnDrafts(db)).resolves.toBeUndefined();
  });

  it('a draft stored under the old shared key is discarded, never handed to whoever signs in next', async () => {
    db = freshDb(CLERK);
    await db.settings.put({
      key: 'draft:registration',
      value: visit({ nature: '检举控告', petitioners: [WHISTLEBLOWER] }),
    });
    expect(await loadDraft(db, 'registration')).toBeNull();
    expect(await db.settings.get('draft:registration')).toBeUndefined();

    await db.settings.put({ key: 'draft:registration', value: visit({ petitioners: [WHISTLEBLOWER] }) });
    setActor(db, TEST_ADMIN);
    await saveDraft(db, 'registration', visit({ summary: '管理员的' }));
    expect(await db.settings.get('draft:registration')).toBeUndefined();
    expect(JSON.stringify(await db.settings.toArray())).not.toContain('赵检举');
  });
});
