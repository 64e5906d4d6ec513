import { expect, type Locator } from '@playwright/test';
import { BasePage } from './base.page';

/** 修改登记, 作废 and 关联事项 on the case page (#/petitions/:id). */
export class CorrectionPage extends BasePage {
  get dialog(): Locator {
    return this.page.getByRole('dialog', { name: '修改登记' });
  }

  /** A field of the 修改登记 dialog by its label (the registration form's own fields, plus 修改原因). */
  dialogField(label: string): Locator {
    return this.dialog.getByLabel(label, { exact: true });
  }

  async openCorrection(): Promise<void> {
    await this.button('修改登记').click();
    await expect(this.dialogField('反映问题摘要')).not.toHaveValue('');
  }

  async saveCorrection(reason: string): Promise<void> {
    await this.dialogField('修改原因').fill(reason);
    await this.dialog.getByRole('button', { name: '保存修改' }).click();
    await expect(this.dialog).toBeHidden();
  }

  async voidWith(reason: string): Promise<void> {
    await this.button('作废').click();
    const dialog = this.page.getByRole('dialog', { name: /^作废/ });
    await dialog.getByLabel('作废原因').fill(reason);
    await dialog.getByRole('button', { name: '确认作废' }).click();
    await expect(dialog).toBeHidden();
  }

  get linked(): Locator {
    return this.page.getByTestId('linked-petitions');
  }

  async linkTo(regNo: string): Promise<void> {
    await this.page.getByRole('textbox', { name: '关联的登记编号' }).fill(regNo);
    await this.button('关联事项').click();
    await expect(this.linked).toContainText(regNo);
  }
}
