import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DeskDatabase } from '../../../renderer/src/db/database';
import { getSettings, saveSettings } from '../../../renderer/src/db/settings';
import { DEFAULT_STALENESS_RULES } from '../../../renderer/src/domain/risk/staleness';
import { DEFAULT_WARNING_THRESHOLDS } from '../../../renderer/src/domain/risk/warnings';
import { freshDb } from './helpers';

let db: DeskDatabase;
beforeEach(() => {
  db = freshDb();
});
afterEach(() => db.close());

describe('风险预控 settings', () => {
  it('start from the issue’s defaults and keep what the office sets', async () => {
    const settings = await getSettings(db);
    expect(settings.riskWarningThresholds).toEqual({
      cluster: { petitions: 3, days: 30 },
      flaggedDays: 30,
      repeat: { visits: 3, days: 60 },
    });
    expect(settings.riskStalenessRules).toEqual({ 重大: 1, 较大: 7, 一般: 7 });
    const thresholds = { cluster: { petitions: 5, days: 14 }, flaggedDays: 7, repeat: { visits: 2, days: 90 } };
    await saveSettings(db, { riskWarningThresholds: thresholds, riskStalenessRules: { 重大: 1, 较大: 3, 一般: 10 } });
    expect(await getSettings(db)).toMatchObject({
      riskWarningThresholds: thresholds,
      riskStalenessRules: { 重大: 1, 较大: 3, 一般: 10 },
    });
  });

  it('refuses thresholds and periods out of bounds in Chinese, keeping the old values', async () => {
    await expect(
      saveSettings(db, {
        riskWarningThresholds: { ...DEFAULT_WARNING_THRESHOLDS, cluster: { petitions: 1, days: 30 } },
      }),
    ).rejects.toThrow('同类信访集中的件数应为2至100件之间的整数');
    await expect(
      saveSettings(db, { riskWarningThresholds: { ...DEFAULT_WARNING_THRESHOLDS, repeat: { visits: 3, days: 400 } } }),
    ).rejects.toThrow('重复访的统计天数应为1至365天之间的整数');
    await expect(saveSettings(db, { riskStalenessRules: { ...DEFAULT_STALENESS_RULES, 重大: 0 } })).rejects.toThrow(
      '重大事项的更新期限应为1至30个工作日之间的整数',
    );
    await expect(saveSettings(db, { riskStalenessRules: { ...DEFAULT_STALENESS_RULES, 一般: 2.5 } })).rejects.toThrow(
      '一般事项的更新期限',
    );
    const settings = await getSettings(db);
    expect(settings.riskWarningThresholds).toEqual(DEFAULT_WARNING_THRESHOLDS);
    expect(settings.riskStalenessRules).toEqual(DEFAULT_STALENESS_RULES);
  });
});
