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

describe('a route’s 复查意见书 代字', () => {
  const route = { unit: '一号矿井', reviewBody: '某煤业集团有限公司', recheckBody: '某能源集团有限公司' };
  it('is kept with its route, and refused when another kind prints it or it is malformed', async () => {
    await saveSettings(db, {
      organisation: { name: '某煤业集团有限公司', routes: [{ ...route, reviewDocPrefix: ' 集团信复查 ' }] },
    });
    expect((await getSettings(db)).organisation.routes).toEqual([{ ...route, reviewDocPrefix: '集团信复查' }]);
    await saveSettings(db, { docNoPrefixes: { acceptanceNotice: '集团信受' } });
    await expect(
      saveSettings(db, { organisation: { name: '', routes: [{ ...route, reviewDocPrefix: '集团信受' }] } }),
    ).rejects.toThrow('一号矿井：复查意见书代字“集团信受”已是受理告知书的代字，文号会重复');
    // The clash is found from either side: a kind's 代字 changed to a route's.
    await expect(saveSettings(db, { docNoPrefixes: { handlingOpinion: '集团信复查' } })).rejects.toThrow(
      '已是信访事项处理意见书的代字',
    );
    await expect(
      saveSettings(db, { organisation: { name: '', routes: [{ ...route, reviewDocPrefix: '集团〔复〕' }] } }),
    ).rejects.toThrow('复查意见书文号代字不能含括号');
    expect((await getSettings(db)).organisation.routes[0]?.reviewDocPrefix).toBe('集团信复查');
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
