import { expect, test } from './fixtures';
import { ZHANG_SAN, type Registration } from './pages/register.page';

const VISIT: Registration = {
  officer: '王红梅',
  petitioners: [ZHANG_SAN],
  category: ['社会保险', '养老'],
  nature: '求助',
  summary: '',
  demands: '请协调社保部门尽快核定养老金',
};

test.describe('登记表的输入边界', () => {
  test('an over-long pasted summary and a zero-width-only name are reported in Chinese with their counters, and nothing is saved', async ({
    register,
    ledger,
    page,
  }) => {
    const long = '退休后养老金迟迟未核定。'.repeat(200); // 2,400 characters
    const invisible = '\u200B\u200B';
    await register.fill(VISIT);
    // As a paste: the text arrives in one input event, not typed key by key.
    await register.summary.focus();
    await page.keyboard.insertText(long);
    await register.petitioner(1).name.fill(invisible);

    await expect(register.counterOf(register.summary)).toHaveText(`${long.length} / 2000`);
    await expect(register.counterOf(register.petitioner(1).name)).toHaveText('2 / 50');
    await register.save();

    await expect(register.toast('登记信息有误')).toBeVisible();
    await register.expectFieldError(register.summary, `反映问题摘要不能超过2000字（当前${long.length}字）`);
    await register.expectFieldError(register.petitioner(1).name, '信访人姓名须含有可见的文字');
    await expect(register.savedRegNo).toHaveCount(0);
    // Nothing typed is lost: the whole paste stays for the clerk to shorten.
    await expect(register.summary).toHaveValue(long);
    await expect(register.petitioner(1).name).toHaveValue(invisible);

    await register.goTo('信访台账');
    await ledger.expectLoaded(0);
    await expect(ledger.table).toContainText('还没有登记任何信访事项');
  });
});
