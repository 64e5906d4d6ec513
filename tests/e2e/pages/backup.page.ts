import { expect, type Download, type Locator } from '@playwright/test';
import { BasePage } from './base.page';

/** 设置 → 数据备份: export, restore from a file (summary, confirm), the result. */
export class BackupPage extends BasePage {
  async openTab(): Promise<void> {
    await this.goTo('设置');
    await this.page.getByRole('tab', { name: '数据备份' }).click();
  }

  get restoreCard(): Locator {
    return this.page.locator('.ant-card').filter({ has: this.page.locator('.ant-card-head-title', { hasText: /^从备份恢复$/ }) });
  }

  /** The summary shown before anything changes. */
  get summary(): Locator {
    return this.page.getByRole('region', { name: '备份内容' });
  }

  /** What a restore replaces, shown with the summary before 确认恢复. */
  get restoreWarning(): Locator {
    return this.summary.getByRole('alert');
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
