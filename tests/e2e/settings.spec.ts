import { readFile } from 'node:fs/promises';
import JSZip from 'jszip';
import { expect, test } from './fixtures';
import { ZHANG_WAGES } from './pages/register.page';

test.use({ startPath: '/#/settings' });

const ORG_NAME = '某某能源集团公司信访办公室';

test.describe('设置', () => {
  test('the organisation name and the 集体访 threshold are saved and used', async ({
    page,
    settings,
    register,
    detail,
  }) => {
    await settings.saveGeneral({ orgName: ORG_NAME, collectiveThreshold: 3 });
    await expect(page.getByRole('complementary')).toContainText(ORG_NAME);
    await settings.reload();
    await expect(settings.general('单位名称')).toHaveValue(ORG_NAME);
    await expect(settings.general('集体访人数')).toHaveValue('3');

    await settings.goTo('信访登记');
    await register.headcount.fill('2');
    await expect(register.flag('集体访')).not.toBeChecked();
    await register.headcount.fill('3');
    await expect(register.flag('集体访')).toBeChecked();

    const regNo = await register.register({ ...ZHANG_WAGES, headcount: 3 });
    const printed = await register.download(register.button('打印登记表'));
    const zip = await JSZip.loadAsync(await readFile(await printed.path()));
    expect(await zip.file('word/document.xml')?.async('string')).toContain(ORG_NAME);

    await register.button('查看详情').click();
    await detail.expectShowing(regNo);
    await expect(detail.header).toContainText('集体访');
  });

  test('a 复查机关’s own 代字 for its 复查意见书 is kept with its route; one another letter prints is refused', async ({
    settings,
  }) => {
    let form = await settings.openReviewBodies();
    await form.getByRole('button', { name: '添加单位' }).click();
    const route = form.getByTestId('review-route-0');
    await route.getByLabel('作出处理意见的单位').fill('一号矿井');
    await route.getByLabel('复查机关（上一级）').fill('某煤业集团有限公司');
    await route.getByLabel('复核机关（再上一级）').fill('某能源集团有限公司');
    await route.getByLabel('复查意见书代字').fill('信受');
    await form.getByRole('button', { name: '保存设置' }).click();
    await expect(settings.toast('复查意见书代字“信受”已是受理告知书的代字，文号会重复')).toBeVisible();

    await route.getByLabel('复查意见书代字').fill('集团信复查');
    await form.getByRole('button', { name: '保存设置' }).click();
    await expect(settings.toast('设置已保存')).toBeVisible();
    await settings.reload();
    form = await settings.openReviewBodies();
    await expect(form.getByTestId('review-route-0').getByLabel('复查意见书代字')).toHaveValue('集团信复查');
  });

  test('a unit added under a mine can be chosen in a registration', async ({ settings, register, detail }) => {
    await settings.tree('单位').addChild('一号矿井', '综采三队');
    await expect(settings.toast('已添加单位“综采三队”')).toBeVisible();

    await settings.goTo('信访登记');
    const regNo = await register.register({ ...ZHANG_WAGES, unit: '综采三队' });
    await register.button('查看详情').click();
    await detail.expectShowing(regNo);
    await expect(detail.info('涉及单位')).toHaveText('某煤业集团有限公司 / 一号矿井 / 综采三队');
  });

  test('a category in use cannot be deleted and says why; an unused one can', async ({ settings, register }) => {
    await settings.goTo('信访登记');
    await register.register(ZHANG_WAGES);
    await register.goTo('设置');

    const categories = settings.tree('类别');
    await categories.delete('拖欠工资');
    await expect(settings.toast('已有1件信访事项归入“拖欠工资”，不能删除')).toBeVisible();
    await expect(categories.node('拖欠工资')).toBeVisible();

    await categories.delete('绩效/精益奖金分配');
    await expect(settings.toast('已删除类别“绩效/精益奖金分配”')).toBeVisible();
    await expect(categories.node('绩效/精益奖金分配')).toHaveCount(0);
  });
});
