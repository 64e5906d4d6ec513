import { expect, type Locator } from '@playwright/test';
import { BasePage } from './base.page';

/** 设置 → 党支部 (administrator): add a branch, choose its units, rename or retire it. */
export class PartyBranchesPage extends BasePage {
  async openTab(): Promise<void> {
    await this.goTo('设置');
    await this.page.getByRole('tab', { name: '党支部' }).click();
    await expect(this.list).toBeVisible();
  }

  get list(): Locator {
    return this.page.getByTestId('party-branches');
  }

  /** The list's row of one branch, by its name. */
  row(name: string): Locator {
    return this.list.getByRole('row').filter({ hasText: name });
  }

  async add(name: string): Promise<void> {
    await this.field('新党支部名称').fill(name);
    await this.button('添加党支部').click();
    await expect(this.toast(`已添加党支部“${name}”`)).toBeVisible();
    await expect(this.row(name)).toBeVisible();
  }

  /** 划入单位: picks each unit in the branch's 所含单位 list; each pick is saved at once. */
  async assignUnits(branch: string, units: readonly string[]): Promise<void> {
    const control = this.page.getByRole('combobox', { name: `${branch}所含单位` });
    for (const unit of units) {
      await this.chooseOption(control, unit);
      await expect(this.toast(`“${branch}”的单位已保存`).first()).toBeVisible();
    }
  }
}
