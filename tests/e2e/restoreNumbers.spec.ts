import type { TestInfo } from '@playwright/test';
import { expect, test, type DeskClock } from './fixtures';
import { BACKUP_PASSWORD, BackupPage } from './pages/backup.page';
import { ZHANG_WAGES, type RegisterPage, type Registration } from './pages/register.page';

const COMMUTE: Registration = {
  ...ZHANG_WAGES,
  summary: '早班通勤车辆不足，职工无法按时到岗',
  demands: '增加通勤班车',
};
const CANTEEN: Registration = { ...ZHANG_WAGES, summary: '井口食堂夜班供餐时间过短', demands: '延长夜班供餐时间' };

/** At `at`, registers 张三's wage petition, sets the 备份密码 and exports a backup: the petition's number and the file. */
async function registerThenBackUp(
  clock: DeskClock,
  reload: () => Promise<void>,
  register: RegisterPage,
  testInfo: TestInfo,
  at: string,
) {
  await clock.set(at);
  await reload();
  const first = await register.register(ZHANG_WAGES);
  const backup = new BackupPage(register.page);
  await backup.openTab();
  await backup.setBackupPassword();
  const file = testInfo.outputPath('backup.xfbak');
  await (await backup.exportBackup()).saveAs(file);
  return { first, file, backup };
}

test.describe('恢复备份后登记编号不重号', () => {
  // Each journey derives the backup key three times (set the 备份密码, export, open) and restores: slow by design.
  test.slow();
  test('export a backup, register, restore (the dialog lists what is lost), register again: the new number was never issued', async ({
    app,
    clock,
    register,
    ledger,
  }, testInfo) => {
    const { first, file, backup } = await registerThenBackUp(
      clock,
      () => app.reload(),
      register,
      testInfo,
      '2026-05-25T09:30',
    );

    await backup.goTo('信访登记');
    const lost = await register.register(COMMUTE);
    expect(lost).toBe('2026-0002');

    await backup.openTab();
    await backup.chooseFile(file);
    await backup.openWithPassword(BACKUP_PASSWORD);
    const lostList = backup.summary.getByRole('list', { name: '将丢失的记录' });
    await expect(lostList).toContainText(`备份之后登记的1件：${lost}`);
    await expect(lostList).toContainText('备份之后的办理记录');
    await backup.confirmRestore();
    await backup.goTo('信访台账');
    await ledger.expectRegNos([first]);

    await backup.goTo('信访登记');
    const next = await register.register(CANTEEN);
    expect([first, lost]).not.toContain(next);
    expect(next).toBe('2026-0003');
  });

  test('across the year boundary: a 2027 number issued before the restore is not issued again', async ({
    app,
    clock,
    register,
  }, testInfo) => {
    const { first, file, backup } = await registerThenBackUp(
      clock,
      () => app.reload(),
      register,
      testInfo,
      '2026-12-30T09:30',
    );

    await clock.set('2027-01-04T09:30');
    await app.reload();
    await backup.goTo('信访登记');
    const january = await register.register(COMMUTE);
    expect(january).toBe('2027-0001');

    await backup.openTab();
    await backup.chooseFile(file);
    await backup.openWithPassword(BACKUP_PASSWORD);
    await expect(backup.summary.getByRole('list', { name: '将丢失的记录' })).toContainText(
      `备份之后登记的1件：${january}`,
    );
    await backup.confirmRestore();

    await backup.goTo('信访登记');
    const next = await register.register(CANTEEN);
    expect([first, january]).not.toContain(next);
    expect(next).toBe('2027-0002');
  });
});
