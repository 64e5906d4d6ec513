import { expect, type Download, type Locator, type Page } from '@playwright/test';

/** The route a journey starts on unless it asks for another. */
export const DEFAULT_START_PATH = '/#/register';

/**
 * What every page object shares: opening a route and waiting for the app's own readiness signal (the UI sets
 * `document.documentElement.dataset.appReady = 'true'` once the database is open), never for a fixed time.
 * Feature page objects (`register.page.ts`, `ledger.page.ts`, ...) extend this class.
 */
export class BasePage {
  constructor(readonly page: Page) {}

  /** Opens a hash route, e.g. '/#/ledger', and waits until the app is ready. */
  async open(path: string = DEFAULT_START_PATH): Promise<void> {
    await this.page.goto(path);
    await this.waitUntilReady();
  }

  /** Reloads (the database stays, the in-memory state goes) and waits until the app is ready again. */
  async reload(): Promise<void> {
    await this.page.reload();
    await this.waitUntilReady();
  }

  async waitUntilReady(): Promise<void> {
    await expect(
      this.page.locator('html[data-app-ready="true"]'),
      'the app never signalled data-app-ready',
    ).toHaveCount(1, {
      timeout: 15_000,
    });
  }

  /**
   * Sets the app's injectable clock (`window.__deskClock.set(iso, frozen)`), e.g. '2026-05-25T09:30'. Time runs on
   * from there unless `frozen`. The app keeps the setting in sessionStorage, so it survives reloads of this tab.
   * Whoever sets the clock is at the desk: the same step counts as input, so a clock moved days ahead does not lock
   * the desk as idle (`SessionPage.idleFor` moves it without input).
   */
  async setClock(iso: string, frozen = false): Promise<void> {
    await this.page.evaluate(
      ([value, stop]) => {
        // Runs in the page; globalThis is its window (the node tsconfig has no DOM types).
        const page = globalThis as unknown as {
          __deskClock?: { set(iso: string, frozen?: boolean): void };
          dispatchEvent(event: Event): boolean;
        };
        if (!page.__deskClock)
          throw new Error('window.__deskClock is missing: the app must expose its injectable clock');
        page.__deskClock.set(value, stop);
        page.dispatchEvent(new Event('pointermove'));
      },
      [iso, frozen] as const,
    );
  }

  /** A form control by its visible Chinese label (the accessible name the issue requires for every field). */
  field(label: string | RegExp): Locator {
    return this.page.getByLabel(label, { exact: typeof label === 'string' });
  }

  button(name: string | RegExp): Locator {
    return this.page.getByRole('button', { name });
  }

  /** Presses a shortcut the way a clerk would, e.g. 'Control+S'. */
  async press(keys: string): Promise<void> {
    await this.page.keyboard.press(keys);
  }

  /** The main menu on the left: '信访登记', '信访台账', '设置'. */
  async goTo(menuItem: string): Promise<void> {
    await this.page.getByRole('navigation', { name: '主菜单' }).getByRole('menuitem', { name: menuItem }).click();
  }

