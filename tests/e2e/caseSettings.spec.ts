import { expect, test } from './fixtures';
import { CaseSettingsPage } from './pages/caseSettings';

test.use({ startPath: '/#/settings' });

/** 设置 for case handling (issue 3, items 2, 5 and 7): what is saved survives a reload, what is wrong is refused. */
test.describe('设置：文号、模板、期限和节假日', () => {
  test('a 文号代字 shows its 文号 as typed and is kept after a reload', async ({ app, clock }) => {
    await clock.set('2026-05-25T09:30', true);
    await app.reload();
    const settings = new CaseSettingsPage(app.page);
    await settings.openTab('文号代字');

    const opinion = settings.prefix('信访事项处理意见书');
    await expect(opinion).toHaveValue('信复');
    await opinion.fill('曹矿〔信复');
    await expect(settings.helpOf(opinion)).toHaveText('文号代字不能含括号、数字、空格或“号”字，年份和序号由系统生成');
    await settings.button('保存文号代字').click();
    await expect(settings.toast('保存失败：信访事项处理意见书：文号代字不能含括号')).toBeVisible();

    await opinion.fill('曹矿信复');
    await expect(settings.helpOf(opinion)).toHaveText('示例：曹矿信复〔2026〕1号');
    await settings.button('保存文号代字').click();
    await expect(settings.toast('文号代字已保存')).toBeVisible();

    await settings.reload();
    await settings.openTab('文号代字');
    await expect(settings.prefix('信访事项处理意见书')).toHaveValue('曹矿信复');
    await expect(settings.prefix('受理告知书')).toHaveValue('信受');
  });

  test('a template without a required placeholder is refused with its message; the corrected one saves', async ({
    app,
  }) => {
    const settings = new CaseSettingsPage(app.page);
    await settings.openTab('文书模板');
    await settings.chooseTemplateKind('延期办理告知书');

    const body = settings.templatePart('正文');
    const typed = '因{延期理由}，经批准延长办理期限。';
    await body.fill(typed);
    const help = settings.helpOf(body);
    await expect(help).toContainText('缺少占位符{批准人}（批准延期的负责人）');
    await expect(help).toContainText('缺少占位符{新办结期限}（延期后的办结期限）');
    await settings.button('保存模板').click();
    await expect(settings.toast('保存失败：正文：缺少占位符{批准人}')).toBeVisible();
    await expect(body).toHaveValue(typed);

    // The cursor stands after 经; the buttons insert there.
    await body.click();
    await body.press('End');
    for (let i = 0; i < '批准延长办理期限。'.length; i += 1) await body.press('ArrowLeft');
    await settings.placeholder('正文', '批准人').click();
    await body.press('End');
    await body.pressSequentially('期限至');
    await settings.placeholder('正文', '新办结期限').click();
    const corrected = '因{延期理由}，经{批准人}批准延长办理期限。期限至{新办结期限}';
    await expect(body).toHaveValue(corrected);
    await expect(help).toHaveText('每行为一段');
    await settings.button('保存模板').click();
    await expect(settings.toast('延期办理告知书模板已保存')).toBeVisible();

    await settings.reload();
    await settings.openTab('文书模板');
    await settings.chooseTemplateKind('延期办理告知书');
    await expect(settings.templatePart('正文')).toHaveValue(corrected);
    await settings.button('恢复默认').click();
    await expect(settings.templatePart('正文')).toHaveValue(/^\{人称\}于\{收到日期\}反映的/);
  });

  test('an office period above the statute is refused; the petitioner’s periods cannot be changed', async ({ app }) => {
    const settings = new CaseSettingsPage(app.page);
    const card = await settings.openTab('办理期限');
    await expect(settings.periodRow('申请复查期限')).toContainText('信访人的法定权利，不能修改');
    await expect(settings.periodRow('申请复查期限').getByRole('spinbutton')).toHaveCount(0);

    const handling = settings.periodLength('办理期限');
    await handling.fill('61');
    await expect(settings.periodRow('办理期限').getByRole('alert')).toHaveText('办理期限不得超过60日（法定期限）');
    await settings.button('保存办理期限').click();
    await expect(settings.toast('保存失败：办理期限不得超过60日（法定期限）')).toBeVisible();
    await expect(handling).toHaveValue('61');

    await handling.fill('30');
    await expect(settings.periodRow('办理期限')).toContainText('法定：60日');
    await settings.button('保存办理期限').click();
    await expect(settings.toast('办理期限已保存')).toBeVisible();

    await settings.reload();
    await settings.openTab('办理期限');
    await expect(settings.periodLength('办理期限')).toHaveValue('30');
    await card.getByRole('button', { name: '恢复法定期限' }).click();
    await expect(settings.periodLength('办理期限')).toHaveValue('60');
  });

  test('a 2027 holiday arrangement is entered, checked and listed after a reload', async ({ app, clock }) => {
    await clock.set('2026-11-28T10:00', true);
    await app.reload();
    const settings = new CaseSettingsPage(app.page);
    const card = await settings.openTab('节假日安排');
    await expect(card).toContainText('2027年节假日安排缺失，已按周末计算，请在设置中录入');
    await expect(settings.holidayField('年份')).toHaveValue('2027');

    await settings.holidayField('放假日期').fill('2027-01-01\n2027-02-06\n2027-02-07\n2027-02-08');
    // 2027-02-12 is a Friday, not a weekend that could be worked.
    const makeUp = settings.holidayField('调休上班日期');
    await makeUp.fill('2027-02-12');
    await expect(settings.helpOf(makeUp)).toHaveText('调休上班日2027-02-12不是周末');
    await settings.button('保存节假日安排').click();
    await expect(settings.toast('保存失败：调休上班日2027-02-12不是周末')).toBeVisible();
    await expect(settings.savedYear(2027)).toHaveCount(0);

    await makeUp.fill('2027-02-13');
    await settings.button('保存节假日安排').click();
    await expect(settings.toast('2027年节假日安排已保存')).toBeVisible();

    await settings.reload();
    await settings.openTab('节假日安排');
    await expect(settings.savedYear(2027)).toContainText('4天：2027-01-01、2027-02-06、2027-02-07、2027-02-08');
    await expect(settings.savedYear(2027)).toContainText('1天：2027-02-13');
    await expect(card).not.toContainText('2027年节假日安排缺失');
  });
});
