import { expect, type Download, type Locator } from '@playwright/test';
import { BasePage } from './base.page';

/** An emergency as the clerk registers it. */
export interface EmergencyEntry {
  reportedAt: string;
  /** The 地点类别 option as the select shows it, e.g. '赴京（6小时内到场）'. */
  location?: string;
  place: string;
  headcount?: number;
  demands?: string;
  unit?: string;
}

/** 突发事件 (#/emergencies): the list, 登记突发事件, and one event's drawer. */
export class EmergencyPage extends BasePage {
  get table(): Locator {
    return this.page.getByRole('table', { name: '突发事件' });
  }
  get rows(): Locator {
    return this.table.locator('tbody tr.desk-emergency-row');
  }
  dialog(title: string): Locator {
    return this.page.getByRole('dialog', { name: title });
  }
  get drawer(): Locator {
    return this.page.getByRole('dialog', { name: /^突发事件：/ });
  }
  get countdown(): Locator {
    return this.drawer.getByTestId('arrival-countdown');
  }
  get clock(): Locator {
    return this.drawer.getByTestId('arrival-clock');
  }

  /** Picks a unit in the dialog's multiple 涉及单位 select by typing its name. */
  async chooseUnit(dialog: Locator, name: string): Promise<void> {
    const control = dialog.getByLabel('涉及单位', { exact: true });
    await this.centre(control);
    await control.click();
    await control.fill(name);
    await expect(
      this.openPopup().locator('.ant-select-tree-node-content-wrapper', { hasText: name }).first(),
    ).toBeVisible();
    await control.press('Enter');
    await control.press('Escape');
    await expect(dialog.locator('.ant-select-selection-item', { hasText: name })).toBeVisible();
  }

  /** Fills the 登记突发事件 dialog (already open) and saves it; the event's drawer then opens. */
  async fillRegistration(entry: EmergencyEntry): Promise<void> {
    const dialog = this.dialog('登记突发事件');
    await this.fillPicker(dialog, '报告时间', entry.reportedAt);
    if (entry.location) await this.chooseOption(dialog.getByLabel('地点类别', { exact: true }), entry.location);
    await dialog.getByLabel('具体地点', { exact: true }).fill(entry.place);
    if (entry.headcount !== undefined) await dialog.getByLabel('人数', { exact: true }).fill(String(entry.headcount));
    if (entry.demands !== undefined) await dialog.getByLabel('诉求', { exact: true }).fill(entry.demands);
    if (entry.unit) await this.chooseUnit(dialog, entry.unit);
    await dialog.getByRole('button', { name: '登记', exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(this.drawer).toBeVisible();
  }

  async register(entry: EmergencyEntry): Promise<void> {
    await this.page.getByRole('button', { name: '登记突发事件', exact: true }).click();
    await this.fillRegistration(entry);
  }

  async recordArrival(leaders: string, arrivedAt: string): Promise<void> {
    await this.drawer.getByRole('button', { name: '记录到场' }).click();
    const dialog = this.dialog('记录到场');
    await dialog.getByLabel('到场领导', { exact: true }).fill(leaders);
    await this.fillPicker(dialog, '到场时间', arrivedAt);
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect(dialog).toBeHidden();
  }

  async addStep(kind: string, at: string, text: string): Promise<void> {
    await this.drawer.getByRole('button', { name: '添加处置步骤' }).click();
    const dialog = this.dialog('添加处置步骤');
    await this.chooseOption(dialog.getByLabel('步骤类型', { exact: true }), kind);
    await this.fillPicker(dialog, '时间', at);
    await dialog.getByLabel('处置情况', { exact: true }).fill(text);
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect(dialog).toBeHidden();
  }

  async addAftercare(text: string, deadline: string): Promise<void> {
    await this.drawer.getByRole('button', { name: '添加善后措施' }).click();
    const dialog = this.dialog('添加善后措施');
    await dialog.getByLabel('善后措施', { exact: true }).fill(text);
    await this.fillPicker(dialog, '完成时限', deadline);
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect(dialog).toBeHidden();
  }

  async fillAnalysis(a: { cause: string; loss: string; fund: string; lessons: string }): Promise<void> {
    const form = this.page.getByRole('form', { name: '原因分析与损失评估' });
    await form.getByLabel('原因分析', { exact: true }).fill(a.cause);
    await form.getByLabel('损失评估', { exact: true }).fill(a.loss);
    await form.getByLabel('备用金（元）', { exact: true }).fill(a.fund);
    await form.getByLabel('经验教训', { exact: true }).fill(a.lessons);
    await form.getByRole('button', { name: '保存分析' }).click();
    await expect(this.toast('分析已保存')).toBeVisible();
  }

  /** Opens 结束处置 and confirms it; returns the dialog (still open when refused). */
  async close(at: string): Promise<Locator> {
    await this.drawer.getByRole('button', { name: '结束处置' }).click();
    const dialog = this.dialog('结束处置');
    await this.fillPicker(dialog, '结束时间', at);
    await dialog.getByRole('button', { name: /结束处置$/ }).click();
    return dialog;
  }

  /** 重大风险专报 of the open event, with the 主送 and 签发人 given (as drafted when absent). */
  async specialReport(entry: { to?: string; signer?: string }): Promise<Download> {
    await this.drawer.getByRole('button', { name: '重大风险专报' }).click();
    const dialog = this.page.getByRole('dialog', { name: /^重大风险专报：/ });
    await expect(dialog.getByLabel('主送', { exact: true })).not.toHaveValue('');
    return this.issueSpecialReport(dialog, entry);
  }
}