  /**
   * The antd popup that is open now. Closed popups stay in the DOM (hidden), and one that is closing keeps a
   * `*-leave` motion class for a moment, so both are left out.
   */
  openPopup(): Locator {
    return this.page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden):not([class*="-leave"])');
  }

  /** The whole antd Select / TreeSelect / Cascader around a combobox: its text is what the control shows as chosen. */
  selectBox(control: Locator): Locator {
    return control.locator('xpath=ancestor::*[contains(concat(" ", normalize-space(@class), " "), " ant-select ")][1]');
  }

  /**
   * Brings a control to the middle of the viewport before its popup opens, so the popup fits below it. A popup that
   * opens past the bottom edge makes the click on an item scroll the page, antd then realigns (flips) the popup, and
   * the click lands where the item used to be; under load that race was real.
   */
  async centre(control: Locator): Promise<void> {
    // Runs in the page; the node tsconfig has no DOM types.
    await control.evaluate((el) =>
      (el as unknown as { scrollIntoView(options: object): void }).scrollIntoView({ block: 'center' }),
    );
  }

  /**
   * Types a day ('YYYY-MM-DD') or a moment ('YYYY-MM-DD HH:mm') into a date picker labelled `label` in `scope`, and
   * leaves it with Tab.
   */
  async fillPicker(scope: Locator, label: string, value: string): Promise<void> {
    const control = scope.getByLabel(label, { exact: true });
    await control.click();
    await control.fill(value);
    await control.press('Tab');
    await expect(control).toHaveValue(value);
  }

  /** Picks an option of an antd Select (its combobox is `control`); a multiple Select is closed again afterwards. */
  async chooseOption(control: Locator, option: string): Promise<void> {
    await this.centre(control);
    await control.click();
    await expect(control).toHaveAttribute('aria-expanded', 'true');
    // This control's own popup (its listbox id is in aria-controls): the popup of a Select chosen a moment before
    // may still be fading out, and an option clicked there goes nowhere.
    const listId = await control.getAttribute('aria-controls');
    const popup = listId
      ? this.page.locator('.ant-select-dropdown').filter({ has: this.page.locator(`[id="${listId}"]`) })
      : this.openPopup();
    // On a loaded machine a click can land while the popup is still opening and be lost: the popup then stays open
    // with nothing chosen. Click again until the control shows the option.
    await expect(async () => {
      if ((await control.getAttribute('aria-expanded')) !== 'true') await control.click();
      await popup.locator(`.ant-select-item-option[title="${option}"]`).click({ timeout: 2_000 });
      await expect(this.selectBox(control)).toContainText(option, { timeout: 1_000 });
    }).toPass({ timeout: 10_000 });
    if ((await control.getAttribute('aria-expanded')) === 'true') await control.press('Escape');
    await expect(control).toHaveAttribute('aria-expanded', 'false');
    await expect(this.selectBox(control)).toContainText(option);
  }

  /** Picks a node of an antd TreeSelect by its title: typed into its search, then Enter on the one match. */
  async chooseTreeNode(control: Locator, title: string): Promise<void> {
    await this.centre(control);
    await control.click();
    await control.fill(title);
    await expect(
      this.openPopup().locator('.ant-select-tree-node-content-wrapper', { hasText: title }).first(),
    ).toBeVisible();
    await control.press('Enter');
    await expect(control).toHaveAttribute('aria-expanded', 'false');
    await expect(this.selectBox(control)).toHaveText(title);
  }

  /**
   * Picks a path in an antd Cascader, e.g. ['工资福利', '拖欠工资'], from the keyboard: the last label is typed into its
   * search, which must list that path first, then ArrowDown and Enter take it.
   */
  async chooseCascaderPath(control: Locator, path: readonly string[]): Promise<void> {
    const leaf = path.at(-1);
    if (leaf === undefined) throw new Error('a cascader path has at least one label');
    await this.centre(control);
    await control.click();
    await control.fill(leaf);
    await expect(this.openPopup().locator('.ant-cascader-menu-item').first()).toHaveText(path.join(' / '));
    await control.press('ArrowDown');
    await control.press('Enter');
    await expect(control).toHaveAttribute('aria-expanded', 'false');
    await expect(this.selectBox(control)).toHaveText(path.join(' / '));
  }

  /** A toast from antd's message API (success, error, warning) containing `text`. */
  toast(text: string | RegExp): Locator {
    return this.page.locator('.ant-message-notice').filter({ hasText: text });
  }

  /** Clicks a button that hands a file to the browser (a save, in the web build) and returns that download. */
  async download(button: Locator): Promise<Download> {
    const started = this.page.waitForEvent('download');
    await button.click();
    return started;
  }
  /**
   * Fills the 重大风险专报 dialog (of a matter or an emergency) with the 主送 and 签发人 given, the rest as drafted,
   * and issues it; returns the saved file.
   */
  async issueSpecialReport(dialog: Locator, entry: { to?: string; signer?: string }): Promise<Download> {
    if (entry.to !== undefined) await dialog.getByLabel('主送', { exact: true }).fill(entry.to);
    if (entry.signer !== undefined) await dialog.getByLabel('签发人', { exact: true }).fill(entry.signer);
    const download = await this.download(dialog.getByRole('button', { name: '出具专报' }));
    await expect(dialog).toBeHidden();
    return download;
  }

  /** Everything the page shows as text, for checks such as "no full ID number anywhere". */
  async visibleText(): Promise<string> {
    return this.page.locator('body').innerText();
  }
}
