import { expect, test } from './fixtures';
import { BoardPage } from './pages/board.page';
import { CasePage } from './pages/caseActions.page';
import { ZHANG_WAGES } from './pages/register.page';

/** Issue 12 item 3: 包案领导 and 承办人 are chosen from the office's people, so 我的案件 finds every case of a person. */
test('办理人员: the 交办 form offers the serving people, adds a new one on request, and 我的案件 finds the case', async ({
  app,
  settings,
  register,
}) => {
  await settings.openStaff();
  await settings.addStaff('李矿长');
  await settings.staffBox('李矿长', '可任包案领导').check();
  await settings.staffBox('李矿长', '可任承办人').uncheck();
  await settings.addStaff('钱科长');
  await settings.staffBox('钱科长', '可任包案领导').check();
  await settings.staffBox('钱科长', '停用').check();
  // The same name twice is refused in Chinese, and nothing is lost.
  await settings.page.getByTestId('staff-form').getByLabel('新增人员').fill('李矿长');
  await settings.page.getByTestId('staff-form').getByRole('button', { name: '添加' }).click();
  await expect(settings.toast('保存失败：办理人员“李矿长”重复')).toBeVisible();
  await settings.button('保存设置').click();
  await expect(settings.toast('设置已保存')).toBeVisible();
  await app.page.setViewportSize({ width: 1366, height: 768 });
  await app.page.screenshot({ path: 'test-results/staff-screens/settings-1366.png' });

  await register.goTo('信访登记');
  const regNo = await register.registerAndOpen(ZHANG_WAGES);
  const c = new CasePage(app.page);
  await (await c.openAction('受理')).submitExpecting('已受理');
  const assign = await c.openAction('交办');
  await c.chooseTreeNode(assign.field('承办单位'), '综采一队');
  // 钱科长 is 停用: typing his name offers nothing, not even to add him again.
  const leader = assign.field('包案领导');
  await leader.click();
  await leader.fill('钱科长');
  const leaderList = await assign.popupOf(leader);
  await expect(leaderList).toContainText('输入姓名查找；新的包案领导可在此添加');
  await expect(leaderList.locator('.ant-select-item-option')).toHaveCount(0);
  await leader.fill('');
  await assign.chooseStaff('包案领导', '李矿长');
  // 赵干事 is not on the list yet: the only option adds him as 承办人.
  await assign.field('承办人').click();
  await assign.field('承办人').fill('赵干事');
  await expect((await assign.popupOf(assign.field('承办人'))).locator('.ant-select-item-option')).toHaveText([
    '添加“赵干事”为承办人',
  ]);
  await assign.field('承办人').press('Escape');
  await assign.chooseStaff('承办人', '赵干事');
  await app.page.screenshot({ path: 'test-results/staff-screens/assign-1366.png' });
  await assign.submitExpecting('已交办');
  await expect(c.lastEvent).toContainText('包案领导李矿长，承办人赵干事');

  // 赵干事 is now on 办理人员, and 我的案件 opens for him by choosing his name.
  await settings.openStaff();
  await expect(settings.staffBox('赵干事', '可任承办人')).toBeChecked();
  const board = new BoardPage(app.page);
  await board.goTo('我的案件');
  await board.choosePerson('赵干事');
  await expect(board.page.getByTestId('my-cases-total')).toHaveText('赵干事：在办 1 件');
  await board.showList('待答复');
  await expect(board.row(regNo)).toBeVisible();
});
