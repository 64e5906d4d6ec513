import { expect, type Locator } from '@playwright/test';
import { BasePage } from './base.page';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** 设置 (#/settings): 基本设置, and the two tree editors (单位, 问题类别). */
export class SettingsPage extends BasePage {
  card(title: string): Locator {
    return this.page
      .locator('.ant-card')
      .filter({ has: this.page.locator('.ant-card-head-title', { hasText: new RegExp(`^${title}$`) }) });
  }

  /**
   * A 基本设置 field. The horizontal form's label ends in a CSS colon that counts in the accessible name
   * ('单位名称 :'), so the label is matched by its start inside the card rather than exactly.
   */
  general(label: string): Locator {
    return this.card('基本设置').getByLabel(new RegExp(`^${escapeRegExp(label)}`));
  }

  async saveGeneral(values: {
    orgName?: string;
    collectiveThreshold?: number;
    attachmentMaxMb?: number;
  }): Promise<void> {
    if (values.orgName !== undefined) await this.general('单位名称').fill(values.orgName);
    if (values.collectiveThreshold !== undefined)
      await this.general('集体访人数').fill(String(values.collectiveThreshold));
    if (values.attachmentMaxMb !== undefined) await this.general('附件大小上限').fill(String(values.attachmentMaxMb));
    await this.button('保存设置').click();
    await expect(this.toast('设置已保存')).toBeVisible();
  }

  /** A settings tab, opened from the menu: the form it holds. */
  private async openFormTab(tab: string, formTestId: string): Promise<Locator> {
    await this.goTo('设置');
    await this.page.getByRole('tab', { name: tab }).click();
    const form = this.page.getByTestId(formTestId);
    await expect(form).toBeVisible();
    return form;
  }

  /** 办理人员: opens its tab. */
  openStaff(): Promise<Locator> {
    return this.openFormTab('办理人员', 'staff-form');
  }

  /** 风险预控: opens its tab. */
  openRisk(): Promise<Locator> {
    return this.openFormTab('风险预控', 'risk-settings-form');
  }

  /** 复查复核机关: opens its tab. */
  openReviewBodies(): Promise<Locator> {
    return this.openFormTab('复查复核机关', 'review-bodies-form');
  }

  /** Adds a person to 办理人员 (as 承办人, the form's default) without saving yet. */
  async addStaff(name: string): Promise<void> {
    const form = this.page.getByTestId('staff-form');
    await form.getByLabel('新增人员').fill(name);
    await form.getByRole('button', { name: '添加' }).click();
    await expect(form.getByRole('cell', { name, exact: true })).toBeVisible();
  }

  /** A person's duty or 停用 box in 办理人员. */
  staffBox(name: string, box: '可任包案领导' | '可任承办人' | '停用'): Locator {
    return this.page.getByTestId('staff-form').getByRole('checkbox', { name: `${name}${box}`, exact: true });
  }

  /** One tree editor: noun '单位' or '类别' (its card is titled 单位 / 问题类别). */
  tree(noun: '单位' | '类别'): TreeEditorPanel {
    return new TreeEditorPanel(this, this.card(noun === '单位' ? '单位' : '问题类别'), noun);
  }
}

/** The buttons, tree and dialog of the shared TreeEditor. */
export class TreeEditorPanel {
  constructor(
    private readonly settings: SettingsPage,
    readonly card: Locator,
    private readonly noun: '单位' | '类别',
  ) {}

  /** A tree node by its exact name (a unit's 党支部 is shown after it in brackets; expanded parents carry an icon). */
  node(name: string): Locator {
    const icon = '(?:(?:minus|plus)-square )?';
    return this.card.getByRole('treeitem', { name: new RegExp(`^${icon}${escapeRegExp(name)}(?: （[^）]*）)?$`) });
  }

  async select(name: string): Promise<void> {
    await this.node(name).locator('.ant-tree-node-content-wrapper').click();
    await expect(this.card.getByText(new RegExp(`^已选：.*${escapeRegExp(name)}$`))).toBeVisible();
  }

  /** 添加下级单位/类别 under `parent`, named `name`, through the dialog. */
  async addChild(parent: string, name: string): Promise<void> {
    await this.select(parent);
    await this.card.getByRole('button', { name: `添加下级${this.noun}` }).click();
    const dialog = this.settings.page.getByRole('dialog');
    await dialog.getByLabel(`${this.noun}名称`, { exact: true }).fill(name);
    await dialog.getByRole('button', { name: /保\s*存$/ }).click();
    await expect(dialog).toBeHidden();
    await expect(this.node(name)).toBeVisible();
  }

  /** Selects `name`, clicks 删除 and confirms; the caller checks the outcome (deleted or refused). */
  async delete(name: string): Promise<void> {
    await this.select(name);
    await this.card.getByRole('button', { name: `删除${this.noun}` }).click();
    // Matched by its end: after a confirm that awaited the database, antd may leave its (invisible) loading icon in
    // the button, whose accessible name then reads 'loading 删除'.
    await this.settings.page
      .locator('.ant-popconfirm')
      .getByRole('button', { name: /删\s*除$/ })
      .click();
  }
}
