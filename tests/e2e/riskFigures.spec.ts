import { expect, test } from './fixtures';
import { ReportPage } from './pages/report.page';
import { HEATING as LEDGER_HEATING, RiskPage, WAGES as LEDGER_WAGES, type RiskEntry } from './pages/risk.page';

const WAGES: RiskEntry = { ...LEDGER_WAGES, claims: ['补发4、5月工资'] };
const HEATING: RiskEntry = { ...LEDGER_HEATING, targetDate: '2026-06-03' };

test('the screening ledger’s figures on the dashboard and in the report’s section 五, and its near deadlines on the 督办台', async ({
  app,
  clock,
}) => {
  test.slow();
  await clock.set('2026-06-01T09:00');
  await app.reload();
  const risks = new RiskPage(app.page);
  await risks.goTo('排查台账');
  await risks.recordScreening('重点排查', '工资发放、供暖移交');
  const wages = await risks.register(WAGES);
  const heating = await risks.register(HEATING);
  const dialog = await risks.close(wages, ['合理诉求解决到位']);
  await expect(dialog).toBeHidden();

  await risks.goTo('统计分析');
  const figures = app.page.getByRole('list', { name: '风险预控指标' });
  const value = (key: string) => figures.getByTestId(`headline-${key}-value`);
  await expect(value('screeningsConcentrated')).toHaveText('1');
  await expect(value('riskRegistered')).toHaveText('2');
  await expect(value('riskClosed')).toHaveText('1');
  await expect(value('riskOpen')).toHaveText('1');
  await expect(value('riskResolutionRate')).toHaveText('50.00%');
  await expect(value('riskStale')).toHaveText('0');
  await expect(figures.getByTestId('headline-riskStale')).toContainText('按当天计');
  await expect(value('emergencies')).toHaveText('0');
  await expect(value('emergencyOnTimeRate')).toHaveText('—');

  // Section 五 of the quarter's report opens with the same figures, for the branch to edit.
  await risks.goTo('季度报告');
  const report = new ReportPage(app.page);
  await expect(report.analysis).toHaveValue(
    '（一）矛盾纠纷排查化解情况\n本季度共组织集中排查1次，其中重点排查1次、普遍排查0次，排查化解矛盾纠纷1起；' +
      '排查台账新挂号矛盾纠纷2起（其中重大1起、较大1起），销号1起，化解率50.00%，期末在办1起。本季度未发生突发信访事件。',
  );

  await risks.goTo('督办台');
  const deadlines = app.page.getByRole('table', { name: '排查台账化解时限' });
  await expect(deadlines.locator('tbody tr')).toHaveCount(1);
  await expect(deadlines.locator('tbody tr').first()).toContainText(heating);
  await expect(deadlines.locator('tbody tr').first()).toContainText('还剩2天');
  await clock.set('2026-06-05T09:00');
  await app.reload();
  await risks.goTo('督办台');
  await expect(deadlines.locator('tbody tr').first()).toContainText('超期2天');
});
