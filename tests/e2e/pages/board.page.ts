import { expect, type Locator } from '@playwright/test';
import { BasePage } from './base.page';

/** The lists of the board, as their tabs read. */
export type BoardList = '临期' | '超期' | '待受理' | '待答复' | '待回访';

/** 督办台 (#/board) and 我的案件 (#/my-cases): the list tabs with their counts, the grouping switch, the case rows. */
export class BoardPage extends BasePage {
  /** '在办 N 件（截至 YYYY-MM-DD）', present once the ledger index has loaded. */
  get total(): Locator {
    return this.page.getByTestId('board-total');
  }
  /** 我的案件's name field: a select of the account's own name and 办理人员. */
  get person(): Locator {
    return this.field('承办人或包案领导');
  }
  /** Opens 我的案件 for a person on the list. */
  async choosePerson(name: string): Promise<void> {
    await this.chooseOption(this.person, name);
  }
  /** The person 我的案件 is open for, as the select shows it. */
  get chosenPerson(): Locator {
    return this.selectBox(this.person);
  }

  tab(list: BoardList): Locator {
    return this.page.getByRole('tab', { name: new RegExp(`^${list}`) });
  }

  /** A case's row in the list shown (in every group when grouped). */
  row(regNo: string): Locator {
    return this.page.getByTestId(`board-row-${regNo}`);
  }

  /** A group's section when the list is grouped by 承办单位 or 包案领导. */
  group(label: string): Locator {
    return this.page.getByRole('region', { name: label, exact: true });
  }

  async showList(list: BoardList): Promise<void> {
    await this.tab(list).click();
    await expect(this.tab(list)).toHaveAttribute('aria-selected', 'true');
  }

  /** The count badge of a list's tab. */
  async expectCount(list: BoardList, count: number): Promise<void> {
    await expect(this.tab(list)).toHaveText(new RegExp(`^${list}\\s*${count}$`));
  }

  async groupBy(option: '不分组' | '按承办单位' | '按包案领导'): Promise<void> {
    await this.page.getByRole('radiogroup', { name: '分组方式' }).getByText(option, { exact: true }).click();
  }

  /** The deadline cell of a case's row: the period's name, due day, 正常/临期/超期 and the days left. */
  async expectDeadline(
    regNo: string,
    parts: { label: string; due: string; state: '正常' | '临期' | '超期'; days: string },
  ): Promise<void> {
    const cell = this.row(regNo).getByTestId('board-deadline');
    await expect(cell).toContainText(parts.label);
    await expect(cell).toContainText(parts.due);
    await expect(cell).toContainText(parts.state);
    await expect(cell).toContainText(parts.days);
  }

  /** The button of the case's next action, e.g. '受理'. */
  nextAction(regNo: string, label: string): Locator {
    return this.row(regNo).getByRole('button', { name: label, exact: true });
  }
}
