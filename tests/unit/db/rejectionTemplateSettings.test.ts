import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DeskDatabase } from '../../../renderer/src/db/database';
import { getSettings, saveSettings } from '../../../renderer/src/db/settings';
import { DEFAULT_LETTER_TEMPLATES } from '../../../renderer/src/domain/letterTemplates';
import { freshDb } from './helpers';

let db: DeskDatabase;
beforeEach(() => {
  db = freshDb();
});
afterEach(() => db.close());

/** The 不予受理告知书 template as offices stored it before routes: the sentence that says not what to file. */
const OLD_REJECTION = {
  title: '信访事项不予受理告知书',
  body: '经审查，{不予受理理由}。\n{人称}可以依法向{受理机关}提出。',
};

describe('不予受理告知书 templates in the settings (issue 13)', () => {
  it('a template stored before routes falls back to the shipped one, and the other kinds keep theirs', async () => {
    const acceptance = { ...DEFAULT_LETTER_TEMPLATES.acceptanceNotice, title: '受理通知书' };
    await db.settings.put({
      key: 'app',
      value: { letterTemplates: { rejectionNotice: OLD_REJECTION, acceptanceNotice: acceptance } },
    });
    const { letterTemplates } = await getSettings(db);
    expect(letterTemplates.rejectionNotice).toBeUndefined();
    expect(letterTemplates.acceptanceNotice?.title).toBe('受理通知书');
  });

  it('refuses to save a route that says not what to file, with the part named', async () => {
    const routes = { ...DEFAULT_LETTER_TEMPLATES.rejectionNotice, routeLitigation: '{人称}可以依法向{受理机关}提出。' };
    await expect(saveSettings(db, { letterTemplates: { rejectionNotice: routes } })).rejects.toThrow(
      '途径：提起诉讼：这一句应在{受理机关}之后写明提出什么（须含“诉讼”）',
    );
  });
});
