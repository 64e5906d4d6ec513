/**
 * Debian's Chromium, as the e2e tests and the bench launch it. Playwright's own browser download cannot work here,
 * and without the networking switches Chromium keeps dialling Google's hosts on a machine with no such route.
 */
export const chromiumLaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ],
};
