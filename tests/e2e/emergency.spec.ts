import { expect, test, type DeskClock } from './fixtures';
import type { BasePage } from './pages/base.page';
import { DocumentsPage } from './pages/documents';
import { EmergencyPage } from './pages/emergency.page';
import { HEATING, RiskPage } from './pages/risk.page';

/** The desk at 09:00 on 2026-06-01, reloaded, at `menuItem`. */
async function openOnFirstOfJune(app: BasePage, clock: DeskClock, menuItem: string): Promise<void> {
  await clock.set('2026-06-01T09:00');
  await app.reload();
  await app.goTo(menuItem);
}

test.describe('突发事件 (突发信访事件)', () => {
  test('an 赴京 emergency shows its 6-hour clock, records a late arrival and closes with its report', async ({
    app,
    clock,
  }) => {
    test.slow();
    await openOnFirstOfJune(app, clock, '突发事件');
    const emergencies = new EmergencyPage(app.page);
    await emergencies.register({
      reportedAt: '2026-06-01 08:30',
      location: '赴京（6小时内到场）',
      place: '北京市西城区国家信访局来访接待大厅',
      headcount: 36,
      demands: '落实离退休职工供暖费补贴',
      unit: '一号矿井',
    });

    // The 6-hour limit from the report, and a clock that counts down while nobody is there.
    await expect(emergencies.clock).toContainText('到场时限：2026-06-01 14:30（接报后6小时，赴京）');
    await expect(emergencies.countdown).toHaveText(/^剩余 05:[23]\d:\d\d$/);
    const before = await emergencies.countdown.innerText();
    await expect(emergencies.countdown).not.toHaveText(before, { timeout: 3_000 });

    // Past the limit with nobody there: 已超时, in red.
    await clock.set('2026-06-01T16:00');
    await app.reload();
    await expect(emergencies.countdown).toHaveText(/^已超时 01:3\d:\d\d$/);
    await expect(emergencies.countdown).toHaveClass(/ant-typography-danger/);
    await expect(emergencies.rows.first()).toContainText('已超时');

    await emergencies.recordArrival('张书记、李矿长', '2026-06-01 15:10');
    await expect(emergencies.drawer.getByTestId('arrival-result')).toContainText('迟到40分钟');
    await expect(emergencies.countdown).toHaveCount(0);

    await emergencies.addStep('通报代表', '2026-06-01 15:30', '与3名代表座谈，通报补贴补发方案');
    await emergencies.addStep('劝返', '2026-06-01 15:50', '36人全部同意返回，乘当晚高铁返程');
    const timeline = emergencies.drawer.getByLabel('处置经过');
    await expect(timeline.locator('.ant-timeline-item').first()).toContainText('通报代表');
    await emergencies.addAftercare('7月底前按原标准补发补贴', '2026-07-31');
    await expect(emergencies.drawer.getByLabel('善后措施')).toContainText('2026年7月31日前完成');

    // While in 处置 the event goes up as a 重大风险专报, told as of now, on the office's 专报 series.
    const report = await emergencies.specialReport({ signer: '王志刚' });
    expect(report.suggestedFilename()).toBe('关于一号矿井36人赴京上访的重大风险专报（信专报〔2026〕1号）.docx');
    const reportText = await DocumentsPage.documentText(report);
    expect(reportText).toContain('信专报〔2026〕1号签发人：王志刚关于一号矿井36人赴京上访的重大风险专报公司办公室：');
    expect(reportText).toContain('15时10分，张书记、李矿长到达现场，超过时限40分钟。15时30分，与3名代表座谈');
    expect(reportText).toContain('落实善后措施：7月底前按原标准补发补贴（7月31日前）');
    await expect(emergencies.drawer).toContainText('已专报 信专报〔2026〕1号（2026年6月1日报公司办公室）');

    // The 处置 does not end before the analysis is written.
    const refused = await emergencies.close('2026-06-01 15:55');
    await expect(refused.getByRole('alert')).toContainText('请填写原因分析；请填写损失评估；请填写经验教训');
    await refused.getByRole('button', { name: '取消' }).click();
    await emergencies.fillAnalysis({
      cause: '移交时的补贴答复没有形成书面文件',
      loss: '未造成财产损失',
      fund: '8640',
      lessons: '答复要形成书面文件',
    });
    const closing = await emergencies.close('2026-06-01 15:55');
    await expect(closing).toBeHidden();
    await expect(emergencies.drawer).toContainText('已结束');
    await expect(emergencies.drawer.getByRole('button', { name: '添加处置步骤' })).toHaveCount(0);
    await expect(emergencies.drawer.getByRole('button', { name: '重大风险专报' })).toHaveCount(0);
    await expect(emergencies.drawer.getByRole('button', { name: '保存分析' })).toHaveCount(0);
    await expect(emergencies.drawer).toContainText('备用金（元）8640');

    const download = await emergencies.download(emergencies.drawer.getByRole('button', { name: '导出处置情况报告' }));
    expect(download.suggestedFilename()).toBe('关于一号矿井36人赴京上访处置情况的报告（2026-06-01）.docx');
    const text = await DocumentsPage.documentText(download);
    expect(text).toContain('关于一号矿井36人赴京上访处置情况的报告公司党委：');
    expect(text).toContain('赴京上访的事件须在接报后6小时内，即2026年6月1日14时30分前');
    expect(text).toContain('张书记、李矿长于2026年6月1日15时10分到达现场，超过时限40分钟，未能按时到场。');
    expect(text).toContain('2026年6月1日15时50分，36人全部同意返回');
    expect(text).toContain('处置中动用备用金8640元。');
    expect(text).toContain('移交时的补贴答复没有形成书面文件');

    // The dashboard counts it with the screening ledger's figures: one event, its leaders late.
    await app.page.keyboard.press('Escape');
    await expect(emergencies.drawer).toBeHidden();
    await app.goTo('统计分析');
    const figures = app.page.getByRole('list', { name: '风险预控指标' });
    await expect(figures.getByTestId('headline-emergencies-value')).toHaveText('1');
    await expect(figures.getByTestId('headline-emergencyOnTimeRate-value')).toHaveText('0.00%');
  });

  test('a screening-ledger matter escalates to an emergency, filled from it and linked both ways', async ({
    app,
    clock,
  }) => {
    test.slow();
    await openOnFirstOfJune(app, clock, '排查台账');
    const risks = new RiskPage(app.page);
    const riskNo = await risks.register(HEATING);

    await risks.row(riskNo).getByRole('button', { name: '升级为突发事件' }).click();
    const emergencies = new EmergencyPage(app.page);
    const dialog = emergencies.dialog('登记突发事件');
    await expect(dialog).toContainText(`由排查事项 ${riskNo} 升级为突发事件`);
    await expect(dialog.getByLabel('诉求', { exact: true })).toHaveValue(HEATING.problem);
    await emergencies.fillRegistration({ reportedAt: '2026-06-01 08:50', place: '公司机关大门口', unit: '一号矿井' });
    await expect(emergencies.clock).toContainText('到场时限：2026-06-01 09:50（接报后1小时，本市单位）');
    await expect(emergencies.drawer).toContainText(`由排查事项 ${riskNo} 升级`);

    await emergencies.drawer.getByRole('button', { name: riskNo }).click();
    await expect(risks.row(riskNo)).toBeVisible();
    await risks.row(riskNo).getByRole('button', { name: '查看突发事件' }).click();
    await expect(emergencies.clock).toContainText('到场时限：2026-06-01 09:50');
  });

  test('the office’s own arrival limit applies to the events registered after it is saved', async ({ app, clock }) => {
    test.slow();
    await openOnFirstOfJune(app, clock, '设置');
    await app.page.getByRole('tab', { name: '风险预控' }).click();
    const beijing = app.page.getByLabel('赴京到场时限', { exact: true });
    await beijing.fill('73');
    await expect(
      app.page.getByRole('alert').filter({ hasText: '赴京的到场时限应为1至72之间的整数小时' }),
    ).toBeVisible();
    await beijing.fill('4');
    await app.button('保存到场时限').click();
    await expect(app.toast('到场时限已保存')).toBeVisible();

    await app.goTo('突发事件');
    const emergencies = new EmergencyPage(app.page);
    await emergencies.register({
      reportedAt: '2026-06-01 08:30',
      location: '赴京（4小时内到场）',
      place: '北京市西城区',
      demands: '补发补贴',
      unit: '一号矿井',
    });
    await expect(emergencies.clock).toContainText('到场时限：2026-06-01 12:30（接报后4小时，赴京）');
  });
});
