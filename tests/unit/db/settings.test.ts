import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DeskDatabase } from '../../../renderer/src/db/database';
import {
  addStaffDuty,
  clearDraft,
  getSettings,
  loadDraft,
  saveDraft,
  saveSettings,
} from '../../../renderer/src/db/settings';
import { setActor } from '../../../renderer/src/db/session';
import { DEFAULT_SETTINGS } from '../../../renderer/src/domain/defaults';
import { visit } from '../domain/fixtures';
import { actorAs, freshDb, TEST_ADMIN } from './helpers';

let db: DeskDatabase;
beforeEach(() => {
  db = freshDb();
});
afterEach(() => db.close());

describe('settings', () => {
  it('starts from the defaults and keeps what was saved', async () => {
    expect(await getSettings(db)).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS).toMatchObject({
      orgName: '某煤业集团有限公司信访办公室',
      collectiveThreshold: 5,
      attachmentMaxBytes: 10 * 1024 * 1024,
      dueSoonDays: 3,
    });
    await saveSettings(db, { collectiveThreshold: 8 });
    expect(await getSettings(db)).toEqual({ ...DEFAULT_SETTINGS, collectiveThreshold: 8 });
  });

  it('refuses a bad value with a Chinese message and keeps the old one', async () => {
    await expect(saveSettings(db, { collectiveThreshold: 1 })).rejects.toThrow('集体访人数不能小于2');
    await expect(saveSettings(db, { orgName: '  ' })).rejects.toThrow('请填写单位名称');
    expect((await getSettings(db)).collectiveThreshold).toBe(5);
  });
});

describe('drafts', () => {
  it('keeps a registration draft, attachments included, until cleared', async () => {
    const draft = visit({
      summary: '写了一半的摘要',
      attachments: [{ name: '照片.jpg', mimeType: 'image/jpeg', size: 3, data: new Blob(['abc']) }],
    });
    await saveDraft(db, 'registration', draft);
    const loaded = await loadDraft<typeof draft>(db, 'registration');
    expect(loaded?.summary).toBe('写了一半的摘要');
    expect(await loaded?.attachments[0]?.data.text()).toBe('abc');
    await clearDraft(db, 'registration');
    expect(await loadDraft(db, 'registration')).toBeNull();
  });
});

describe('办理人员 (issue 12 item 3)', () => {
  it('lets whoever assigns cases add a 包案领导 or 承办人, and refuses the reception desk', async () => {
    db.close();
    db = freshDb(actorAs('handler', '赵干事'));
    await addStaffDuty(db, '李矿长', 'leads');
    await addStaffDuty(db, '李矿长', 'handles');
    expect((await getSettings(db)).staff).toEqual([{ name: '李矿长', leads: true, handles: true, retired: false }]);
    setActor(db, actorAs('receptionist'));
    await expect(addStaffDuty(db, '孙主任', 'leads')).rejects.toThrow();
    setActor(db, TEST_ADMIN);
    expect((await getSettings(db)).staff.map((m) => m.name)).toEqual(['李矿长']);
  });

  it('saves the administrator’s list only when every name is whole and single', async () => {
    await expect(
      saveSettings(db, {
        staff: [
          { name: '李矿长', leads: true, handles: false, retired: false },
          { name: '李矿长', leads: false, handles: true, retired: false },
        ],
      }),
    ).rejects.toThrow('办理人员“李矿长”重复');
    expect((await getSettings(db)).staff).toEqual([]);
    await saveSettings(db, { staff: [{ name: '李矿长\uFFFE', leads: true, handles: false, retired: true }] });
    expect((await getSettings(db)).staff).toEqual([{ name: '李矿长', leads: true, handles: false, retired: true }]);
  });
});
