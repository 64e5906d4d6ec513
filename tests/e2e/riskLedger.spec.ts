import { expect, test } from './fixtures';
import { HEATING, openLedgerOn, WAGES } from './pages/risk.page';

test.describe('排查台账 (风险预控)', () => {
  test('a screening finds two matters; one is updated three days running and 销号 with its outcomes; the other falls behind', async ({
    app,
    clock,
  }) => {
    test.slow();
    const risks = await openLedgerOn(app, clock, '2026-06-01T09:00');
    await risks.recordScreening('重点排查', '工资发放、供暖移交');
    const wages = await risks.register(WAGES);
    const heating = await risks.register(HEATING);
    expect([wages, heating]).toEqual(['排〔2026〕1号', '排〔2026〕2号']);

    for (const [day, text] of [
      ['2026-06-01T16:00', '走访综采一队职工12人，核对考勤'],
      ['2026-06-02T16:00', '约谈项目部，落实补发资金'],
      ['2026-06-03T16:00', '工资已补发到个人账户'],
    ] as const) {
      await clock.set(day);
      await app.reload();
      await risks.update(wages, text);
      await expect(risks.row(wages)).toContainText('今日已更新');
    }
    // The 重大 matter had no update on 06-02 (a working day): on 06-03 it is behind, and listed first.
    await expect(risks.row(heating)).toContainText('1个工作日未更新');
    await expect(risks.rows.first()).toContainText(heating);

    // 销号 needs an outcome for every claim: here one of each of the four 到位.
    const dialog = await risks.close(wages, ['合理诉求解决到位']);
    await expect(dialog.getByRole('alert')).toContainText('第2项诉求「要求额外补偿」未选择化解结果');
    for (const [i, outcome] of ['不合理诉求解释到位', '确实困难帮扶救助到位', '违法行为处置到位'].entries())
      await risks.chooseOption(dialog.getByLabel(`第${i + 2}项化解结果`, { exact: true }), outcome);
    await risks.confirmClose(dialog);
    await expect(dialog).toBeHidden();
    await expect(risks.row(wages)).toHaveCount(0);
    await risks.status('已销号').click();
    await expect(risks.row(wages)).toContainText('已销号');
  });

  test('a matter becomes a petition: the form opens filled from it, and the two are linked both ways', async ({
    app,
    clock,
    register,
    detail,
  }) => {
    test.slow();
    const risks = await openLedgerOn(app, clock, '2026-06-01T09:00');
    await risks.recordScreening('普遍排查', '供暖移交');
    const heating = await risks.register(HEATING);

    await risks.row(heating).getByRole('button', { name: '转为信访事项' }).click();
    await expect(app.page.getByText(`由排查事项 ${heating} 转为信访事项`)).toBeVisible();
    await expect(register.summary).toHaveValue(HEATING.problem);
    await expect(register.demands).toHaveValue('恢复供暖温度');
    await register.officer.fill('王红梅');
    await register.petitioner(1).fill({ name: '赵六', phone: '13912345678' });
    // Leaving and coming back through the menu resumes the conversion from its draft, with what was typed.
    await expect(app.page.getByText('草稿已保存')).toBeVisible();
    await risks.goTo('排查台账');
    await risks.goTo('信访登记');
    await expect(app.page.getByText(`由排查事项 ${heating} 转为信访事项`)).toBeVisible();
    await expect(register.petitioner(1).name).toHaveValue('赵六');
    await expect(register.button('清空表单')).toHaveCount(0);
    await register.chooseCascaderPath(register.category, ['住房与三供一业', '供热']);
    await register.nature('申诉求决').check();
    await register.save();
    const regNo = await register.registeredNumber();
    await expect(register.toast(`排查事项${heating}已转为信访事项`)).toBeVisible();

    // The petition's page names the matter; the ledger lists the matter as converted and opens the petition.
    await register.button('查看详情').click();
    await detail.expectShowing(regNo);
    await expect(app.page.locator('.desk-card').filter({ hasText: '打开排查台账' })).toContainText(
      new RegExp(`${heating}\\s*重大已转信访事项（2026年6月1日）`),
    );
    await risks.goTo('排查台账');
    await expect(risks.row(heating)).toHaveCount(0);
    await risks.status('已转信访事项').click();
    await expect(risks.row(heating)).toContainText('已转信访事项');
    await risks.row(heating).getByRole('button', { name: '查看信访事项' }).click();
    await detail.expectShowing(regNo);
  });
});
