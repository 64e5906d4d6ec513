import { expect, test } from './fixtures';
import { AccountsPage } from './pages/accounts.page';
import { PartyBranchesPage } from './pages/partyBranches.page';
import { LI_XIULAN, WANG_WU, ZHANG_WAGES } from './pages/register.page';
import { ReportPage } from './pages/report.page';

const SCREEN = { width: 1366, height: 768 };
const BRANCH = '综采掘进联合党支部';
const SECRETARY = {
  username: 'zhaosj',
  displayName: '赵书记',
  role: '党支部书记',
  password: 'shuji2026',
  partyBranch: BRANCH,
} as const;

test.describe('党支部: a branch, its units and its 党支部书记', () => {
  test('the 管理员 sets up a branch of two units and its 书记, who sees only its statistics and drafts its report without a person', async ({
    app,
    clock,
    register,
    session,
  }) => {
    // Three registrations, two accounts' sign-ins (each hashing a password) and an issued report: a long journey.
    test.setTimeout(300_000);
    await app.page.setViewportSize(SCREEN);
    await clock.set('2026-05-12T09:30');
    await app.reload();
    // Two visits in the branch's units (1 and 3 people), one in another mine's workshop (5 people).
    await register.registerEach([
      { ...ZHANG_WAGES, unit: '综采一队' },
      {
        ...ZHANG_WAGES,
        petitioners: [{ name: LI_XIULAN.name, phone: LI_XIULAN.phone }],
        headcount: 3,
        unit: '掘进二队',
        summary: `${LI_XIULAN.name}等3人反映工资未按时发放，联系电话${LI_XIULAN.phone}`,
      },
      { ...ZHANG_WAGES, petitioners: [{ name: WANG_WU.name, phone: WANG_WU.phone }], headcount: 5, unit: '生产车间' },
    ]);

    const branches = new PartyBranchesPage(app.page);
    await branches.openTab();
    await branches.field('新党支部名称').fill('');
    await branches.button('添加党支部').click();
    await expect(branches.list.getByRole('alert')).toHaveText('请填写党支部名称');
    await branches.add(BRANCH);
    await branches.field('新党支部名称').fill(BRANCH);
    await branches.button('添加党支部').click();
    await expect(branches.list.getByRole('alert')).toHaveText(`已有名为“${BRANCH}”的党支部，请换一个名称`);
    await branches.assignUnits(BRANCH, ['综采一队', '掘进二队']);
    // 综采一队 left its own branch: a unit is in one branch at most.
    await expect(branches.row('综采一队党支部')).not.toContainText(/综采一队(?!党支部)/);
    await expect(branches.row(BRANCH)).toContainText('综采一队');
    await expect(branches.row(BRANCH)).toContainText('掘进二队');
    await app.page.screenshot({ path: test.info().outputPath('branches-1366x768.png') });

    const accounts = new AccountsPage(app.page);
    await accounts.openTab();
    await accounts.create(SECRETARY);
    await session.signOut();

    // The 书记 signs in (setting its own password first) and has the statistics and the report only.
    await session.signIn(SECRETARY);
    await expect(session.userMenu).toHaveText(/赵书记 · 党支部书记/);
    expect(await session.menuItems()).toEqual(['统计分析', '季度报告', '走访座谈', '意见建议', '帮扶救助']);
    await app.page.goto('/#/ledger');
    await expect(app.page.getByText('无权访问', { exact: true })).toBeVisible();

    await clock.set('2026-07-06T09:00');
    await app.page.goto('/#/reports');
    await session.waitUntilReady();
    const report = new ReportPage(app.page);
    await report.chooseQuarter(2026, '第二季度');
    // The scope is the branch, and cannot be changed.
    await expect(report.selectBox(report.scope)).toContainText(BRANCH);
    await expect(report.scope).toBeDisabled();
    await expect(report.title).toContainText(BRANCH);
    await expect(report.title).toContainText('2026年第二季度');
    // Its two units' visits: 2 批次, 1 + 3 人次; the workshop's 5 people are not counted.
    await expect(report.section('basic').locator('textarea').first()).toHaveValue(/^本季度共接处访2批次4人次，/);
    const drafted = [...(await report.paragraphs('basic')), ...(await report.paragraphs('problems'))].join('\n');
    for (const secret of [ZHANG_WAGES.petitioners[0]?.name ?? '张三', LI_XIULAN.name, LI_XIULAN.phone, WANG_WU.name])
      expect(drafted).not.toContain(secret);

    await report.analysis.fill('工资核算口径不统一，区队公示不及时。');
    await report.measures.fill('每月在区队公示工资核算明细。');
    await report.expectSaved();
    await app.page.screenshot({ path: test.info().outputPath('secretary-report-1366x768.png'), fullPage: false });
    const docx = await ReportPage.documentParts(await report.issue());
    expect(docx.text).toContain('本季度共接处访2批次4人次');
    for (const secret of [LI_XIULAN.name, LI_XIULAN.phone, WANG_WU.name]) expect(docx.xml).not.toContain(secret);

    // The dashboard too is the branch's, fixed; its counts are figures, not links to a ledger it may not open.
    await app.goTo('统计分析');
    const scope = app.page.getByRole('combobox', { name: '统计范围' });
    await expect(scope).toBeDisabled();
    await expect(app.page.getByRole('group', { name: '统计条件' })).toContainText(BRANCH);
    await expect(app.page.getByTestId('headline-pieces-value')).toHaveText('2');
    await expect(app.page.getByRole('main').getByRole('link')).toHaveCount(0);
    await expect(app.page.getByRole('button', { name: '导出统计表' })).toHaveCount(0);
    await app.page.screenshot({ path: test.info().outputPath('secretary-dashboard-1366x768.png') });
  });
});
