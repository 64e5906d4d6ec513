import { expect, type Download, type Locator } from '@playwright/test';
import { BasePage } from './base.page';

/** The 备份密码 the journeys encrypt their backups with. */
export const BACKUP_PASSWORD = 'beifen-2026';

/** 设置 → 数据备份: the 备份密码, export, restore from a file (password, summary, confirm), the result. */
export class BackupPage extends BasePage {
  async openTab(): Promise<void> {
    await this.goTo('设置');
    await this.page.getByRole('tab', { name: '数据备份' }).click();
  }

  get restoreCard(): Locator {
    return this.page
      .locator('.ant-card')
      .filter({ has: this.page.locator('.ant-card-head-title', { hasText: /^从备份恢复$/ }) });
  }

  /** The summary shown before anything changes. */
  get summary(): Locator {
    return this.page.getByRole('region', { name: '备份内容' });
  }

  /** What a restore replaces, shown with the summary before 确认恢复. */
  get restoreWarning(): Locator {
    return this.summary.getByRole('alert').filter({ hasText: '恢复将用此备份替换' });
  }

  /** The accounts the restore adds, removes or changes, shown with the summary. */
  get accountChanges(): Locator {
    return this.summary.getByRole('alert').filter({ hasText: '账号' }).first();
  }

  get passwordForm(): Locator {
    return this.page.getByRole('form', { name: '备份密码' });
  }

  /** Sets (or changes) the 备份密码 in its card, typed twice. */
  async setBackupPassword(password: string = BACKUP_PASSWORD): Promise<void> {
    await this.passwordForm.getByLabel('备份密码', { exact: true }).fill(password);
    await this.passwordForm.getByLabel('确认备份密码').fill(password);
    await this.passwordForm.getByRole('button', { name: /设置备份密码|更改备份密码/ }).click();
    // The password is stretched with PBKDF2 before it is kept: seconds on a loaded 2-core machine.
    await expect(this.toast('备份密码已设置')).toBeVisible({ timeout: 30_000 });
  }

  get openForm(): Locator {
    return this.restoreCard.getByRole('form', { name: '打开备份' });
  }

  /** Types the 备份密码 asked for by a chosen encrypted file and opens it. */
  async openWithPassword(password: string): Promise<void> {
    await this.openForm.getByLabel('备份密码').fill(password);
    await this.openForm.getByRole('button', { name: '打开备份' }).click();
    // The key is stretched from the password (PBKDF2) before anything is read: seconds on a loaded 2-core machine.
    // The file opens (its summary) or the form says why not.
    await expect(this.summary.or(this.openForm.getByRole('alert'))).toBeVisible({ timeout: 30_000 });
  }

  async exportBackup(): Promise<Download> {
    const download = await this.download(this.button('导出备份'));
    await expect(this.toast('备份文件已下载')).toBeVisible();
    return download;
  }

  /** Chooses a backup file; the desk checks it and shows its summary or why it was refused. */
  async chooseFile(file: string | { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    await this.restoreCard.locator('input[type="file"]').setInputFiles(file);
  }

  get restoreButton(): Locator {
    return this.summary.getByRole('button', { name: '确认恢复' });
  }

  async confirmRestore(): Promise<void> {
    await this.restoreButton.click();
    await expect(this.restoreCard.getByText('数据已从备份恢复')).toBeVisible({ timeout: 20_000 });
  }
}
