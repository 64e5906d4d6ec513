import { App } from 'antd';
import { useState } from 'react';
import { useReferenceData } from '../../services/ReferenceData';
import type { Settings } from '../../domain/defaults';
import { errorText } from '../../db/errors';
import { saveSettings } from '../../services/data/settings';

const reason = (error: unknown) => errorText(error);

/**
 * Saves a part of the settings the way every settings form does: the repository validates, the reference data is
 * reloaded so every page sees the change, and the clerk is told the outcome in Chinese. The form keeps what was
 * typed either way; `error` holds the repository's refusal for the form to show beside its fields.
 */
export function useSettingsSave() {
  const { message } = App.useApp();
  const { refresh } = useReferenceData();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const save = async (patch: Partial<Settings>, success = '设置已保存'): Promise<boolean> => {
    setSaving(true);
    setError(null);
    try {
      await saveSettings(patch);
    } catch (refused) {
      setError(reason(refused));
      message.error(`保存失败：${reason(refused)}`);
      setSaving(false);
      return false;
    }
    try {
      await refresh();
      message.success(success);
    } catch (failed) {
      // The values are stored; only reading them back failed, so this must not read as a failed save.
      message.warning(`${success}，但重新读取设置失败：${reason(failed)}，请刷新页面`);
    } finally {
      setSaving(false);
    }
    return true;
  };

  /** Refuses a save the form's own checks already found fault with, saying why, without touching the database. */
  const refuse = (problems: readonly string[]) => {
    const text = problems.join('；');
    setError(text);
    message.error(`保存失败：${text}`);
  };

  return { saving, error, save, refuse };
}
