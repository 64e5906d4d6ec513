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
export type SessionScreen = 'firstRun' | 'signIn' | 'signedIn' | 'locked';

/** 创建管理员账号 (first run), 登录, the user menu (锁定, 修改密码, 退出登录) and the lock view. */
export class SessionPage extends BasePage {
  async expectScreen(screen: SessionScreen): Promise<void> {
    await expect(this.page.locator(`html[data-session="${screen}"]`), `the desk never showed the ${screen} screen`).toHaveCount(1, { timeout: 15_000 });
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

  async signIn(credentials: Credentials): Promise<void> {
    await this.trySignIn(credentials);
    await this.expectScreen('signedIn');
    await this.waitUntilReady();
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

  /** 退出登录: the page reloads to 登录. */
  async signOut(): Promise<void> {
    await this.chooseFromUserMenu('退出登录');
    await this.expectScreen('signIn');
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

  /** Types a password into the lock view and submits; the caller checks the outcome. */
  async tryUnlock(password: string): Promise<void> {
    await this.lockView.getByLabel('密码', { exact: true }).fill(password);
    await this.lockView.getByRole('button', { name: '解锁' }).click();
  }
}
