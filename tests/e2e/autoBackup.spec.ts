import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { DesktopMain, type DesktopMainOptions } from './desktop/desktopMain';
import { ADMIN, expect, test as deskTest } from './fixtures';
import { AccountsPage, type NewAccount } from './pages/accounts.page';
import { AuditTrailPage } from './pages/audit.page';
import { BACKUP_PASSWORD, BackupPage } from './pages/backup.page';
import { DEFAULT_START_PATH } from './pages/base.page';
import { LedgerPage } from './pages/ledger.page';
import { RegisterPage, ZHANG_WAGES, type Registration } from './pages/register.page';
import { SessionPage } from './pages/session.page';

/**
 * The desktop app's automatic backups and screen lock, end to end: the renderer in Chromium, with the real preload
 * API and the real main-process code (routes, schedule, close gate, rotation, lock forwarding) over a real user-data
 * folder (tests/e2e/desktop). No Electron binary can run here; only its IPC transport and window are stood in for.
 */
const test = deskTest.extend<{ desktopOptions: DesktopMainOptions; desktop: DesktopMain }>({
  desktopOptions: [{ now: '2026-05-25T17:30' }, { option: true }],
  desktop: async ({ context, desktopOptions }, use) => {
    const main = await DesktopMain.install(context, desktopOptions);
    await use(main);
    await main.dispose();
  },
  // Every tab opens after main is in place, as a BrowserWindow opens after app.whenReady.
  page: async ({ context, desktop: _desktop }, use) => {
    await use(await context.newPage());
  },
});

/** The office's 审计员, created on the new desk after the restore. */
const AUDITOR: NewAccount = { username: 'shenji', displayName: '孙审计', role: '审计员', password: 'shenji-2026' };

const COMMUTE: Registration = {
  ...ZHANG_WAGES,
  summary: '早班通勤车辆不足，职工无法按时到岗',
  demands: '增加通勤班车',
};

/** The administrator sets the 备份密码: automatic backups are encrypted under it, and made only once it is set. */
async function setBackupPassword(page: Page): Promise<void> {
  const backup = new BackupPage(page);
  await backup.openTab();
  await backup.setBackupPassword(BACKUP_PASSWORD);
}

/** The desk opened again in a new window (the next start of the app), signed in as the administrator. */
async function reopen(context: BrowserContext): Promise<Page> {
  const next = await context.newPage();
  await next.goto(DEFAULT_START_PATH);
  await new SessionPage(next).signIn(ADMIN);
  return next;
}

