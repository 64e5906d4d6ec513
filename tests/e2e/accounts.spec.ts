import { ADMIN, expect, test } from './fixtures';
import { AccountsPage, type NewAccount } from './pages/accounts.page';
import { ownPassword, SessionPage } from './pages/session.page';

const CLERK: NewAccount = { username: 'zhangm', displayName: '张敏', role: '接待员', password: 'jiedai2026' };

/** Every refused sign-in reads the same, so it never tells which 登录名 exist (issue 11, finding 10). */
const REFUSED = '登录名或密码不正确，或账号已停用或锁定（连续输错5次密码将锁定15分钟）';

/** A local moment `minutes` from now, for `setClock`. */
const minutesFromNow = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString();

test.describe('账号与角色', () => {
  test('the first run creates the administrator, who stays signed in across a reload and signs in again after signing out', async ({
    page,
  }) => {
    const session = new SessionPage(page);
    await page.goto('/');
    await session.expectScreen('firstRun');
    const form = page.getByRole('form', { name: '创建管理员账号' });
    await form.getByLabel('密码', { exact: true }).fill('xinfang2026');
    await form.getByLabel('确认密码', { exact: true }).fill('xinfang2027');
    await form.getByRole('button', { name: '创建并登录' }).click();
    await expect(form).toContainText('两次输入的密码不一致');
    await expect(form).toContainText('请填写登录名');
    await session.expectScreen('firstRun');

    await session.createFirstAdmin(ADMIN);
    await expect(session.userMenu).toHaveText(/王丽 · 管理员/);
    expect(await session.menuItems()).toEqual([
      '信访登记',
      '信访台账',
      '督办台',
      '我的案件',
      '排查台账',
      '突发事件',
      '研判预警',
      '统计分析',
      '季度报告',
      '走访座谈',
      '意见建议',
      '帮扶救助',
      '设置',
    ]);

    await session.reload();
    await session.expectScreen('signedIn');
    await expect(session.userMenu).toHaveText(/王丽 · 管理员/);

    await session.signOut();
    await session.trySignIn({ username: ADMIN.username, password: 'wrong-pass1' });
    await expect(session.refusal()).toHaveText(REFUSED);
    await session.trySignIn({ username: 'nobody', password: 'wrong-pass1' });
    await expect(session.refusal()).toHaveText(REFUSED);
    await session.signIn(ADMIN);
    await expect(session.userMenu).toHaveText(/王丽 · 管理员/);
  });

  test('an 接待员 the administrator created sees neither 设置 nor 审计日志, and a typed address answers 无权访问', async ({
    app,
    session,
  }) => {
    const accounts = new AccountsPage(app.page);
    await accounts.openTab();
    await accounts.create(CLERK);
    await expect(accounts.row(CLERK.username)).toContainText('待修改初始密码');
    await expect(accounts.list).not.toContainText('PBKDF2');
    await session.signOut();

    await session.signIn(CLERK);
    await expect(session.userMenu).toHaveText(/张敏 · 接待员/);
    expect(await session.menuItems()).toEqual([
      '信访登记',
      '信访台账',
      '督办台',
      '我的案件',
      '排查台账',
      '突发事件',
      '研判预警',
      '走访座谈',
      '意见建议',
      '帮扶救助',
    ]);
    await expect(app.page.getByRole('heading', { name: '信访登记' })).toBeVisible();
    // The ledger, but not its export: 导出Excel台账和统计 is the case staff's.
    await app.goTo('信访台账');
    await expect(app.page.getByRole('heading', { name: '信访台账' })).toBeVisible();
    await expect(app.button('导出Excel')).toHaveCount(0);

    await app.page.goto('/#/settings');
    await expect(app.page.getByText('无权访问', { exact: true })).toBeVisible();
    await expect(app.page.getByText(/当前账号（接待员）无权修改系统设置、单位和问题类别/)).toBeVisible();
    await expect(app.page.getByRole('tab', { name: '账号管理' })).toHaveCount(0);

    await app.page.goto('/#/audit');
    await expect(app.page.getByText('无权访问', { exact: true })).toBeVisible();
    await expect(app.page.getByText(/当前账号（接待员）无权查看、核验和导出审计日志/)).toBeVisible();
  });

  test('an 审计员 opens on the audit trail, sees only it, and finds the sign-ins there', async ({ app, session }) => {
    const accounts = new AccountsPage(app.page);
    await accounts.openTab();
    await accounts.create({ username: 'sunj', displayName: '孙静', role: '审计员', password: 'shenji2026' });
    await session.signOut();
    await session.trySignIn({ username: 'sunj', password: 'wrong-pass1' });
    await expect(session.refusal()).toContainText('登录名或密码不正确');

    await session.signIn({ username: 'sunj', password: 'shenji2026' });
    await expect(app.page).toHaveURL(/#\/audit$/);
    expect(await session.menuItems()).toEqual(['审计日志']);
    await expect(app.page.getByRole('heading', { name: '审计日志' })).toBeVisible();
    await expect(app.page.getByRole('main')).toContainText('登录失败');
    await expect(app.page.getByRole('main')).not.toContainText('wrong-pass1');

    await app.page.goto('/#/ledger');
    await expect(app.page.getByText(/当前账号（审计员）无权查看信访台账和案件/)).toBeVisible();
  });

  test('five wrong passwords lock the account for 15 minutes, even against the right one, saying no more than any refusal', async ({
    app,
    session,
  }) => {
    const accounts = new AccountsPage(app.page);
    await accounts.openTab();
    await accounts.create(CLERK);
    await session.signOut();

    for (let attempt = 1; attempt <= 5; attempt++) {
      await session.trySignIn({ username: CLERK.username, password: `wrong-pass${attempt}` });
      await expect(session.refusal()).toHaveText(REFUSED);
    }
    await session.trySignIn(CLERK);
    await expect(session.refusal()).toHaveText(REFUSED);
    await session.expectScreen('signIn');

    await session.setClock(minutesFromNow(16));
    await session.signIn(CLERK);
    await expect(session.userMenu).toHaveText(/张敏 · 接待员/);
  });

  test('the desk locks after the idle time over the page as it was, and unlocks only with the right password', async ({
    settings,
    register,
    session,
  }) => {
    await settings.goTo('设置');
    await settings.general('自动锁定（分钟）').fill('1');
    await settings.button('保存设置').click();
    await expect(settings.toast('设置已保存')).toBeVisible();

    await settings.goTo('信访登记');
    await register.summary.fill('写了一半的事项摘要');
    await session.idleFor(2);
    await expect(session.lockView).toBeVisible({ timeout: 15_000 });
    await session.expectScreen('locked');
    await expect(session.lockView).toContainText('王丽（管理员）');

    await session.tryUnlock('wrong-pass1');
    await expect(session.lockView.getByRole('alert')).toHaveText(
      '登录名或密码不正确，再输错4次账号将锁定15分钟',
      SessionPage.PASSWORD_CHECK,
    );
    await expect(session.lockView).toBeVisible();
    await session.tryUnlock(ADMIN.password);
    await expect(session.lockView).toBeHidden(SessionPage.PASSWORD_CHECK);
    await session.expectScreen('signedIn');
    await expect(register.summary).toHaveValue('写了一半的事项摘要');

    // 锁定 from the user menu, and a reload of a locked desk asks for the password again.
    await session.chooseFromUserMenu('锁定');
    await expect(session.lockView).toBeVisible();
    await session.page.reload();
    await session.expectScreen('signIn');
    await session.signIn(ADMIN);
  });

  test('a reload of a locked desk says why it asks to sign in, once, and an unlock leaves no such notice behind', async ({
    session,
  }) => {
    await session.chooseFromUserMenu('锁定');
    await session.tryUnlock(ADMIN.password);
    await expect(session.lockView).toBeHidden(SessionPage.PASSWORD_CHECK);
    await session.signOut();
    await expect(session.signInForm).toBeVisible();
    await expect(session.signInNotice).toHaveCount(0);
    await session.signIn(ADMIN);

    await session.chooseFromUserMenu('锁定');
    await expect(session.lockView).toBeVisible();
    await session.page.reload();
    await session.expectScreen('signIn');
    await expect(session.signInNotice).toHaveText('工作台已锁定，刷新后需重新登录');
    await session.signIn(ADMIN);
    await session.signOut();
    await expect(session.signInForm).toBeVisible();
    await expect(session.signInNotice).toHaveCount(0);
  });

  test('a new account’s first sign-in sets its own password before the desk opens, and 重置密码 asks for it again', async ({
    app,
    session,
  }) => {
    // Seven sign-ins, sign-outs and password changes, each hashing a password (2,000,000 PBKDF2 rounds) and reloading.
    test.slow();
    const accounts = new AccountsPage(app.page);
    await accounts.openTab();
    await accounts.create(CLERK);
    await expect(accounts.row(CLERK.username)).toContainText('待修改初始密码');
    await session.signOut();

    await session.trySignIn(CLERK);
    await session.expectScreen('initialPassword');
    await expect(app.page.getByRole('navigation', { name: '主菜单' })).toHaveCount(0);
    await expect(session.initialPasswordForm).toBeVisible();
    await session.setOwnPassword(CLERK.password, CLERK.password);
    await expect(session.page.getByRole('alert')).toHaveText('新密码不能与原密码相同');
    // A reload resumes the session, still asking for the new password.
    await session.page.reload();
    await session.setOwnPassword(CLERK.password, ownPassword(CLERK));
    await session.expectScreen('signedIn');
    await session.waitUntilReady();
    await expect(session.userMenu).toHaveText(/张敏 · 接待员/);
    await expect(app.page.getByRole('heading', { name: '信访登记' })).toBeVisible();

    await session.signOut();
    await session.trySignIn(CLERK);
    await expect(session.refusal()).toHaveText(REFUSED);
    await session.signIn({ username: CLERK.username, password: ownPassword(CLERK) });
    await session.expectScreen('signedIn');
    await session.signOut();

    await session.signIn(ADMIN);
    await accounts.openTab();
    await expect(accounts.row(CLERK.username)).toContainText('正常');
    await accounts.button(`重置${CLERK.username}的密码`).click();
    const dialog = app.page.getByRole('dialog', { name: /^重置密码/ });
    await dialog.getByLabel('新密码', { exact: true }).fill('chongzhi2026');
    await dialog.getByLabel('确认密码', { exact: true }).fill('chongzhi2026');
    await dialog.getByLabel('确认密码', { exact: true }).press('Enter');
    await expect(dialog).toBeHidden({ timeout: 20_000 });
    await expect(accounts.row(CLERK.username)).toContainText('待修改初始密码');
    await session.signOut();
    await session.trySignIn({ username: CLERK.username, password: 'chongzhi2026' });
    await session.expectScreen('initialPassword');
  });

  test('a kept session resumes only the account it was issued to: another account’s id in sessionStorage signs nobody in', async ({
    app,
    session,
  }) => {
    const keptSession = () =>
      app.page.evaluate(
        () =>
          JSON.parse(sessionStorage.getItem('desk-session') ?? 'null') as {
            userId: string;
            token: string;
            lastActivityMs: number;
          } | null,
      );
    await expect.poll(async () => (await keptSession())?.token ?? '').not.toBe('');
    const admin = await keptSession();
    const accounts = new AccountsPage(app.page);
    await accounts.openTab();
    await accounts.create(CLERK);
    await session.signOut();
    expect(await keptSession()).toBeNull();
    await session.signIn(CLERK);
    await expect.poll(async () => (await keptSession())?.token ?? '').not.toBe('');

    // The 接待员 writes the administrator's id beside their own token and reloads.
    await app.page.evaluate((adminId) => {
      const kept = JSON.parse(sessionStorage.getItem('desk-session') ?? '{}') as Record<string, unknown>;
      sessionStorage.setItem('desk-session', JSON.stringify({ ...kept, userId: adminId }));
    }, admin?.userId ?? '');
    await session.page.reload();
    await session.expectScreen('signIn');
    await expect(session.signInNotice).toContainText('登录状态已失效');
    // The administrator's own token, once signed out, resumes nobody either.
    await app.page.evaluate(
      (stale) => sessionStorage.setItem('desk-session', JSON.stringify({ ...stale, lastActivityMs: Date.now() })),
      admin,
    );
    await session.page.reload();
    await session.expectScreen('signIn');
  });

  test('the user menu opened from the keyboard takes the focus to its items, and the arrow keys move through them', async ({
    session,
  }) => {
    await session.userMenu.focus();
    await session.page.keyboard.press('Enter');
    await expect(session.page.getByRole('menuitem', { name: '锁定' })).toBeFocused();
    await session.page.keyboard.press('ArrowDown');
    await expect(session.page.getByRole('menuitem', { name: '修改密码' })).toBeFocused();
    await session.page.keyboard.press('Enter');
    await expect(session.changePasswordDialog).toBeVisible();
  });
});

test.describe('Enter submits the account dialogs as their button does', () => {
  test('修改密码: Enter in the last field names a missing field, then changes the password', async ({ session }) => {
    await session.chooseFromUserMenu('修改密码');
    const dialog = session.changePasswordDialog;
    await dialog.getByLabel('新密码', { exact: true }).fill('xinfang2027');
    await dialog.getByLabel('确认新密码', { exact: true }).fill('xinfang2027');
    await dialog.getByLabel('确认新密码', { exact: true }).press('Enter');
    await expect(dialog).toContainText('请填写原密码');

    // Enter in an earlier field moves on, as in every form of the desk.
    await dialog.getByLabel('原密码', { exact: true }).fill(ADMIN.password);
    await dialog.getByLabel('原密码', { exact: true }).press('Enter');
    await expect(dialog.getByLabel('新密码', { exact: true })).toBeFocused();
    await expect(dialog).toBeVisible();
    await dialog.getByLabel('确认新密码', { exact: true }).press('Enter');
    await expect(dialog).toBeHidden({ timeout: 20_000 });
    await expect(session.toast('密码已修改')).toBeVisible();

    await session.signOut();
    await session.trySignIn(ADMIN);
    await expect(session.refusal()).toContainText('登录名或密码不正确');
    await session.signIn({ username: ADMIN.username, password: 'xinfang2027' });
  });

  test('新建账号: Enter in the last field names a missing field, then creates an account that signs in', async ({
    app,
    session,
  }) => {
    const accounts = new AccountsPage(app.page);
    await accounts.openTab();
    await accounts.button('新建账号').click();
    const dialog = app.page.getByRole('dialog', { name: '新建账号' });
    await dialog.getByLabel('登录名', { exact: true }).fill(CLERK.username);
    await dialog.getByLabel('初始密码', { exact: true }).fill(CLERK.password);
    await dialog.getByLabel('确认密码', { exact: true }).fill(CLERK.password);
    await dialog.getByLabel('确认密码', { exact: true }).press('Enter');
    await expect(dialog).toContainText('请填写姓名');

    await dialog.getByLabel('姓名', { exact: true }).fill(CLERK.displayName);
    await dialog.getByLabel('确认密码', { exact: true }).press('Enter');
    await expect(dialog).toBeHidden({ timeout: 20_000 });
    await expect(accounts.row(CLERK.username)).toContainText('接待员');

    await session.signOut();
    await session.signIn(CLERK);
    await expect(session.userMenu).toHaveText(/张敏 · 接待员/);
  });

  test('重置密码: Enter in the last field names a missing field, then resets the password', async ({
    app,
    session,
  }) => {
    const accounts = new AccountsPage(app.page);
    await accounts.openTab();
    await accounts.create(CLERK);
    await accounts.button(`重置${CLERK.username}的密码`).click();
    const dialog = app.page.getByRole('dialog', { name: /^重置密码/ });
    await dialog.getByLabel('新密码', { exact: true }).fill('chongzhi2026');
    await dialog.getByLabel('确认密码', { exact: true }).press('Enter');
    await expect(dialog).toContainText('请再次输入密码');

    await dialog.getByLabel('确认密码', { exact: true }).fill('chongzhi2026');
    await dialog.getByLabel('确认密码', { exact: true }).press('Enter');
    await expect(dialog).toBeHidden({ timeout: 20_000 });
    await expect(accounts.toast(`已重置${CLERK.displayName}的密码`)).toBeVisible();

    await session.signOut();
    await session.trySignIn(CLERK);
    await expect(session.refusal()).toContainText('登录名或密码不正确');
    await session.signIn({ username: CLERK.username, password: 'chongzhi2026' });
  });
});
