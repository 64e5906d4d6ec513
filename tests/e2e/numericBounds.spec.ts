import { expect, test } from './fixtures';
import { CasePage } from './pages/caseActions.page';
import { ZHANG_WAGES } from './pages/register.page';

test.describe('数值超出范围时拒绝并提示，不悄悄改值', () => {
  test('延期 of 40 days is refused with 「延期不得超过30日」 and stays 40 in the form; 30 is saved', async ({
    app,
    clock,
    register,
  }) => {
    await clock.set('2026-05-25T09:30');
    await app.reload();
    await register.registerAndOpen(ZHANG_WAGES);
    const c = new CasePage(app.page);
    await (await c.openAction('受理')).submitExpecting('已受理');

    const extend = await c.openAction('延期');
    await extend.field('延期天数').fill('40');
    await extend.field('批准人').fill('刘经理');
    await extend.field('延期理由').fill('需调取三至五月工资台账核实');
    await extend.submit();
    await expect(extend.root).toContainText('延期不得超过30日');
    await expect(extend.field('延期天数')).toHaveValue('40');
    await expect(extend.root).toBeVisible();
    await expect(c.deadline('办理期限')).not.toContainText('含延期');

    await extend.field('延期天数').fill('30');
    await extend.submitExpecting('已延期');
    await expect(c.deadline('办理期限')).toContainText('含延期30日');
  });

  test('a headcount of 0 is refused with a Chinese message beside 人数 and nothing is registered', async ({
    register,
  }) => {
    await register.fill({ ...ZHANG_WAGES, headcount: 0 });
    await register.save();
    await register.expectFieldError(register.headcount, '人数应为不小于1的整数');
    await expect(register.headcount).toHaveValue('0');
  });
});
