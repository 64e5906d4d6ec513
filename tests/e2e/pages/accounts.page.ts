import { expect, type Locator } from '@playwright/test';
import { BasePage } from './base.page';
import type { SessionPage } from './session.page';

export type RoleLabel = '管理员' | '接待员' | '办理人' | '领导' | '审计员' | '党支部书记';

export interface NewAccount {
  username: string;
  displayName: string;
  role: RoleLabel;
  password: string;
  confidentialAccess?: boolean;
  /** 所属党支部, for a 党支部书记. */
  partyBranch?: string;
}

/** 设置 → 账号管理 (administrator): the account list and its dialogs. */
export class AccountsPage extends BasePage {
  async openTab(): Promise<void> {
    await this.goTo('设置');
    await this.page.getByRole('tab', { name: '账号管理' }).click();
    await expect(this.list).toBeVisible();
  }

  get list(): Locator {
    return this.page.getByRole('table', { name: '账号列表' });
  }

  /** The list's row of one account, by 登录名. */
  row(username: string): Locator {
    return this.list.getByRole('row').filter({ has: this.page.getByRole('cell', { name: username, exact: true }) });
  }

  async create(account: NewAccount): Promise<void> {
    await this.button('新建账号').click();
    const dialog = this.page.getByRole('dialog', { name: '新建账号' });
    await dialog.getByLabel('登录名', { exact: true }).fill(account.username);
    await dialog.getByLabel('姓名', { exact: true }).fill(account.displayName);
    await dialog.getByRole('radio', { name: account.role }).check();
    if (account.confidentialAccess) await dialog.getByRole('checkbox', { name: '可查看保密信访人身份' }).check();
    if (account.partyBranch) {
      // Typed, then Enter on the one match: the list holds every branch, more than its popup shows.
      const branch = dialog.getByRole('combobox', { name: '所属党支部' });
      await branch.click();
      await branch.fill(account.partyBranch);
      await expect(this.openPopup().locator(`.ant-select-item-option[title="${account.partyBranch}"]`)).toBeVisible();
      await branch.press('Enter');
      await expect(this.selectBox(branch)).toContainText(account.partyBranch);
    }
    await dialog.getByLabel('初始密码', { exact: true }).fill(account.password);
    await dialog.getByLabel('确认密码', { exact: true }).fill(account.password);
    await dialog.getByRole('button', { name: '创建账号' }).click();
    // Creating hashes the password (about 200 ms alone, far longer on a loaded machine).
    await expect(dialog).toBeHidden({ timeout: 30_000 });
    await expect(this.row(account.username)).toContainText(account.role);
  }

  /** The administrator creates the account and signs out; the new account signs in. */
  async createAndSignIn(account: NewAccount, session: SessionPage): Promise<void> {
    await this.openTab();
    await this.create(account);
    await session.signOut();
    await session.signIn(account);
  }
}
