import { expect, test } from './fixtures';
import { DashboardPage } from './pages/dashboard.page';
import { LI_XIULAN, WANG_LETTER, ZHANG_WAGES, type Registration } from './pages/register.page';

const LI_BONUS: Registration = {
  officer: '王红梅',
  headcount: 2,
  petitioners: [{ name: LI_XIULAN.name, phone: LI_XIULAN.phone }],
  category: ['工资福利', '绩效/精益奖金分配'],
  nature: '申诉求决',
  unit: '综采一队',
  summary: '精益奖金分配不公开',
  demands: '公开分配明细',
};

test.describe('统计分析', () => {
  test('the headline 件 and a category bar lead to a ledger with the same count', async ({
    app,
    clock,
    register,
    ledger,
  }) => {
    // Four registrations in three months, each after a clock move and reload: a long journey, no long step.
    test.slow();
    const cspErrors: string[] = [];
    app.page.on('console', (message) => {
      if (message.type() === 'error' && /Content Security Policy|unsafe-eval/i.test(message.text()))
        cspErrors.push(message.text());
    });
    // A year in brief, registered through the form with the clock moved: one in Q1, three in Q2 (two about pay).
    const registered: Record<string, string> = {};
    for (const [moment, name, form] of [
      ['2026-02-10T09:30', 'february', ZHANG_WAGES],
      ['2026-04-15T09:30', 'aprilWages', { ...ZHANG_WAGES, unit: '通风科' }],
      ['2026-04-20T10:00', 'aprilLetter', WANG_LETTER],
      ['2026-05-18T14:00', 'mayBonus', LI_BONUS],
    ] as const) {
      await clock.set(moment);
      await app.reload();
      registered[name] = await register.register(form);
    }
    await clock.set('2026-06-10T09:00');

    const dashboard = new DashboardPage(app.page);
    await dashboard.open('/#/dashboard');
    await dashboard.expectLoaded();
    // 2026 Q2 by default (the clock's quarter): 3 件; 批次 and 人次 leave the letter out (docs/domain.md §8).
    await expect(dashboard.headline('pieces')).toHaveText('3');
    await expect(dashboard.headline('batches')).toHaveText('2');
    await expect(dashboard.headline('persons')).toHaveText('3');
    // No petitions in 2025: 同比 has no base. Q1 had 1: 环比 +200%.
    await expect(dashboard.headlineCard('pieces')).toContainText('同比 —');
    await expect(dashboard.headlineCard('pieces')).toContainText('环比 上升200.00%');
    await expect(dashboard.chart('月度趋势').locator('canvas')).toHaveCount(1);
    // 走出去 beside them through the same catalogue: an office that recorded none counts 0, with no 同比 base.
    const outreach = app.page.getByRole('list', { name: '走出去指标' });
    await expect(outreach.getByTestId('headline-outreachActivities-value')).toHaveText('0');
    await expect(outreach.getByTestId('headline-helpAmount-value')).toHaveText('0.00');
    await expect(outreach.getByTestId('headline-suggestionsCollected')).toContainText('同比 —');

    // The headline 件 opens the ledger of the same period: the same 3.
    await dashboard.headline('pieces').click();
    await expect(app.page).toHaveURL(/#\/ledger$/);
    await expect(ledger.total).toHaveText('共 4 件，符合条件 3 件');
    await ledger.expectRegNos([registered.mayBonus, registered.aprilLetter, registered.aprilWages].map(String));

    // A category bar: 工资福利 in Q2 is 2 件 (one 拖欠工资, one 奖金分配), and so is its ledger.
    await ledger.goTo('统计分析');
    await dashboard.expectLoaded();
    await expect(dashboard.figures('问题类别分布').getByRole('row', { name: /工资福利/ })).toContainText('66.67%');
    await dashboard.openFigure('问题类别分布', '工资福利 2 件，在台账中查看');
    await expect(ledger.total).toHaveText('共 4 件，符合条件 2 件');
    await ledger.expectRegNos([registered.mayBonus, registered.aprilWages].map(String));

    // 按矿（厂）汇总: the 综采一队 and 通风科 matters both count for 一号矿井, and its ledger lists both. Nothing is
    // handled yet: 办结件数 0.
    await ledger.goTo('统计分析');
    await dashboard.expectLoaded();
    await expect(dashboard.headline('finished')).toHaveText('0');
    await expect(dashboard.figures('按矿（厂）汇总').getByRole('row', { name: /一号矿井/ })).toContainText('66.67%');
    await dashboard.openFigure('按矿（厂）汇总', '一号矿井 2 件，在台账中查看');
    await expect(ledger.total).toHaveText('共 4 件，符合条件 2 件');
    await ledger.expectRegNos([registered.mayBonus, registered.aprilWages].map(String));

    // A month of the trend, for the whole year: April has 2 件.
    await ledger.goTo('统计分析');
    await dashboard.choosePeriodKind('年');
    await expect(dashboard.headline('pieces')).toHaveText('4');
    await dashboard.openFigure('月度趋势', '2026-04 2 件，在台账中查看');
    await expect(ledger.total).toHaveText('共 4 件，符合条件 2 件');
    await ledger.expectRegNos([registered.aprilLetter, registered.aprilWages].map(String));
    expect(cspErrors).toEqual([]);
  });
});
