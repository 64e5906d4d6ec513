import { test as base, expect } from '@playwright/test';
import { BasePage, DEFAULT_START_PATH } from './pages/base.page';
import { DetailPage } from './pages/detail.page';
import { LedgerPage } from './pages/ledger.page';
import { RegisterPage } from './pages/register.page';
import { SessionPage, type NewAdmin } from './pages/session.page';
import { SettingsPage } from './pages/settings.page';

/** The administrator every journey's first run creates, signed in unless a test signs someone else in. */
export const ADMIN: NewAdmin = { username: 'admin', displayName: '王丽', password: 'xinfang2026' };

export interface DeskClock {
  /**
   * Sets the app's clock to a local moment, e.g. '2026-05-25T09:30' (running on, or `frozen`); survives reloads.
   * A screen that read the time when it opened (the form's default received time) sees the new clock after
   * `app.reload()`.
   */
  set(iso: string, frozen?: boolean): Promise<void>;
}

interface DeskFixtures {
  /** Where `app` opens; override per file with `test.use({ startPath: '/#/ledger' })`. */
  startPath: string;
  /**
   * The app, opened at `startPath` on a fresh database (each test has its own browser context), its first run done
   * (ADMIN created and signed in) and ready.
   */
  app: BasePage;
  /** Sign-in, lock and the user menu, over the same tab as `app`. */
  session: SessionPage;
  clock: DeskClock;
  /** Page objects over the same tab as `app` (asking for one opens the app first). */
  register: RegisterPage;
  ledger: LedgerPage;
  detail: DetailPage;
  settings: SettingsPage;
}

export const test = base.extend<DeskFixtures>({
  startPath: [DEFAULT_START_PATH, { option: true }],
  app: async ({ page, startPath }, use) => {
    const app = new BasePage(page);
    await page.goto(startPath);
    await new SessionPage(page).createFirstAdmin(ADMIN);
    await use(app);
  },
  session: async ({ app }, use) => {
    await use(new SessionPage(app.page));
  },
  clock: async ({ app }, use) => {
    await use({ set: (iso, frozen) => app.setClock(iso, frozen) });
  },
  register: async ({ app }, use) => {
    await use(new RegisterPage(app.page));
  },
  ledger: async ({ app }, use) => {
    await use(new LedgerPage(app.page));
  },
  detail: async ({ app }, use) => {
    await use(new DetailPage(app.page));
  },
  settings: async ({ app }, use) => {
    await use(new SettingsPage(app.page));
  },
});

export { expect };
