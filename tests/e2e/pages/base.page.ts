import { expect, type Locator, type Page } from '@playwright/test';

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
    await expect(this.page.locator('html[data-app-ready="true"]'), 'the app never signalled data-app-ready').toHaveCount(1, {
      timeout: 15_000,
    });
  }

  /**
   * Sets the app's injectable clock (`window.__deskClock.set(iso, frozen)`), e.g. '2026-05-25T09:30'. Time runs on
   * from there unless `frozen`. The app keeps the setting in sessionStorage, so it survives reloads of this tab.
   */
  async setClock(iso: string, frozen = false): Promise<void> {
    await this.page.evaluate(
      ([value, stop]) => {
        // Runs in the page; globalThis is its window (the node tsconfig has no DOM types).
        const clock = (globalThis as { __deskClock?: { set(iso: string, frozen?: boolean): void } }).__deskClock;
        if (!clock) throw new Error('window.__deskClock is missing: the app must expose its injectable clock');
        clock.set(value, stop);
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
}
