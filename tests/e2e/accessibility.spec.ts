import { expect, test } from './fixtures';

const HAN = /\p{Script=Han}/u;

test.describe('可访问性', () => {
  test('every field of the registration form has a Chinese accessible name', async ({ page, register }) => {
    await register.addPetitioner();
    await register.chooseOption(register.channel, '上级转送/交办');
    const form = page.getByRole('form', { name: '信访登记表' });
    // File inputs are hidden behind the labelled drop zone; the rest are what a clerk (or a screen reader) reaches.
    const fields = form.locator('input:visible, textarea:visible');
    const count = await fields.count();
    expect(count).toBeGreaterThan(25);
    for (let i = 0; i < count; i++) await expect(fields.nth(i)).toHaveAccessibleName(HAN);
  });

  for (const path of [
    '/#/register',
    '/#/ledger',
    '/#/board',
    '/#/my-cases',
    '/#/outreach',
    '/#/suggestions',
    '/#/helps',
    '/#/settings',
  ]) {
    test(`${path} has exactly one main landmark`, async ({ app, page }) => {
      await app.open(path);
      await expect(page.getByRole('main')).toHaveCount(1);
    });
  }
});
