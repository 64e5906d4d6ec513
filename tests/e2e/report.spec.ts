import { expect, test } from './fixtures';
import { ReportPage } from './pages/report.page';
import { LI_XIULAN, ZHANG_WAGES } from './pages/register.page';

test.describe('季度报告: the quarterly analysis report drafted from the ledger', () => {
  test('drafted from the quarter’s visits, 五/六 kept across a reload, issued as a .docx and listed in history', async ({
    app,
    clock,
    register,
  }) => {
    await clock.set('2026-05-12T09:30');
    await app.reload();
    await register.registerEach([
      ZHANG_WAGES,
      {
        ...ZHANG_WAGES,
        petitioners: [{ name: LI_XIULAN.name, phone: LI_XIULAN.phone }],
        category: ['住房与三供一业', '供热'],
        headcount: 3,
        summary: `${LI_XIULAN.name}等3人反映供暖费补贴未发放，联系电话${LI_XIULAN.phone}`,
      },
    ]);

    // A quarter later the branch writes the report for the second quarter.
    await clock.set('2026-07-06T09:00');
    await app.reload();
    await app.goTo('季度报告');
    const report = new ReportPage(app.page);
    await report.chooseQuarter(2026, '第二季度');
    await expect(report.title).toHaveText('某煤业集团有限公司信访办公室2026年第二季度信访工作研判分析报告');
    await expect(report.section('basic').locator('textarea').first()).toHaveValue(/^本季度共接处访2批次4人次，/);
    const problems = (await report.paragraphs('problems')).join('\n');
    expect(problems).toContain('工资福利');
    expect(problems).toContain('住房与三供一业方面。');
    expect(problems).not.toContain(LI_XIULAN.name);
    expect(problems).not.toContain(LI_XIULAN.phone);

    await report.analysis.fill('（一）主要原因\n工资发放不及时引发集中反映。');
    await report.measures.fill('督促相关单位按月足额发放工资。');
    await report.expectSaved();

    await app.reload();
    await expect(report.title).toHaveText('某煤业集团有限公司信访办公室2026年第二季度信访工作研判分析报告');
    await expect(report.analysis).toHaveValue('（一）主要原因\n工资发放不及时引发集中反映。');
    await expect(report.measures).toHaveValue('督促相关单位按月足额发放工资。');

    const download = await report.issue();
    expect(download.suggestedFilename()).toBe('某煤业集团有限公司信访办公室2026年第二季度信访工作研判分析报告.docx');
    const docx = await ReportPage.documentParts(download);
    expect(docx.text).toContain('本季度共接处访2批次4人次');
    expect(docx.text).toContain('督促相关单位按月足额发放工资。');
    expect(docx.media.length).toBeGreaterThan(0);
    expect(docx.xml).toContain('<w:drawing>');
    expect(docx.xml).not.toContain(LI_XIULAN.phone);
    expect(docx.xml).not.toContain(LI_XIULAN.name);

    const row = report.history.getByRole('row').filter({ hasText: '2026年第二季度' });
    await expect(row).toContainText('第1版');
    await expect(row).toContainText('2026-07-06');
  });

  test('a 党支部 drafts, finishes and issues its own report: only its units’ visits are counted', async ({
    app,
    clock,
    register,
  }) => {
    await clock.set('2026-05-12T09:30');
    await app.reload();
    await register.registerEach([
      { ...ZHANG_WAGES, unit: '综采一队' },
      {
        ...ZHANG_WAGES,
        petitioners: [{ name: LI_XIULAN.name, phone: LI_XIULAN.phone }],
        headcount: 3,
        unit: '生产车间',
      },
    ]);

    await clock.set('2026-07-06T09:00');
    await app.reload();
    await app.goTo('季度报告');
    const report = new ReportPage(app.page);
    await report.chooseQuarter(2026, '第二季度');
    await report.chooseScope('综采一队党支部');
    await expect(report.title).toContainText('综采一队党支部');
    await expect(report.section('basic').locator('textarea').first()).toHaveValue(/^本季度共接处访1批次1人次，/);

    await report.analysis.fill('工资核算口径不统一。');
    await report.measures.fill('每月公示工资核算明细。');
    await report.expectSaved();
    const docx = await ReportPage.documentParts(await report.issue());
    expect(docx.text).toContain('本季度共接处访1批次1人次');
    expect(docx.text).toContain('每月公示工资核算明细。');
    expect(docx.xml).not.toContain(ZHANG_WAGES.petitioners[0]?.phone ?? '13800001111');
    expect(docx.xml).not.toContain(LI_XIULAN.name);
    await expect(report.history.getByRole('row').filter({ hasText: '2026年第二季度' })).toContainText('第1版');
  });
});
