import { expect, test } from './fixtures';
import { RiskPage } from './pages/risk.page';
import { ZHANG_WAGES, type Registration } from './pages/register.page';

const WAGES_AT_ZONGCAI: Registration = { ...ZHANG_WAGES, unit: '综采一队' };
const GROUP_VISIT: Registration = {
  ...ZHANG_WAGES,
  headcount: 8,
  category: ['劳动关系', '岗位调整'],
  summary: '八名职工集体反映岗位调整后收入下降',
  demands: '恢复原岗位',
};

test.describe('研判预警', () => {
  test('three wage petitions from one team and a group visit raise two suggestions; one is dismissed with a reason, the other taken as a prefilled 挂号 linked to its petitions', async ({
    app,
    clock,
    register,
    settings,
    ledger,
    detail,
  }) => {
    test.slow();
    await clock.set('2026-06-10T09:00');
    await app.reload();
    await register.goTo('信访登记');
    const wages = await register.registerEach([WAGES_AT_ZONGCAI, WAGES_AT_ZONGCAI, WAGES_AT_ZONGCAI, GROUP_VISIT]);
    const group = wages.pop() as string;

    const risks = new RiskPage(app.page);
    await risks.goTo('研判预警');
    const table = app.page.getByRole('table', { name: '研判预警' });
    const cluster = table.locator('tbody tr').filter({ hasText: '同类信访集中' });
    const collective = table.locator('tbody tr').filter({ hasText: '集体访' });
    await expect(cluster).toContainText(`综采一队近30日内反映拖欠工资问题的信访事项3件`);
    for (const regNo of wages) await expect(cluster.getByRole('link', { name: regNo })).toBeVisible();
    await expect(collective).toContainText(`发生集体访1批次（${group}）`);

    // The office raises its threshold: three petitions no longer make a cluster; a threshold of 1 is refused.
    const form = await settings.openRisk();
    await form.getByLabel('同类信访件数').fill('1');
    await form.getByRole('button', { name: '保存设置' }).click();
    await expect(form.getByRole('alert')).toContainText('同类信访集中的件数应为2至100件之间的整数');
    await form.getByLabel('同类信访件数').fill('4');
    await form.getByRole('button', { name: '保存设置' }).click();
    await expect(app.page.getByText('设置已保存')).toBeVisible();
    await risks.goTo('研判预警');
    await expect(app.page.getByText('同一单位同类信访30日内达4件')).toBeVisible();
    await expect(collective).toHaveCount(1);
    await expect(cluster).toHaveCount(0);
    await settings.openRisk();
    await form.getByLabel('同类信访件数').fill('3');
    await form.getByRole('button', { name: '保存设置' }).click();
    await expect(app.page.getByText('设置已保存').last()).toBeVisible();
    await risks.goTo('研判预警');

    // 忽略 needs a reason, then hides the suggestion.
    await collective.getByRole('button', { name: '忽略' }).click();
    const dismiss = risks.dialog('忽略预警');
    await dismiss.getByRole('button', { name: '忽略', exact: true }).click();
    await expect(dismiss.getByRole('alert')).toContainText('请填写忽略的理由');
    await dismiss.getByLabel('忽略理由').fill('已由劳资科当面答复，无扩大趋势');
    await dismiss.getByRole('button', { name: /忽略$/ }).click();
    await expect(dismiss).toBeHidden();
    await expect(collective).toHaveCount(0);

    // 挂号 opens filled from the suggestion; once taken, its petitions raise nothing.
    await cluster.getByRole('button', { name: '挂号' }).click();
    const dialog = risks.dialog('挂号：排查台账');
    await expect(dialog.getByText(`将关联信访事项：${[...wages].reverse().join('、')}`)).toBeVisible();
    await expect(dialog.getByLabel('矛盾纠纷情况', { exact: true })).toHaveValue(/^【研判预警】综采一队近30日内/);
    await expect(dialog.getByLabel('涉及人数', { exact: true })).toHaveValue('3');
    await dialog.getByLabel('包案领导', { exact: true }).fill('张书记');
    await dialog.getByLabel('责任部门', { exact: true }).fill('人力资源部');
    await dialog.getByLabel('责任人', { exact: true }).fill('王科长');
    await risks.fillPicker(dialog, '化解时限', '2026-06-30');
    await dialog.getByRole('button', { name: '挂号', exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(app.page.getByText('当前没有达到预警条件的信访事项')).toBeVisible();

    // The matter is on the ledger, found by its 包案领导's pinyin initials, and each petition's page names it.
    await risks.goTo('排查台账');
    await app.page.getByRole('searchbox', { name: '搜索排查台账' }).fill('zsj');
    await expect(risks.rows).toHaveCount(1);
    await expect(risks.row('排〔2026〕1号')).toContainText('张书记');
    await app.page.getByRole('searchbox', { name: '搜索排查台账' }).fill('lsj');
    await expect(risks.rows).toHaveCount(0);
    await risks.goTo('信访台账');
    await ledger.openPetition(wages[0] as string);
    await detail.expectShowing(wages[0] as string);
    await expect(app.page.locator('.desk-card').filter({ hasText: '打开排查台账' })).toContainText('排〔2026〕1号');
  });
});
