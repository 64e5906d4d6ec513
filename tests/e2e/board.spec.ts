import { ADMIN, expect, test } from './fixtures';
import { BoardPage } from './pages/board.page';
import { CasePage } from './pages/caseActions.page';
import { LedgerPage } from './pages/ledger.page';
import { ZHANG_WAGES } from './pages/register.page';

test.describe('督办台', () => {
  test('a new petition waits for acceptance with its 15-day notice, turns 临期 two days before it is due and 超期 after', async ({
    app,
    clock,
    register,
  }) => {
    // Registered Monday 25 May 2026: the notice is due 15 days later, Tuesday 9 June.
    await clock.set('2026-05-25T09:30');
    await app.reload();
    const regNo = await register.register(ZHANG_WAGES);

    const board = new BoardPage(app.page);
    await board.goTo('督办台');
    await expect(board.total).toHaveText('在办 1 件（截至 2026-05-25）');
    await board.expectCount('待受理', 1);
    await board.expectCount('临期', 0);
    await board.expectCount('超期', 0);
    await board.showList('待受理');
    await board.expectDeadline(regNo, { label: '受理告知期限', due: '2026-06-09', state: '正常', days: '剩15天' });
    await expect(board.row(regNo)).toContainText('张三');
    await expect(board.row(regNo)).toContainText(ZHANG_WAGES.summary);
    await expect(board.row(regNo)).toContainText('已登记');
    await expect(board.row(regNo)).toContainText('未交办');

    // The board reads the clock when it opens (and each minute): reload after moving it.
    await clock.set('2026-06-07T09:00');
    await board.reload();
    await board.expectCount('临期', 1);
    await board.expectCount('待受理', 1);
    await board.showList('临期');
    await board.expectDeadline(regNo, { label: '受理告知期限', due: '2026-06-09', state: '临期', days: '剩2天' });

    await clock.set('2026-06-11T09:00');
    await board.reload();
    await board.expectCount('临期', 0);
    await board.expectCount('超期', 1);
    await board.showList('超期');
    await board.expectDeadline(regNo, { label: '受理告知期限', due: '2026-06-09', state: '超期', days: '超期2天' });

    // The next step opens the case page with that action's form asked for (the page then drops the query).
    const asked = board.page.waitForURL(/#\/petitions\/[0-9a-f-]+\?action=accept$/);
    await board.nextAction(regNo, '受理').click();
    await asked;
  });

  test('groups a list by 承办单位 or 包案领导, unassigned cases under 未交办', async ({ app, clock, register }) => {
    await clock.set('2026-05-25T09:30');
    await app.reload();
    const [first, second] = await register.registerEach([
      ZHANG_WAGES,
      { ...ZHANG_WAGES, summary: '井下班中餐补助未发放' },
    ]);
    if (!first || !second) throw new Error('two registrations expected');

    const board = new BoardPage(app.page);
    await board.goTo('督办台');
    await board.showList('待受理');
    await board.expectCount('待受理', 2);
    for (const option of ['按承办单位', '按包案领导'] as const) {
      await board.groupBy(option);
      await expect(board.group('未交办')).toContainText('共 2 件');
      await expect(board.group('未交办').getByTestId(`board-row-${first}`)).toBeVisible();
      await expect(board.group('未交办').getByTestId(`board-row-${second}`)).toBeVisible();
    }
    await board.groupBy('不分组');
    await expect(board.group('未交办')).toHaveCount(0);
    await expect(board.row(first)).toBeVisible();
  });
});

test.describe('交办期限', () => {
  test('the unit’s 交办期限 runs on the case page, the 督办台 and 我的案件: 正常, then 临期, then 超期', async ({
    app,
    clock,
    register,
  }) => {
    // Accepted Monday 25 May 2026 (办理期限 24 July); the unit is given until Monday 1 June.
    await clock.set('2026-05-25T09:30');
    await app.reload();
    const regNo = await register.registerAndOpen(ZHANG_WAGES);
    const c = new CasePage(app.page);
    await (await c.openAction('受理')).submitExpecting('已受理');
    const assign = await c.openAction('交办');
    await c.chooseTreeNode(assign.field('承办单位'), '综采一队');
    await assign.chooseStaff('包案领导', '李矿长');
    await assign.chooseStaff('承办人', '赵干事');
    await assign.fillDay('交办期限', '2026-06-01');
    await assign.submitExpecting('已交办');
    await expect(c.deadline('交办期限')).toContainText('2026年6月1日');
    await expect(c.deadline('交办期限')).toContainText('正常');
    await expect(c.deadline('交办期限')).toContainText('综采一队');

    // The ledger lists the case's 包案领导 from the moment it is assigned.
    const ledger = new LedgerPage(app.page);
    await ledger.goTo('信访台账');
    await ledger.expectLoaded(1);
    await app.page.setViewportSize({ width: 1366, height: 768 });
    await expect(ledger.table.getByRole('columnheader', { name: '包案领导' })).toBeVisible();
    await expect(ledger.row(regNo)).toContainText('李矿长');
    await app.page.screenshot({ path: 'test-results/board-screens/ledger-leader-1366.png' });
    await ledger.row(regNo).getByRole('link', { name: regNo, exact: true }).click();
    await c.expectShowing(regNo);

    await clock.set('2026-05-30T09:00');
    await c.reload();
    await expect(c.deadline('交办期限')).toContainText('临期');
    const board = new BoardPage(app.page);
    await board.goTo('督办台');
    await board.expectCount('临期', 1);
    await board.showList('临期');
    await app.page.setViewportSize({ width: 1366, height: 768 });
    await app.page.screenshot({ path: 'test-results/board-screens/assigned-due-1366.png' });
    const assignedDue = board.row(regNo).getByTestId('board-assigned-due');
    await expect(assignedDue).toContainText('交办期限');
    await expect(assignedDue).toContainText('2026-06-01');
    await expect(assignedDue).toContainText('临期');
    // The office's own nearest period (the 受理告知书 is not yet issued) is still 正常.
    await board.expectDeadline(regNo, { label: '受理告知期限', due: '2026-06-09', state: '正常', days: '剩10天' });

    await clock.set('2026-06-03T09:00');
    await board.goTo('我的案件');
    await board.choosePerson('赵干事');
    await board.expectCount('超期', 1);
    await board.showList('超期');
    await expect(board.row(regNo).getByTestId('board-assigned-due')).toContainText('超期2天');
  });
});

test.describe('我的案件', () => {
  test('lists the signed-in account’s cases, or those of anyone on 办理人员, only the cases that person handles or leads', async ({
    app,
    register,
  }) => {
    const regNo = await register.register(ZHANG_WAGES);
    const board = new BoardPage(app.page);
    await board.goTo('我的案件');
    await expect(
      board.page.getByRole('navigation', { name: '主菜单' }).getByRole('menuitem', { name: '我的案件' }),
    ).toHaveClass(/ant-menu-item-selected/);
    await expect(board.chosenPerson).toContainText(ADMIN.displayName);
    await expect(board.page.getByTestId('my-cases-total')).toHaveText(`${ADMIN.displayName}：在办 0 件`);
    await board.chosenPerson.hover();
    await board.chosenPerson.locator('.ant-select-clear').click();
    await expect(board.page.getByText('请选择承办人或包案领导')).toBeVisible();
    await board.choosePerson(ADMIN.displayName);
    await expect(board.page.getByTestId('my-cases-total')).toHaveText(`${ADMIN.displayName}：在办 0 件`);
    // A registered case has no 承办人 or 包案领导 yet: it is on the 督办台, on nobody's own list.
    await expect(board.row(regNo)).toHaveCount(0);
    await board.expectCount('待受理', 0);
  });
});
