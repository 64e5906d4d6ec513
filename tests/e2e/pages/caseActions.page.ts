import { expect, type Locator } from '@playwright/test';
import { DetailPage } from './detail.page';

/** The case page's 期限 and 办理 cards and the action dialogs, over the 信访事项 page. */
export class CasePage extends DetailPage {
  get deadlines(): Locator {
    return this.page.getByTestId('deadline');
  }
  /** The line shown when no period of the case is running. */
  get noDeadlines(): Locator {
    return this.section('期限').getByText('当前没有正在计算的期限');
  }
  get actions(): Locator {
    return this.page.getByRole('toolbar', { name: '办理操作' });
  }
  /** The warning shown when `?action=` names an action the case does not allow now. */
  get actionNotice(): Locator {
    return this.page.getByTestId('case-action-notice');
  }

  deadline(label: string): Locator {
    return this.deadlines.filter({ hasText: label });
  }

  action(label: string): Locator {
    return this.actions.getByRole('button', { name: label, exact: true });
  }

  /** The open dialog of an action; its title is '<label> · <number>'. */
  dialog(label: string): ActionDialog {
    return new ActionDialog(this, this.page.getByRole('dialog', { name: new RegExp(`^${label} · `) }), label);
  }

  /**
   * Clicks an action's button and waits for its dialog, and until the dialog has focused its first field (when its
   * opening animation ends), so nothing is typed into a form that is not ready yet.
   */
  async openAction(label: string): Promise<ActionDialog> {
    await this.action(label).click();
    const dialog = this.dialog(label);
    await expect(dialog.root).toBeVisible();
    if ((await dialog.firstField.count()) > 0) await expect(dialog.firstField).toBeFocused();
    return dialog;
  }

  /** The newest timeline event. */
  get lastEvent(): Locator {
    return this.timeline.last();
  }
}

/** One action's form in its dialog. */
export class ActionDialog {
  constructor(
    private readonly casePage: CasePage,
    readonly root: Locator,
    private readonly label: string,
  ) {}

  field(label: string): Locator {
    return this.root.getByLabel(label, { exact: true });
  }
  radio(label: string): Locator {
    return this.root.getByRole('radio', { name: label, exact: true });
  }
  /** The field the dialog focuses when it opens. */
  get firstField(): Locator {
    return this.root.locator('input:not([type=hidden]), textarea').first();
  }
  /** Fills a text field and checks it holds the text. */
  async fillText(label: string, text: string): Promise<void> {
    const control = this.field(label);
    await control.fill(text);
    await expect(control).toHaveValue(text);
  }
  /** A select's own popup (its listbox id is in aria-controls), not one of another select still fading out. */
  async popupOf(control: Locator): Promise<Locator> {
    const listId = await control.getAttribute('aria-controls');
    return this.root
      .page()
      .locator('.ant-select-dropdown')
      .filter({ has: this.root.page().locator(`[id="${listId}"]`) });
  }
  /**
   * Chooses a 包案领导 or 承办人 by typing the name and taking it with Enter: the one listed name left, or, for a name
   * not yet on 办理人员, the single 「添加“…”」 option that puts it on the list.
   */
  async chooseStaff(label: '包案领导' | '承办人', name: string): Promise<void> {
    const control = this.field(label);
    await control.click();
    await control.fill(name);
    const popup = await this.popupOf(control);
    await expect(popup.locator('.ant-select-item-option')).toHaveCount(1);
    await control.press('Enter');
    await expect(this.casePage.selectBox(control)).toContainText(name, { timeout: 15_000 });
  }
  /** The refusal shown above the fields. */
  get problem(): Locator {
    return this.root.getByTestId('case-action-problem');
  }
  /** The rows of the 答复 form, '第n项诉求' (1-based). */
  claim(n: number): Locator {
    return this.root.getByRole('group', { name: `第${n}项诉求`, exact: true });
  }
  /** A field of a 答复 row: '诉求', '处理结果', '处理意见'. */
  claimField(n: number, label: '诉求' | '处理结果' | '处理意见'): Locator {
    return this.claim(n).getByLabel(label, { exact: true });
  }
  get claims(): Locator {
    return this.root.getByRole('group', { name: /^第\d+项诉求$/ });
  }

  /** Types a day into a date picker ('YYYY-MM-DD') and takes it with Enter. */
  async fillDay(label: string, day: string): Promise<void> {
    const control = this.field(label);
    await control.click();
    await control.fill(day);
    await control.press('Enter');
    await expect(control).toHaveValue(day);
  }

  /**
   * Types a day into a date picker ('YYYY-MM-DD') and leaves it with Tab. For forms whose only single-line field is
   * the date: there Enter would submit the whole form (HTML implicit submission).
   */
  async fillDayWithoutEnter(label: string, day: string): Promise<void> {
    const control = this.field(label);
    await control.click();
    await control.fill(day);
    await control.press('Tab');
    await expect(control).not.toBeFocused();
    await expect(control).toHaveValue(day);
  }

  /** Types into a field that suggests values (送达方式) and closes the suggestions, which would cover the buttons. */
  async fillSuggested(label: string, text: string): Promise<void> {
    const control = this.field(label);
    await control.fill(text);
    if ((await control.getAttribute('aria-expanded')) === 'true') await control.press('Escape');
    await expect(control).toHaveAttribute('aria-expanded', 'false');
    await expect(control).toHaveValue(text);
  }

  async choose(control: Locator, option: string): Promise<void> {
    await this.casePage.chooseOption(control, option);
  }

  async submit(): Promise<void> {
    await this.root.getByTestId('case-action-submit').click();
  }

  /** Submits and waits for the dialog to close with the success message. */
  async submitExpecting(success: string): Promise<void> {
    await this.submit();
    await expect(this.root).toBeHidden();
    await expect(this.casePage.toast(success)).toBeVisible();
  }
}
