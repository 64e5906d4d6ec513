import { expect, type Locator } from '@playwright/test';
import { BasePage } from './base.page';

export interface Credentials {
  username: string;
  password: string;
}

export interface NewAdmin extends Credentials {
  displayName: string;
}

/** The screen the session shows (`data-session` on <html>, set by app/session/SessionGate). */
export type SessionScreen = 'firstRun' | 'signIn' | 'signedIn' | 'locked' | 'initialPassword';

/**
 * The password the sign-in helper sets when an account first signs in with the one the administrator chose (a new
 * account, or after 重置密码): sign in with `{ ...credentials, password: ownPassword(credentials) }` after that.
 */
export function ownPassword({ password }: Credentials): string {
  return `${password}own`;
}

/** 创建管理员账号 (first run), 登录, the user menu (锁定, 修改密码, 退出登录) and the lock view. */
export class SessionPage extends BasePage {
  async expectScreen(screen: SessionScreen): Promise<void> {
    await expect(
      this.page.locator(`html[data-session="${screen}"]`),
      `the desk never showed the ${screen} screen`,
    ).toHaveCount(1, { timeout: 15_000 });
  }

  /** 首次运行: creates the administrator, who is then signed in, and waits until the app is ready. */
  async createFirstAdmin(admin: NewAdmin): Promise<void> {
    await this.expectScreen('firstRun');
    const form = this.page.getByRole('form', { name: '创建管理员账号' });
    await form.getByLabel('登录名', { exact: true }).fill(admin.username);
    await form.getByLabel('姓名', { exact: true }).fill(admin.displayName);
    await form.getByLabel('密码', { exact: true }).fill(admin.password);
    await form.getByLabel('确认密码', { exact: true }).fill(admin.password);
    await form.getByRole('button', { name: '创建并登录' }).click();
    await this.expectScreen('signedIn');
    await this.waitUntilReady();
  }

  get signInForm(): Locator {
    return this.page.getByRole('form', { name: '登录' });
  }

  /** Types the credentials into 登录 and submits; the caller checks the outcome (`signIn` waits for success). */
  async trySignIn({ username, password }: Credentials): Promise<void> {
    await this.expectScreen('signIn');
    await this.signInForm.getByLabel('登录名', { exact: true }).fill(username);
    await this.signInForm.getByLabel('密码', { exact: true }).fill(password);
    await this.signInForm.getByRole('button', { name: '登录' }).click();
  }

  /**
   * Signs in and waits until the desk is ready. An account signing in with its initial password is first made to set
   * its own (`ownPassword`), which this does; returns the credentials that sign in from now on.
   */
  async signIn(credentials: Credentials): Promise<Credentials> {
    await this.trySignIn(credentials);
    const screen = this.page.locator('html[data-session="signedIn"], html[data-session="initialPassword"]');
    await expect(screen, 'the desk neither opened nor asked for a new password').toHaveCount(1, { timeout: 15_000 });
    let current = credentials;
    if ((await screen.getAttribute('data-session')) === 'initialPassword') {
      current = { ...credentials, password: ownPassword(credentials) };
      await this.setOwnPassword(credentials.password, current.password);
    }
    await this.expectScreen('signedIn');
    await this.waitUntilReady();
    return current;
  }

  /** 设置新密码, shown at the first sign-in with an initial password. */
  get initialPasswordForm(): Locator {
    return this.page.getByRole('form', { name: '设置新密码' });
  }

  /** Types the initial and the new password into 设置新密码 and submits; the caller checks the outcome. */
  async setOwnPassword(initial: string, chosen: string): Promise<void> {
    await this.expectScreen('initialPassword');
    await this.initialPasswordForm.getByLabel('初始密码', { exact: true }).fill(initial);
    await this.initialPasswordForm.getByLabel('新密码', { exact: true }).fill(chosen);
    await this.initialPasswordForm.getByLabel('确认新密码', { exact: true }).fill(chosen);
    await this.initialPasswordForm.getByRole('button', { name: '设置新密码并进入' }).click();
  }

  /** Why the desk asks to sign in again (left before a reload, e.g. of a locked desk); shown only while no refusal is. */
  get signInNotice(): Locator {
    return this.page.getByRole('main').getByRole('alert');
  }

  /** The refusal shown on the sign-in or lock screen. */
  refusal(): Locator {
    return this.page.getByRole('alert');
  }

  /** The header's user menu button: '王丽 · 管理员'. */
  get userMenu(): Locator {
    return this.page.getByRole('button', { name: /^用户菜单：/ });
  }

  async chooseFromUserMenu(item: '锁定' | '修改密码' | '退出登录'): Promise<void> {
    await this.userMenu.click();
    await this.page.getByRole('menuitem', { name: item }).click();
  }

  /** 修改密码 from the user menu. */
  get changePasswordDialog(): Locator {
    return this.page.getByRole('dialog', { name: '修改密码' });
  }

  /** 退出登录: the page reloads to 登录. With an unsaved draft the desk asks first: `draft` answers 保留 or 放弃. */
  async signOut(draft?: '保留' | '放弃'): Promise<void> {
    await this.chooseFromUserMenu('退出登录');
    if (draft) await this.signOutDraftDialog.getByRole('button', { name: draft }).click();
    await this.expectScreen('signIn');
  }

  /** 退出登录's question about an unsaved draft: 取消, 放弃 or 保留. */
  get signOutDraftDialog(): Locator {
    return this.page.getByRole('dialog', { name: /^退出登录：有未保存的草稿/ });
  }

  /** The main menu's entries, in order. */
  async menuItems(): Promise<string[]> {
    return this.page.getByRole('navigation', { name: '主菜单' }).getByRole('menuitem').allInnerTexts();
  }

  get lockView(): Locator {
    return this.page.getByRole('dialog', { name: '工作台已锁定' });
  }

  /**
   * Nobody touches keyboard or mouse for `minutes`: the desk clock jumps ahead without the input `setClock` adds, and
   * the idle watch (checking every 5 s) locks the desk.
   */
  async idleFor(minutes: number): Promise<void> {
    await this.page.evaluate((ms) => {
      const clock = (globalThis as { __deskClock?: { set(iso: string): void } }).__deskClock;
      if (!clock) throw new Error('window.__deskClock is missing');
      clock.set(new Date(Date.now() + ms).toISOString());
    }, minutes * 60_000);
  }

  /**
   * How long a password check may take: it hashes the password (PBKDF2, policy strength), seconds on a loaded 2-core
   * machine, as the sign-in waits above allow.
   */
  static readonly PASSWORD_CHECK = { timeout: 15_000 } as const;

  /** Types a password into the lock view and submits; the caller checks the outcome. */
  async tryUnlock(password: string): Promise<void> {
    await this.lockView.getByLabel('密码', { exact: true }).fill(password);
    await this.lockView.getByRole('button', { name: '解锁' }).click();
  }
}
