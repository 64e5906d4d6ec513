import { expect, test } from './fixtures';
import { openOutreachOn } from './pages/outreach.page';
import type { Registration } from './pages/register.page';
import { RiskPage } from './pages/risk.page';

test.use({ viewport: { width: 1366, height: 768 } });

const MEAL = '反映井下班中餐补贴三个月未发放';
const SHOES = '反映劳保鞋未按期发放';
const visitor = (name: string, summary: string): Registration => ({
  officer: '王红梅',
  petitioners: [{ name, phone: '13912345678' }],
  category: ['工资福利', '拖欠工资'],
  nature: '申诉求决',
  summary,
  demands: '要求尽快解决',
});

test.describe('领导接待日', () => {
  test('a 领导接待日 is scheduled, its notice downloads, and two petitions registered on the day link to it', async ({
    app,
    clock,
    register,
    detail,
  }) => {
    test.slow();
    // A week ahead: the day goes on the schedule with no 人次 or problems yet.
    const outreach = await openOutreachOn(app, clock, '2026-06-03T09:00');
    await app.page.getByRole('tab', { name: '接待日安排' }).click();
    await outreach.button('新建接待日').click();
    const dialog = outreach.dialog('新建接待日');
    await expect(outreach.selectBox(dialog.getByLabel('活动类型', { exact: true }))).toHaveText('领导接待日');
    await outreach.fillPicker(dialog, '活动日期', '2026-06-10');
    await outreach.chooseTreeNode(dialog.getByLabel('活动单位', { exact: true }), '综采一队');
    await dialog.getByLabel('活动地点', { exact: true }).fill('矿部信访接待室');
    await dialog.getByLabel('带队领导', { exact: true }).fill('李矿长');
    await expect(dialog.getByLabel('覆盖人次', { exact: true })).toBeHidden();
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect(dialog).toBeHidden();
    await expect(app.page.getByRole('heading', { name: '领导接待日 走〔2026〕1号' })).toBeVisible();
    // Not held yet: nobody can be registered on it.
    await expect(outreach.button('登记来访')).toHaveCount(0);

    await outreach.goTo('走访座谈');
    await app.page.getByRole('tab', { name: '接待日安排' }).click();
    const schedule = app.page.getByRole('table', { name: '接待日安排' });
    await expect(schedule).toContainText(/走〔2026〕1号\s*2026年6月10日（星期三）\s*李矿长/);

    // The notice of the days scheduled in the period (this month and the next).
    await outreach.button('下载接待日通知').click();
    const noticeDialog = outreach.dialog('下载接待日通知');
    const notice = await outreach.download(noticeDialog.getByRole('button', { name: '生成并保存' }));
    await expect(noticeDialog).toBeHidden();
    expect(notice.suggestedFilename()).toBe('关于公布2026年6月至7月领导信访接待日安排的通知.docx');
    const noticeText = await RiskPage.docxText(notice);
    expect(noticeText).toContain('2026年6月10日');
    expect(noticeText).toContain('李矿长');
    expect(noticeText).toContain('综采一队 矿部信访接待室');
    expect(noticeText).toContain('各单位、各部门：');
    // Kept beside the results, to be rendered and looked at.
    await notice.saveAs(test.info().outputPath('reception-notice.docx'));

    // On the day: 登记来访 from the day's page opens the desk with the channel and the day filled.
    const onTheDay = await openOutreachOn(app, clock, '2026-06-10T09:30');
    await onTheDay.activities.getByRole('link', { name: '走〔2026〕1号' }).click();
    await onTheDay.button('登记来访').click();
    await expect(register.selectBox(register.channel)).toHaveText('领导接待日');
    const dayChoice = app.page.getByLabel('领导接待日', { exact: true });
    await expect(register.selectBox(dayChoice)).toHaveText('走〔2026〕1号 李矿长接待');
    await register.fill(visitor('赵六', MEAL));
    await register.save();
    const first = await register.registeredNumber();
    await expect(register.toast('已关联领导接待日走〔2026〕1号')).toBeVisible();

    // The second at the desk itself: the day's only reception day is preselected once the channel is chosen.
    await register.continueRegistering();
    await register.chooseOption(register.channel, '领导接待日');
    await expect(register.selectBox(dayChoice)).toHaveText('走〔2026〕1号 李矿长接待');
    await register.fill(visitor('钱七', SHOES));
    await register.save();
    const second = await register.registeredNumber();

    // The day's page lists who came and what became of it.
    await onTheDay.goTo('走访座谈');
    await onTheDay.activities.getByRole('link', { name: '走〔2026〕1号' }).click();
    const visits = app.page.getByRole('table', { name: '来访登记' });
    await expect(visits.locator('tbody tr.ant-table-row')).toHaveCount(2);
    await expect(visits).toContainText(new RegExp(`${first}\\s*赵六\\s*${MEAL}`));
    await expect(visits).toContainText(new RegExp(`${second}\\s*钱七\\s*${SHOES}`));
    await expect(visits).toContainText('已登记');
    await app.page.screenshot({ path: test.info().outputPath('reception-day-1366x768.png'), fullPage: true });

    // Each petition's page names the day.
    for (const regNo of [first, second]) {
      await visits.getByRole('link', { name: regNo }).click();
      await detail.expectShowing(regNo);
      await expect(app.page.getByRole('main')).toContainText(
        '于领导接待日 走〔2026〕1号（2026年6月10日，李矿长接待）登记',
      );
      await app.page.goBack();
    }
  });
});