test.describe('自动备份 (desktop)', () => {
  test('quitting first saves a backup into the user-data folder; the next day the settings page restores it', async ({
    app,
    clock,
    register,
    desktop,
  }) => {
    await clock.set('2026-05-25T17:20');
    await app.reload();
    await setBackupPassword(app.page);
    await register.goTo('信访登记');
    const first = await register.register(ZHANG_WAGES);

    // The disk is slow: the window stays, telling the clerk it is backing up, until the backup is written.
    const release = desktop.holdBackupWrites();
    const window = desktop.window(app.page);
    window.close();
    await expect(app.page.getByText('正在退出：自动备份数据')).toBeVisible();
    await expect(app.page.getByText('正在写入备份文件，完成后窗口将自动关闭')).toBeVisible();
    expect(window.isDestroyed()).toBe(false);
    release();
    await window.closed;
    expect((await desktop.backups()).map((b) => b.name)).toEqual(['xfdesk-20260525-173000-quit.xfbak']);

    desktop.setNow('2026-05-26T08:30');
    const page = await reopen(app.page.context());
    const second = await new RegisterPage(page).register(COMMUTE);
    expect(second).not.toBe(first);
    const ledger = new LedgerPage(page);
    await ledger.goTo('信访台账');
    await ledger.expectLoaded(2);

    const backup = new BackupPage(page);
    await backup.openTab();
    await expect(page.getByText('浏览器版本不做自动备份')).toHaveCount(0);
    const row = page.getByRole('row').filter({ hasText: '退出时备份' });
    await expect(row).toContainText('2026-05-25 17:30');
    await row.getByRole('button', { name: '恢复' }).click();
    await backup.openWithPassword(BACKUP_PASSWORD);
    await expect(backup.summary).toContainText('信访事项 1');
    await backup.confirmRestore();

    await backup.goTo('信访台账');
    await ledger.expectLoaded(1);
    await ledger.expectRegNos([first]);
  });

  test('a backup copied from another machine’s user-data folder restores on a new desk with the password alone', async ({
    app,
    register,
    desktop,
    browser,
  }, testInfo) => {
    // Two desks, two first runs, a restore and four sign-ins, each hashing a password: a long journey, no long step.
    test.slow();
    await setBackupPassword(app.page);
    await register.goTo('信访登记');
    const first = await register.register(ZHANG_WAGES);
    const window = desktop.window(app.page);
    window.close();
    await window.closed;
    const [made] = await desktop.backups();
    if (!made) throw new Error('quitting left no backup');

    // A new machine (its own browser profile and user-data folder), with the old machine's backup copied across.
    const machine = await browser.newContext({ baseURL: testInfo.project.use.baseURL });
    const other = await DesktopMain.install(machine, { now: '2026-05-27T09:00' });
    try {
      await mkdir(other.backupsFolder, { recursive: true });
      await copyFile(join(desktop.backupsFolder, made.name), join(other.backupsFolder, made.name));
      const page = await machine.newPage();
      await page.goto(DEFAULT_START_PATH);
      await new SessionPage(page).createFirstAdmin({ username: 'li', displayName: '李强', password: 'lingshi-2026' });
      const backup = new BackupPage(page);
      await backup.openTab();
      await page.getByRole('row').filter({ hasText: '退出时备份' }).getByRole('button', { name: '恢复' }).click();
      await backup.openWithPassword(BACKUP_PASSWORD);
      await expect(backup.summary).toContainText('信访事项 1');
      // The new desk's only account, 李强, is not in the backup: the confirmation says so before anything changes.
      await expect(backup.accountChanges).toContainText('删除：李强（li，管理员）');
      await backup.restoreButton.click();
      // The accounts came back with the data, and 李强 is not among them: the desk asks for one of the backup's.
      const session = new SessionPage(page);
      await session.expectScreen('signIn');
      await expect(page.getByText('当前账号不在恢复后的数据中')).toBeVisible();
      await session.signIn(ADMIN);
      const ledger = new LedgerPage(page);
      await ledger.goTo('信访台账');
      await ledger.expectLoaded(1);
      await ledger.expectRegNos([first]);

      // The new desk's own trail (李强's first run and sign-in) is not lost: the 恢复备份 record carries it.
      await new AccountsPage(page).openTab();
      await new AccountsPage(page).create(AUDITOR);
      await session.signOut();
      await session.signIn(AUDITOR);
      const trail = new AuditTrailPage(page);
      await expect(trail.table).toBeVisible();
      const restored = trail.row(/^.*恢复备份：.*本机原有审计记录 \d+ 条/);
      await expect(restored).toHaveCount(1);
      await restored.click();
      const carried = page.getByRole('table', { name: '并入本记录的本机原有审计记录' });
      await expect(carried).toContainText('李强（li）首次运行，创建管理员账号并登录');
      await expect(await trail.verify()).toContainText('审计链完整');
    } finally {
      await machine.close();
      await other.dispose();
    }
  });

  test.describe('daily', () => {
    // Five weeks of earlier daily backups, one a day from Monday 2026-04-20 to Sunday 2026-05-24.
    test.use({
      desktopOptions: {
        now: '2026-05-25T09:00',
        dailyCheckMs: 400,
        earlierDailyBackups: { from: '2026-04-20T09:00', to: '2026-05-24T09:00' },
      },
    });

    test('the desk makes a backup each day it is open, at a pause in the clerk’s work, and rotation keeps the newest 7 days and 4 weeks', async ({
      app,
      session,
      desktop,
    }) => {
      const days = async () => (await desktop.backups()).map((b) => b.createdAt.slice(5, 10));
      const window = desktop.window(app.page);
      await setBackupPassword(app.page);
      // Away from the backup tab, so it lists the backups anew when opened at the end (it read them before rotation).
      await new BackupPage(app.page).goTo('信访台账');

      // Today (Monday 05-25) has none and main asks, but the clerk has just been typing: nothing is read or written yet.
      await expect.poll(() => window.dailyRequests, { timeout: 15_000 }).toBeGreaterThan(3);
      expect(await days()).not.toContain('05-25');

      // A pause of two minutes: the renderer saves, and rotation keeps 05-19 … 05-25 (7 days) plus the newest of the
      // two weeks before those: 05-17 and 05-10.
      await session.idleFor(2);
      await expect
        .poll(days, { timeout: 45_000 })
        .toEqual(['05-25', '05-24', '05-23', '05-22', '05-21', '05-20', '05-19', '05-17', '05-10']);

      // The desk stays open overnight: on Tuesday the check finds no backup for the day and makes one.
      desktop.setNow('2026-05-26T09:00');
      await expect
        .poll(days, { timeout: 45_000 })
        .toEqual(['05-26', '05-25', '05-24', '05-23', '05-22', '05-21', '05-20', '05-17', '05-10']);

      // Every daily backup was made under the key main sent with its ask: no failure notice covers the page.
      await expect(app.page.getByText('今日自动备份失败')).toHaveCount(0);
      const backup = new BackupPage(app.page);
      await backup.openTab();
      const rows = app.page.getByRole('row').filter({ hasText: '每日备份' });
      await expect(rows).toHaveCount(9);
      await expect(rows.first()).toContainText('2026-05-26 09:00');
    });
  });

  test('a backup that fails before closing asks the clerk: 取消 keeps the desk open, 仍然退出 closes it', async ({
    app,
    desktop,
  }) => {
    await setBackupPassword(app.page);
    // The user-data folder cannot take the backup: a file sits where its folder should be.
    await writeFile(desktop.backupsFolder, 'not a folder');
    const window = desktop.window(app.page);
    desktop.closeWithoutBackup = false;
    window.close();
    // The backup is built and encrypted before the write fails: many seconds on a loaded 2-core machine.
    await expect.poll(() => desktop.closeQuestions, { timeout: 60_000 }).toHaveLength(1);
    expect(desktop.closeQuestions[0]).toContain('无法写入自动备份');
    expect(window.isDestroyed()).toBe(false);
    await expect(app.page.locator('html[data-session="signedIn"]')).toHaveCount(1);
    // The desk stays usable: the progress notice is gone once the backup has failed.
    await expect(app.page.getByText('正在退出：自动备份数据')).toHaveCount(0);

    desktop.closeWithoutBackup = true;
    window.close();
    await window.closed;
    expect(desktop.closeQuestions).toHaveLength(2);
  });

  test('when the operating system locks the screen the desk locks, and only the password unlocks it', async ({
    app,
    session,
    desktop,
  }) => {
    await expect(app.page.locator('html[data-session="signedIn"]')).toHaveCount(1);
    desktop.lockScreen();
    await session.expectScreen('locked');
    await session.tryUnlock('not-the-password');
    await expect(session.refusal()).toBeVisible();
    await session.expectScreen('locked');
    await session.tryUnlock(ADMIN.password);
    await session.expectScreen('signedIn');
  });
});
