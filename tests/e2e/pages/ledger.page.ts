import { expect, type Locator } from '@playwright/test';
import { BasePage } from './base.page';

/** 信访台账 (#/ledger): the search box, the filters, the table and its sortable columns. */
export class LedgerPage extends BasePage {
  get search(): Locator {
    return this.page.getByRole('textbox', { name: '搜索台账', exact: true });
  }
  get table(): Locator {
    return this.page.getByRole('table', { name: '信访台账' });
  }
  /** '共 N 件' (and '，符合条件 M 件' while filtered); present once the ledger index has loaded. */
  get total(): Locator {
    return this.page.getByTestId('ledger-total');
  }
  /** The data rows (antd adds an aria-hidden measuring row to the body; the app marks its own rows). */
  get rows(): Locator {
    return this.table.locator('tbody tr.desk-ledger-row');
  }

  /** A filter by its name: 渠道, 问题类别, 信访性质, 涉及单位, 状态, 标记. */
  filter(name: string): Locator {
    return this.page.getByRole('combobox', { name, exact: true });
  }

  row(regNo: string): Locator {
    return this.rows.filter({ has: this.page.getByRole('link', { name: regNo, exact: true }) });
  }

  /** Waits until the ledger index has loaded (the total appears) and holds `count` petitions in all. */
  async expectLoaded(count: number): Promise<void> {
    await expect(this.total).toHaveText(new RegExp(`^共 ${count} 件`));
  }

  async searchFor(text: string): Promise<void> {
    await this.search.fill(text);
  }

  /** The registration numbers of the rows shown, top to bottom; waits for exactly these (in this order). */
  async expectRegNos(regNos: readonly string[]): Promise<void> {
    await expect(this.rows.locator('td:first-child')).toHaveText(regNos.map((n) => new RegExp(`^${n}$`)));
  }

  async chooseFilter(name: string, option: string): Promise<void> {
    await this.chooseOption(this.filter(name), option);
  }

  /** Clicks a column header to sort by it (antd cycles: ascending, descending, off). */
  async clickColumnHeader(title: string): Promise<void> {
    await this.table.getByRole('columnheader', { name: title }).click();
  }

  async openPetition(regNo: string): Promise<void> {
    await this.row(regNo).getByRole('link', { name: regNo, exact: true }).click();
  }
}
