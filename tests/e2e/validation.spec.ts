import { expect, test } from './fixtures';
import { LI_XIULAN, withWrongCheckDigit, ZHANG_SAN, type Registration } from './pages/register.page';
import type { LedgerPage } from './pages/ledger.page';
import type { RegisterPage } from './pages/register.page';

/** 李秀兰 with a typo in the check character of her ID number. */
const LI_WITH_TYPO = { ...LI_XIULAN, idNumber: withWrongCheckDigit((LI_XIULAN.idNumber ?? '').slice(0, 17)) };

const VISIT: Registration = {
  officer: '王红梅',
  petitioners: [ZHANG_SAN, LI_WITH_TYPO],
  category: ['社会保险', '养老'],
  nature: '求助',
  summary: '退休后养老金迟迟未核定',
  demands: '请协调社保部门尽快核定养老金',
};

/** Everything typed is still on the form after the refused save. */
async function expectNothingLost(register: RegisterPage, r: Registration): Promise<void> {
  for (const [index, person] of r.petitioners.entries()) await register.petitioner(index + 1).expectValues(person);
  await expect(register.officer).toHaveValue(r.officer);
  await expect(register.summary).toHaveValue(r.summary);
  await expect(register.demands).toHaveValue(r.demands);
  await expect(register.nature(r.nature)).toBeChecked();
  await expect(register.selectBox(register.category)).toHaveText(r.category.join(' / '));
}

async function expectLedgerEmpty(register: RegisterPage, ledger: LedgerPage): Promise<void> {
  await register.goTo('信访台账');
  await ledger.expectLoaded(0);
  await expect(ledger.table).toContainText('还没有登记任何信访事项');
}

test.describe('登记表校验', () => {
  test('a wrong check digit is reported in Chinese beside that ID number, and nothing typed is lost', async ({
    register,
    ledger,
  }) => {
    await register.fill(VISIT);
    await register.save();

    await register.expectFieldError(register.petitioner(2).idNumber, '身份证号校验位不正确，请核对');
    await expect(register.petitioner(1).idNumber).not.toHaveAttribute('aria-invalid', 'true');
    await expect(register.toast('登记信息有误')).toBeVisible();
    await expect(register.savedRegNo).toHaveCount(0);
    await expectNothingLost(register, VISIT);

    await expectLedgerEmpty(register, ledger);
  });

  test('a missing summary is reported in Chinese beside the summary, and nothing is saved', async ({
    register,
    ledger,
  }) => {
    const withoutSummary: Registration = { ...VISIT, petitioners: [ZHANG_SAN], summary: '' };
    await register.fill(withoutSummary);
    await register.save();

    await register.expectFieldError(register.summary, '请填写反映问题摘要');
    await expect(register.savedRegNo).toHaveCount(0);
    await expectNothingLost(register, withoutSummary);

    await expectLedgerEmpty(register, ledger);
  });

  test('a forwarded matter without its source body and date names both in Chinese beside them', async ({
    register,
    ledger,
  }) => {
    const forwarded: Registration = { ...VISIT, channel: '上级转送/交办', petitioners: [ZHANG_SAN] };
    await register.fill(forwarded);
    await register.field('来文文号').fill('集信转〔2026〕12号');
    await register.save();

    await register.expectFieldError(register.field('转送/交办机关'), '请填写转送/交办机关');
    await register.expectFieldError(register.field('转送/交办日期'), '请填写转送/交办日期');
    await expect(register.field('来文文号')).toHaveValue('集信转〔2026〕12号');
    await expect(register.selectBox(register.channel)).toHaveText('上级转送/交办');
    await expectNothingLost(register, forwarded);

    await expectLedgerEmpty(register, ledger);
  });
});

test.describe('登记表校验：粘贴的长文本', () => {
  test('a summary pasted over the length limit is kept whole and reported in Chinese, not cut off', async ({
    register,
  }) => {
    const long = '供暖费补贴未发放。'.repeat(240); // 2,160 characters
    await register.fill({ ...VISIT, petitioners: [ZHANG_SAN], summary: '' });
    await register.summary.fill(long);
    await register.save();

    await expect(register.summary).toHaveValue(long);
    await register.expectFieldError(register.summary, `反映问题摘要不能超过2000字（当前${long.length}字）`);
    await expect(register.savedRegNo).toHaveCount(0);
  });
});
