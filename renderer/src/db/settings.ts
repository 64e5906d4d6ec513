import { z } from 'zod';
import { DEFAULT_SETTINGS, type Settings } from '../domain/defaults';
import type { DeskDatabase } from './database';

const SETTINGS_KEY = 'app';
const DRAFT_PREFIX = 'draft:';

const settingsSchema = z.object({
  orgName: z.string().trim().min(1, '请填写单位名称').max(100, '单位名称不能超过100个字'),
  collectiveThreshold: z.number().int('集体访人数应为整数').min(2, '集体访人数不能小于2').max(1000, '集体访人数不能超过1000'),
  attachmentMaxBytes: z.number().int().min(1024 * 1024, '附件上限不能小于1MB').max(200 * 1024 * 1024, '附件上限不能超过200MB'),
  dueSoonDays: z.number().int('临期天数应为整数').min(0, '临期天数不能小于0').max(30, '临期天数不能超过30'),
});

/** The office's settings; any value never saved (or saved by an older version) falls back to its default. */
export async function getSettings(db: DeskDatabase): Promise<Settings> {
  const row = await db.settings.get(SETTINGS_KEY);
  const stored = (row?.value ?? {}) as Partial<Settings>;
  const merged = { ...DEFAULT_SETTINGS, ...stored };
  const parsed = settingsSchema.safeParse(merged);
  return parsed.success ? parsed.data : { ...DEFAULT_SETTINGS };
}

/** Validates and saves part of the settings; throws an Error with a Chinese message on a bad value. */
export async function saveSettings(db: DeskDatabase, patch: Partial<Settings>): Promise<Settings> {
  return db.transaction('rw', db.settings, async () => {
    const next = { ...(await getSettings(db)), ...patch };
    const parsed = settingsSchema.safeParse(next);
    if (!parsed.success) throw new Error(parsed.error.issues.map((i) => i.message).join('；'));
    await db.settings.put({ key: SETTINGS_KEY, value: parsed.data });
    return parsed.data;
  });
}

/** Keeps a form's draft as the clerk types, so it survives a reload or a crash. Blobs are stored as they are. */
export async function saveDraft<T>(db: DeskDatabase, key: string, value: T): Promise<void> {
  await db.settings.put({ key: DRAFT_PREFIX + key, value });
}

export async function loadDraft<T>(db: DeskDatabase, key: string): Promise<T | null> {
  const row = await db.settings.get(DRAFT_PREFIX + key);
  return row ? (row.value as T) : null;
}

export async function clearDraft(db: DeskDatabase, key: string): Promise<void> {
  await db.settings.delete(DRAFT_PREFIX + key);
}
