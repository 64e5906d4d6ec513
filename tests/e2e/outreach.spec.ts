import { expect, test } from './fixtures';
import { DashboardPage } from './pages/dashboard.page';
import { LedgerExportPage } from './pages/ledgerExport.page';
import { OutreachPage, openOutreachOn, recordHelp, type SuggestionEntry } from './pages/outreach.page';
import { RiskPage } from './pages/risk.page';

const WAGES = '项目部12名职工反映两个月工资未发放';
const INSURANCE = '项目部未给劳务派遣人员缴纳工伤保险';

const suggestion = (topic: string, deadline: string, proposer?: SuggestionEntry['proposer']): SuggestionEntry => ({
  topic,
  text: `职工建议：${topic}`,
  proposer,
  department: '工会',
  measure: `研究落实${topic}`,
  deadline,
});

test.use({ viewport: { width: 1366, height: 768 } });

test.describe('走访座谈与意见建议', () => {
  test('a 下访走访 of a project department finds wage arrears, which becomes a 下访发现 petition linked to the visit', async ({
    app,
    clock,
    register,
    detail,
  }) => {
    test.slow();
    const outreach = await openOutreachOn(app, clock, '2026-06-03T09:00');
    const visitNo = await outreach.record({
      kind: '下访走访',
      date: '2026-06-02',
      unit: '机电安装项目部',
      place: '项目部会议室',
      leader: '李矿长',
      headcount: 40,
      checked: ['工资发放', '劳保用品'],
      problems: [WAGES, '劳保手套发放不及时', INSURANCE],
    });
    expect(visitNo).toBe('走〔2026〕1号');
    await app.page.screenshot({ path: test.info().outputPath('activity-1366x768.png') });

    // 当场解决 the gloves; 登记为信访事项 the wages.
    await outreach.problem('劳保手套').getByRole('button', { name: '当场解决' }).click();
    const solve = outreach.dialog('当场解决');
    await solve.getByLabel('解决情况', { exact: true }).fill('现场协调物资科当日补发');
    await solve.getByRole('button', { name: '保存' }).click();
    await expect(solve).toBeHidden();
    await expect(outreach.problem('劳保手套')).toContainText('当场解决（2026年6月3日）：现场协调物资科当日补发');

    // 纳入排查台账 the insurance: the 挂号 opens with the problem, the project department and the visit's leader.
    await outreach.problem(INSURANCE).getByRole('button', { name: '纳入排查台账' }).click();
    const risk = new RiskPage(app.page);
    const raise = risk.dialog('挂号：排查台账');
    await expect(raise).toContainText(`由下访走访 ${visitNo}发现的问题挂号`);
    await expect(raise.getByLabel('矛盾纠纷情况', { exact: true })).toHaveValue(INSURANCE);
    await expect(raise.getByLabel('包案领导', { exact: true })).toHaveValue('李矿长');
    await expect(raise.getByRole('radio', { name: '走访座谈' })).toBeChecked();
    await risk.fillMatter(
      {
        problem: INSURANCE,
        level: '较大',
        leader: '李矿长',
        department: '人力资源部',
        responsible: '王科长',
        targetDate: '2026-06-30',
        claims: ['补缴工伤保险'],
      },
      '工伤保险',
    );
    await expect(outreach.problem(INSURANCE)).toContainText('纳入排查台账（2026年6月3日）');
    await expect(outreach.problem(INSURANCE).getByRole('button')).toHaveText(['记录帮扶']);

    await outreach.problem(WAGES).getByRole('button', { name: '登记为信访事项' }).click();
    await expect(app.page.getByText(`由下访走访 ${visitNo}发现的问题登记为信访事项`)).toBeVisible();
    await expect(register.summary).toHaveValue(WAGES);
    await expect(register.selectBox(register.channel)).toHaveText('下访发现');
    await expect(register.selectBox(register.unit)).toHaveText('机电安装项目部');
    await register.officer.fill('王红梅');
    await register.petitioner(1).fill({ name: '赵六', phone: '13912345678' });
    await register.chooseCascaderPath(register.category, ['工资福利', '拖欠工资']);
    await register.nature('申诉求决').check();
    await register.demands.fill('补发两个月工资');
    await register.save();
    const regNo = await register.registeredNumber();
    await expect(register.toast(`已关联${visitNo}发现的问题`)).toBeVisible();

    // The visit lists the petition; its link opens the petition.
    await outreach.goTo('走访座谈');
    await expect(outreach.activities.locator('tbody tr.ant-table-row')).toHaveCount(1);
    await expect(outreach.activities).toContainText(/走〔2026〕1号\s*下访走访\s*2026年6月2日/);
    await outreach.activities.getByRole('link', { name: visitNo }).click();
    await expect(outreach.problem(WAGES)).toContainText('转为信访事项（2026年6月3日）');
    // Registered: the petition is the matter now, so no button is left on the problem (its helps go on the petition).
    await expect(outreach.problem(WAGES).getByRole('button')).toHaveCount(0);
    await outreach
      .problem(WAGES)
      .getByRole('link', { name: /转为信访事项/ })
      .click();
    await detail.expectShowing(regNo);
    await expect(app.page.getByRole('main')).toContainText('下访发现');
    // The insurance is on the screening ledger.
    await outreach.goTo('排查台账');
    await expect(risk.table.locator('tbody tr.ant-table-row').filter({ hasText: INSURANCE })).toContainText(
      '排〔2026〕1号',
    );
  });

  test('a 座谈会 collects 5 suggestions: 3 answered by their deadline, 1 followed up, 1 overdue on the 督办台; its 纪要 and 答复情况表 download', async ({
    app,
    clock,
  }) => {
    test.slow();
    const outreach = await openOutreachOn(app, clock, '2026-06-02T15:00');
    const forumNo = await outreach.record({
      kind: '座谈会',
      date: '2026-06-02',
      unit: '综采一队',
      place: '职工活动室',
      leader: '张书记',
      headcount: 25,
      checked: ['征集意见建议'],
      problems: [],
    });
    const topics = ['井下班中餐保温', '澡堂延长开放时间', '通勤车增加班次', '更衣柜维修', '职工书屋添置图书'];
    const deadlines = ['2026-06-10', '2026-06-10', '2026-06-10', '2026-06-05', '2026-06-30'];
    for (const [i, topic] of topics.entries())
      await outreach.addSuggestion(
        suggestion(topic, deadlines[i] ?? '', i === 1 ? undefined : { name: '王强', phone: '13912345678' }),
      );
    await expect(outreach.activitySuggestions.locator('tbody tr.ant-table-row')).toHaveCount(5);
    // The proposer's phone is masked; the anonymous one says so.
    await expect(outreach.suggestionRow(outreach.activitySuggestions, topics[0] ?? '')).toContainText(
      '王强 139****5678',
    );
    await expect(outreach.suggestionRow(outreach.activitySuggestions, topics[1] ?? '')).toContainText('匿名');

    await clock.set('2026-06-08T09:00');
    await app.reload();
    const table = outreach.activitySuggestions;
    for (const topic of topics.slice(0, 3))
      await outreach.answer(table, topic, `已落实：${topic}`, '2026-06-08', '座谈会反馈');
    await outreach.followUp(table, topics[4] ?? '');
    await expect(outreach.suggestionRow(table, topics[0] ?? '')).toContainText('已答复');
    await expect(outreach.suggestionRow(table, topics[4] ?? '')).toContainText('跟进中');
    await expect(outreach.suggestionRow(table, topics[3] ?? '')).toContainText('超期');
    await app.page.screenshot({ path: test.info().outputPath('forum-1366x768.png') });

    // The forum's 纪要 and its 答复情况表, as the suggestions stand today.
    const minutes = await outreach.minutes();
    expect(minutes.suggestedFilename()).toBe('综采一队座谈会纪要（2026-06-02）.docx');
    const minutesText = await RiskPage.docxText(minutes);
    expect(minutesText).toContain('2026年6月2日');
    expect(minutesText).toContain(topics[0]);
    expect(minutesText).not.toContain('13912345678');
    const tableDocx = await outreach.suggestionTable('docx');
    expect(tableDocx.suggestedFilename()).toBe('综采一队座谈会征集建议答复情况表.docx');
    const tableText = await RiskPage.docxText(tableDocx);
    expect(tableText).toContain(topics[3]);
    expect(tableText).toContain('已向职工反馈答复3条');
    const tableXlsx = await outreach.suggestionTable('xlsx');
    expect(tableXlsx.suggestedFilename()).toBe('综采一队座谈会征集建议答复情况表.xlsx');
    const workbook = await LedgerExportPage.workbook(tableXlsx);
    expect(JSON.stringify(workbook.getWorksheet('说明')?.getSheetValues())).toContain('已向职工反馈答复3条');

    await outreach.goTo('意见建议');
    await expect(app.page.getByRole('main')).toContainText('未答复 1 条，跟进中 1 条，已答复 3 条');
    await app.page.getByRole('checkbox', { name: '只看超期' }).check();
    await expect(outreach.ledger.locator('tbody tr.ant-table-row')).toHaveCount(1);
    await expect(outreach.ledger).toContainText(topics[3] ?? '');
    await app.page.screenshot({ path: test.info().outputPath('suggestions-1366x768.png') });
    // The ledger's table is of the suggestions it lists: here the one overdue.
    const overdueTable = await outreach.suggestionTable('docx');
    expect(overdueTable.suggestedFilename()).toBe('2026年6月2日征集建议答复情况表.docx');
    expect(await RiskPage.docxText(overdueTable)).toContain(topics[3]);

    await outreach.goTo('督办台');
    const due = app.page.getByRole('table', { name: '意见建议完成时限' });
    await expect(due.locator('tbody tr.ant-table-row')).toHaveCount(1);
    await expect(due).toContainText(topics[3] ?? '');
    await expect(due).toContainText('超期3天');
    expect(forumNo).toBe('走〔2026〕1号');
  });

  test('a 求助 case records two helps; 帮扶救助 totals them for the period and the unit, and the dashboard sums them', async ({
    app,
    clock,
    register,
  }) => {
    test.slow();
    await clock.set('2026-06-10T09:00');
    await app.reload();
    await register.registerAndOpen({
      officer: '王红梅',
      petitioners: [{ name: '刘桂芳', phone: '13700001234' }],
      category: ['困难帮扶'],
      nature: '求助',
      unit: '掘进二队',
      summary: '丈夫井下工伤后家庭生活困难',
      demands: '申请困难救助',
    });
    const outreach = new OutreachPage(app.page);
    const helps = app.page.getByRole('table', { name: '帮扶救助记录' });
    await outreach.button('记录帮扶').click();
    await recordHelp(outreach, {
      kind: '生活救助',
      amount: '2000',
      date: '2026-06-10',
      approver: '张书记',
      recipient: '刘桂芳',
      headcount: 1,
    });
    await outreach.button('记录帮扶').click();
    await recordHelp(outreach, {
      kind: '医疗救助',
      amount: '1500.50',
      date: '2026-06-10',
      approver: '李矿长',
      recipient: '刘桂芳家属',
      headcount: 2,
    });
    await expect(helps.locator('tbody tr.ant-table-row')).toHaveCount(2);
    await expect(app.page.getByTestId('help-total')).toHaveText('合计：救助3人次，金额3500.50元');

    await outreach.goTo('帮扶救助');
    await expect(app.page.getByTestId('helps-total')).toHaveText('期间合计：帮扶2次，救助3人次，金额3500.50元');
    await expect(app.page.getByRole('table', { name: '帮扶救助按单位合计' })).toContainText(
      /掘进二队\s*2\s*3\s*3500\.50/,
    );
    await app.page.screenshot({ path: test.info().outputPath('helps-1366x768.png') });

    // The dashboard's 走出去 card sums them for its period (2026 Q2, the clock's quarter).
    await outreach.goTo('统计分析');
    const dashboard = new DashboardPage(app.page);
    await dashboard.expectLoaded();
    const figures = app.page.getByRole('list', { name: '走出去指标' });
    await expect(figures.getByTestId('headline-helpPersons-value')).toHaveText('3');
    await expect(figures.getByTestId('headline-helpAmount-value')).toHaveText('3500.50');
    await expect(figures.getByTestId('headline-helpAmount')).toContainText('同比 —');
  });
});
