import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures';
import { BACKUP_PASSWORD, BackupPage } from './pages/backup.page';
import { ZHANG_SAN, ZHANG_WAGES, type Registration } from './pages/register.page';

const COMMUTE: Registration = {
  ...ZHANG_WAGES,
  summary: '早班通勤车辆不足，职工无法按时到岗',
  demands: '增加通勤班车',
};

test.describe('数据备份', () => {
  test('with a 备份密码 set, a backup exported after the first petition is refused with a wrong password and restores with the right one', async ({
    app,
    clock,
    register,
    ledger,
  }, testInfo) => {
    await clock.set('2026-05-25T09:30');
    await app.reload();
    const first = await register.register(ZHANG_WAGES);

    const backup = new BackupPage(app.page);
    await backup.openTab();
    await expect(app.page.getByText('浏览器版本不做自动备份')).toBeVisible();
    // No export before a 备份密码 is set: nothing leaves the desk unencrypted.
    await backup.button('导出备份').click();
    await expect(backup.toast('尚未设置备份密码')).toBeVisible();
    await backup.setBackupPassword(BACKUP_PASSWORD);
    const download = await backup.exportBackup();
    expect(download.suggestedFilename()).toMatch(/^信访工作台备份-\d{8}-\d{4}\.xfbak$/);
    const file = testInfo.outputPath('backup.xfbak');
    await download.saveAs(file);

    await backup.goTo('信访登记');
    const second = await register.register(COMMUTE);
    expect(second).not.toBe(first);
    await register.goTo('信访台账');
    await ledger.expectLoaded(2);

    await backup.openTab();
    await backup.chooseFile(file);
    await backup.openWithPassword('beifen-2027');
    await expect(backup.openForm.getByRole('alert')).toContainText('备份密码不正确');
    await expect(backup.summary).toHaveCount(0);
    // Refused, nothing changed: both petitions are still there.
    await backup.goTo('信访台账');
    await ledger.expectLoaded(2);

    await backup.openTab();
    await backup.chooseFile(file);
    await backup.openWithPassword(BACKUP_PASSWORD);
    await expect(backup.summary).toContainText('信访事项 1');
    await expect(backup.summary).toContainText('已加密，校验通过');
    await expect(backup.accountChanges).toContainText('恢复后账号与本机现有的相同');
    await expect(backup.summary).toContainText('2026-05-25 09:30 至 2026-05-25 09:30');
    await expect(backup.restoreWarning).toContainText('恢复将用此备份替换本机的全部数据');
    await expect(backup.restoreWarning).toContainText('账号和密码也恢复为备份时的样子');
    await backup.confirmRestore();

    await backup.goTo('信访台账');
    await ledger.expectLoaded(1);
    await ledger.expectRegNos([first]);

    // The persisted ledger index was rebuilt with the restore: a fresh load finds it in step.
    await ledger.reload();
    await ledger.expectLoaded(1);
    const bytes = await readFile(file);
    expect(bytes.subarray(0, 8).toString('latin1')).toBe('XFDESKBK');
    // Encrypted: the petitioner's name and phone and the summary are nowhere in the file.
    for (const secret of [ZHANG_SAN.name, '13800001111', '三月至五月工资未按时足额发放']) {
      expect(bytes.includes(Buffer.from(secret, 'utf8')), secret).toBe(false);
      expect(bytes.includes(Buffer.from(secret, 'utf16le')), secret).toBe(false);
    }
  });

  test('a file that is not a backup is refused with a Chinese message and nothing changes', async ({
    app,
    register,
    ledger,
  }) => {
    const first = await register.register(ZHANG_WAGES);
    const backup = new BackupPage(app.page);
    await backup.openTab();
    await backup.chooseFile({
      name: '台账.xfbak',
      mimeType: 'application/octet-stream',
      buffer: Buffer.from('登记编号,姓名\n2026-0001,张三\n'),
    });
    await expect(backup.restoreCard.getByRole('alert')).toContainText('所选文件不是信访工作台的备份文件');
    await expect(backup.summary).toHaveCount(0);

    await backup.goTo('信访台账');
    await ledger.expectLoaded(1);
    await ledger.expectRegNos([first]);
  });
});
