import { expect, test, ADMIN } from './fixtures';
import { AccountsPage, type NewAccount } from './pages/accounts.page';
import type { BasePage } from './pages/base.page';
import { AuditTrailPage } from './pages/audit.page';
import type { SessionPage } from './pages/session.page';

const AUDITOR: NewAccount = { username: 'shenji', displayName: '赵审计', role: '审计员', password: 'shenji2026' };

/** The administrator adds the 审计员 and signs out: the trail has records, the desk waits at 登录. */
async function addAuditorAndSignOut(app: BasePage, session: SessionPage): Promise<void> {
  const accounts = new AccountsPage(app.page);
  await accounts.openTab();
  await accounts.create(AUDITOR);
  await session.signOut();
}

test.describe('审计链末端', () => {
  test('the newest audit records deleted in IndexedDB stay reported after a mistyped sign-in and the 审计员’s own sign-in', async ({
    app,
    session,
  }) => {
    const page = app.page;
    await addAuditorAndSignOut(app, session);

    // Someone at the keyboard cuts off the trail's end (the new account, the sign-out), then signs in wrongly and
    // lets the 审计员 sign in: the writes that used to re-anchor the chain at the lower head.
    const audit = new AuditTrailPage(page);
    const deleted = await audit.deleteNewestRecords(2);
    const [first, last] = [deleted[0], deleted[deleted.length - 1]];
    await session.trySignIn({ username: ADMIN.username, password: 'wrong-password' });
    // Checking the password takes about 200 ms alone, far longer on a loaded machine.
    await expect(page.getByRole('alert').filter({ hasText: /不正确|错误/ })).toBeVisible({ timeout: 30_000 });
    // The first sign-in sets the 审计员's own password; the second uses it.
    const auditor = await session.signIn(AUDITOR);

    await audit.openFromMenu();
    const outcome = await audit.verify();
    await expect(outcome).toContainText(`审计链在第 ${first} 条处断开`);
    await expect(outcome).toContainText(`第 ${first} 至 ${last} 条审计记录缺失`);
    // The trail itself says what is missing, in a record of its own.
    await expect(audit.row(`审计链告警：第 ${first} 至 ${last} 条审计记录缺失`)).toHaveCount(1);

    // More audited writes (signing out and in again): still reported.
    await session.signOut();
    await session.signIn(auditor);
    await audit.openFromMenu();
    await expect(await audit.verify()).toContainText(`第 ${first} 至 ${last} 条审计记录缺失`);
  });

  test('clearing localStorage is reported for a trail that has records', async ({ app, session }) => {
    const page = app.page;
    await addAuditorAndSignOut(app, session);
    await page.evaluate(() => (globalThis as unknown as { localStorage: { clear(): void } }).localStorage.clear());
    await page.reload();
    await session.signIn(AUDITOR);

    const audit = new AuditTrailPage(page);
    await audit.openFromMenu();
    await expect(await audit.verify()).toContainText('本机记下的审计链末端的记录缺失');
    await expect(audit.rows.filter({ hasText: '审计链告警' })).toHaveCount(1);
  });
});
