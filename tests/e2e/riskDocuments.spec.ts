import { expect, test } from './fixtures';
import { LedgerExportPage } from './pages/ledgerExport.page';
import { HEATING, openLedgerOn, RiskPage, WAGES } from './pages/risk.page';

test.describe('排查台账的文书：专报、日报、月度汇总', () => {
  test('a 重大 matter goes up as a 专报; the 日报 lists the day’s changes; the 月度汇总 counts the month in .docx and .xlsx', async ({
    app,
    clock,
  }) => {
    test.slow();
    let risks = await openLedgerOn(app, clock, '2026-06-01T09:00');
    await risks.recordScreening('重点排查', '工资发放、供暖移交');
    const wages = await risks.register(WAGES);
    const heating = await risks.register(HEATING);

    // Only the 重大 matter offers a 专报. Its subject is the matter's risk kind (the page object types 工资拖欠 for
    // every matter; no unit is chosen), the title 「关于……的重大风险专报」.
    await expect(risks.row(wages).getByRole('button', { name: '专报', exact: true })).toHaveCount(0);
    // The first 专报 goes to the company office unless the clerk names another body; a 签发人 is required.
    const first = await risks.openSpecialReport(heating);
    await expect(first.getByLabel('主送', { exact: true })).toHaveValue('公司办公室');
    await expect(first.getByLabel('风险研判', { exact: true })).toHaveValue(/研判为重大风险。$/);
    await first.getByRole('button', { name: '出具专报' }).click();
    await expect(first.getByRole('alert')).toContainText('请填写签发人');
    const report = await risks.issueSpecialReport(first, { to: '某煤业集团有限公司办公室', signer: '王志刚' });
    expect(report.suggestedFilename()).toBe('关于工资拖欠问题的重大风险专报（信专报〔2026〕1号）.docx');
    const reportText = await RiskPage.docxText(report);
    expect(reportText).toContain(
      '信专报〔2026〕1号签发人：王志刚关于工资拖欠问题的重大风险专报某煤业集团有限公司办公室：一、基本情况',
    );
    expect(reportText).toContain(HEATING.problem);
    expect(reportText).toContain(`（${heating}）`);
    expect(reportText).toMatch(/特此报告。.*2026年6月1日$/);
    await expect(risks.row(heating)).toContainText(
      '已专报 信专报〔2026〕1号（2026年6月1日报某煤业集团有限公司办公室）',
    );
    // 重新导出 builds the same 专报 again with its 文号, and takes no new number.
    const again = await risks.download(
      risks.row(heating).getByRole('button', { name: '重新导出专报 信专报〔2026〕1号' }),
    );
    expect(again.suggestedFilename()).toBe(report.suggestedFilename());
    expect(await RiskPage.docxText(again)).toBe(reportText);
    // The next 专报 is drafted with the 主送 and 签发人 of the latest one.
    const second = await risks.openSpecialReport(heating);
    await expect(second.getByLabel('主送', { exact: true })).toHaveValue('某煤业集团有限公司办公室');
    await expect(second.getByLabel('签发人', { exact: true })).toHaveValue('王志刚');
    await second.getByRole('button', { name: '取消' }).click();

    // Two days later: the wages matter is updated and 销号; the 重大 one missed an update on 06-02.
    risks = await openLedgerOn(app, clock, '2026-06-03T16:00');
    await risks.update(wages, '工资已补发到个人账户');
    const dialog = await risks.close(wages, [
      '合理诉求解决到位',
      '不合理诉求解释到位',
      '确实困难帮扶救助到位',
      '违法行为处置到位',
    ]);
    await expect(dialog).toBeHidden();

    const daily = await risks.dailyReport();
    expect(daily.suggestedFilename()).toBe('排查台账日报（2026年6月3日）.docx');
    const dailyText = await RiskPage.docxText(daily);
    expect(dailyText).toContain(
      '今日新挂号0起，更新进展1条，销号1起，转为信访事项0起；截至今日在办1起，其中1起未按时更新进展。',
    );
    expect(dailyText).toContain('工资已补发到个人账户');
    expect(dailyText).toContain(`五、未按时更新进展编号等级涉及单位包案领导最近更新未更新工作日${heating}重大`);

    const monthly = await risks.monthlySummary('docx');
    expect(monthly.suggestedFilename()).toBe('2026年6月矛盾纠纷排查化解情况.docx');
    expect(await RiskPage.docxText(monthly)).toContain(
      '本月共组织集中排查1次，其中重点排查1次、普遍排查0次，排查化解矛盾纠纷1起。新挂号矛盾纠纷2起（其中重大1起、较大1起），销号1起，月末在办1起；本年累计挂号2起、销号1起，化解率50.00%。',
    );

    const workbook = await LedgerExportPage.workbook(await risks.monthlySummary('xlsx'));
    const totals = workbook.getWorksheet('总体情况');
    expect((totals?.getRow(2).values as unknown[]).slice(1)).toEqual(['新挂号', 2, 2]);
    expect((totals?.getRow(3).values as unknown[]).slice(1)).toEqual(['销号', 1, 1]);
    expect((totals?.getRow(6).values as unknown[]).slice(1)).toEqual(['月末在办', 1, '—']);
    const byLevel = workbook.getWorksheet('按风险等级');
    expect((byLevel?.getRow(2).values as unknown[]).slice(1)).toEqual(['重大', 1, 0, 0, 1, 0, 1]);
    expect((byLevel?.getRow(3).values as unknown[]).slice(1)).toEqual(['较大', 1, 1, 0, 1, 1, 0]);
  });
});
