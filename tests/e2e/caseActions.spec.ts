import { ADMIN, expect, test } from './fixtures';
import { CasePage } from './pages/caseActions.page';
import { ZHANG_WAGES, type Registration } from './pages/register.page';

/** Two demands, one per line: the 答复 form offers one row for each. */
const TWO_DEMANDS: Registration = { ...ZHANG_WAGES, demands: '补发拖欠工资\n补缴欠缴的社会保险' };

test.describe('办理: the case page', () => {
  test('a 申诉求决 case runs from 受理 to 办结销号, each step a form, every running deadline shown', async ({
    app,
    clock,
    register,
  }) => {
    // Monday 25 May 2026: 受理告知 ends 9 June; 办理 ends 24 July, +30 days lands on Sunday 23 Aug → Monday 24 Aug.
    await clock.set('2026-05-25T09:30');
    await app.reload();
    await register.registerAndOpen(TWO_DEMANDS);
    const c = new CasePage(app.page);

    await expect(c.status).toHaveText('已登记');
    await expect(c.deadlines).toHaveCount(1);
    await expect(c.deadline('受理告知期限')).toContainText('2026年6月9日');
    await expect(c.deadline('受理告知期限')).toContainText('正常');
    await expect(c.deadline('受理告知期限')).toContainText('剩15天');
    await expect(c.action('受理')).toHaveClass(/ant-btn-primary/);
    await expect(c.action('交办')).toHaveCount(0);

    const accept = await c.openAction('受理');
    await expect(accept.field('受理日期')).toHaveValue('2026-05-25');
    await accept.submitExpecting('已受理');
    await expect(c.status).toHaveText('已受理');
    await expect(c.deadline('办理期限')).toContainText('2026年7月24日');
    await expect(c.deadline('办理期限')).toContainText('剩60天');
    await expect(c.lastEvent).toContainText('受理，办理期限至2026年7月24日');
    await expect(c.lastEvent).toContainText('2026-05-25');
    // The signed-in account is who acted.
    await expect(c.lastEvent).toContainText(`经办人：${ADMIN.displayName}`);

    const assign = await c.openAction('交办');
    await expect(assign.field('交办期限')).toHaveValue('2026-07-24');
    await c.chooseTreeNode(assign.field('承办单位'), '综采一队');
    await assign.chooseStaff('包案领导', '李矿长');
    await assign.chooseStaff('承办人', '赵干事');
    await assign.submitExpecting('已交办');
    await expect(c.status).toHaveText('已交办');
    await expect(c.lastEvent).toContainText('交办综采一队，包案领导李矿长，承办人赵干事，限2026年7月24日前办结');

    const extend = await c.openAction('延期');
    await expect(extend.field('延期天数')).toHaveValue('30');
    await extend.field('批准人').fill('刘经理');
    await extend.field('延期理由').fill('需调取三至五月工资台账核实');
    await expect(extend.field('延期理由')).toHaveValue('需调取三至五月工资台账核实');
    // Ctrl+Enter submits from any field.
    await extend.field('延期理由').press('Control+Enter');
    await expect(extend.root).toBeHidden();
    await expect(c.toast('已延期')).toBeVisible();
    await expect(c.deadline('办理期限')).toContainText('2026年8月24日');
    await expect(c.deadline('办理期限')).toContainText('含延期30日');
    await expect(c.action('延期')).toHaveCount(0);
    await expect(c.action('督办')).toBeVisible();

    const reply = await c.openAction('答复');
    await expect(reply.claims).toHaveCount(2);
    await expect(reply.claimField(1, '诉求')).toHaveValue('补发拖欠工资');
    await expect(reply.claimField(2, '诉求')).toHaveValue('补缴欠缴的社会保险');
    await reply.choose(reply.claimField(1, '处理结果'), '予以支持');
    await reply.claimField(1, '处理意见').fill('六月十日前补发');
    await reply.choose(reply.claimField(2, '处理结果'), '解释说明');
    await reply.claimField(2, '处理意见').fill('社保已按规定缴纳，附缴费记录');
    // The 送达日期 starts empty: a letter handed over now may carry it, a mailed one is recorded later by 送达.
    await expect(reply.field('送达日期')).toHaveValue('');
    await expect(reply.root).toContainText('当面送达的可同时填写；邮寄的待送达后再登记');
    // Served the day before the reply is made: refused in Chinese, and nothing typed is lost.
    await reply.fillDay('送达日期', '2026-05-24');
    await reply.submit();
    await expect(reply.problem).toHaveText('送达日期不能早于答复日期（2026年5月25日）');
    await expect(reply.claimField(1, '处理意见')).toHaveValue('六月十日前补发');
    await expect(reply.claimField(2, '处理意见')).toHaveValue('社保已按规定缴纳，附缴费记录');
    await expect(c.status).toHaveText('已交办');
    await reply.fillDay('送达日期', '2026-05-25');
    await reply.submitExpecting('已答复');
    await expect(c.status).toHaveText('已答复');
    await expect(c.lastEvent).toContainText('答复：予以支持1项、解释说明1项；处理意见书于2026年5月25日送达');
    await expect(c.deadline('办理期限')).toHaveCount(0);
    // The petitioner's 30 days to ask for 复查 now run.
    await expect(c.deadline('申请复查期限')).toContainText('2026年6月24日');

    const followUp = await c.openAction('回访');
    await followUp.radio('满意').check();
    await followUp.submitExpecting('已记录回访');
    await expect(c.status).toHaveText('已回访');
    await expect(c.lastEvent).toContainText('回访：满意');

    const close = await c.openAction('办结销号');
    await close.submitExpecting('已办结销号');
    await expect(c.status).toHaveText('已办结');
    await expect(c.lastEvent).toContainText('办结销号');
    // No period of the office runs (the written reply also answered the 受理告知 duty); only the petitioner's right to
    // ask for 复查, until it lapses.
    await expect(c.deadlines).toHaveCount(1);
    await expect(c.deadline('申请复查期限')).toContainText('信访人的期限');

    await clock.set('2026-06-25T09:00');
    await c.reload();
    await expect(c.status).toHaveText('已办结');
    await expect(c.noDeadlines).toBeVisible();
    await expect(c.deadlines).toHaveCount(0);
    await expect(c.timeline).toHaveCount(7);
  });

  test('a mailed 处理意见书: 答复 without a 送达日期, then 送达 starts the 复查 window from the day it arrived', async ({
    app,
    clock,
    register,
  }) => {
    await clock.set('2026-05-25T09:30');
    await app.reload();
    await register.registerAndOpen(ZHANG_WAGES);
    const c = new CasePage(app.page);
    await (await c.openAction('受理')).submitExpecting('已受理');

    const reply = await c.openAction('答复');
    await reply.choose(reply.claimField(1, '处理结果'), '予以支持');
    await reply.claimField(1, '处理意见').fill('六月十日前补发');
    await reply.submitExpecting('已答复');
    await expect(c.lastEvent).toContainText('答复：予以支持1项；处理意见书待送达');
    // Not served: no 复查 window yet, no 申请复查; 送达 is the next step.
    await expect(c.deadline('申请复查期限')).toHaveCount(0);
    await expect(c.action('申请复查')).toHaveCount(0);
    await expect(c.action('送达')).toHaveClass(/ant-btn-primary/);

    // The return receipt comes back two days later: received on 27 May.
    await clock.set('2026-05-28T09:00');
    await c.reload();
    const service = await c.openAction('送达');
    await expect(service.root).toContainText('送达处理意见书（答复于2026年5月25日作出）');
    await expect(service.field('送达日期')).toHaveValue('2026-05-28');
    await service.fillDay('送达日期', '2026-05-24');
    await service.fillSuggested('送达方式', '邮寄送达');
    await service.submit();
    await expect(service.problem).toHaveText('送达日期不能早于答复日期（2026年5月25日）');
    await service.fillDay('送达日期', '2026-05-27');
    await service.submitExpecting('已登记送达');
    await expect(c.lastEvent).toContainText('处理意见书于2026年5月27日送达（邮寄送达）');
    await expect(c.deadline('申请复查期限')).toContainText('2026年6月26日');
    await expect(c.action('送达')).toHaveCount(0);
    await expect(c.action('回访')).toHaveClass(/ant-btn-primary/);
    await expect(c.action('申请复查')).toBeVisible();
  });

  test('?action=accept opens the 受理 form; an action the case does not allow yet says why', async ({
    app,
    clock,
    register,
  }) => {
    await clock.set('2026-05-25T09:30');
    await app.reload();
    await register.registerAndOpen(ZHANG_WAGES);
    const c = new CasePage(app.page);
    const caseUrl = app.page.url();

    await c.open(`${caseUrl}?action=accept`);
    const accept = c.dialog('受理');
    await expect(accept.root).toBeVisible();
    await expect(accept.field('受理日期')).toHaveValue('2026-05-25');
    await accept.root.getByRole('button', { name: '取消' }).click();
    await expect(accept.root).toBeHidden();

    await c.open(`${caseUrl}?action=close`);
    await expect(c.actionNotice).toContainText('现在不能办结销号：当前状态为“已登记”，不能办结销号');
    await expect(c.dialog('办结销号').root).toHaveCount(0);
  });

  test('Enter in a date field takes the day and submits nothing: only the button or Ctrl+Enter submits', async ({
    app,
    clock,
    register,
  }) => {
    await clock.set('2026-05-25T09:30');
    await app.reload();
    await register.registerAndOpen(ZHANG_WAGES);
    const c = new CasePage(app.page);
    await (await c.openAction('受理')).submitExpecting('已受理');

    // 督办's only single-line field is its date: a browser submits such a form on Enter unless the app stops it.
    const supervise = await c.openAction('督办');
    await supervise.radio('电话').check();
    await supervise.fillDay('督办日期', '2026-05-25');
    await expect(supervise.root).toBeVisible();
    await expect(supervise.problem).toHaveCount(0);
    await supervise.fillText('督办内容', '请于五日内核清工资台账');
    await supervise.submitExpecting('已记录督办');
    await expect(c.lastEvent).toContainText('电话督办：请于五日内核清工资台账');
  });

  test('a paused clock says so and moves the due day; a year without holiday data is warned about', async ({
    app,
    clock,
    register,
  }) => {
    // Monday 1 March 2027: chinese-days carries holidays up to 2026, so 2027 counts weekends only, with a warning.
    await clock.set('2027-03-01T09:30');
    await app.reload();
    await register.registerAndOpen(ZHANG_WAGES);
    const c = new CasePage(app.page);
    await (await c.openAction('受理')).submitExpecting('已受理');
    await expect(c.deadline('办理期限')).toContainText('2027年4月30日');
    await expect(c.section('期限').getByRole('alert').first()).toHaveText(
      '2027年节假日安排缺失，已按周末计算，请在设置中录入',
    );

    const pause = await c.openAction('暂停计时');
    await expect(pause.field('暂停日期')).toHaveValue('2027-03-01');
    await pause.field('暂停理由').fill('等待工伤鉴定结论');
    await pause.submitExpecting('已暂停计时');
    await expect(c.deadline('办理期限')).toContainText('已暂停');
    await expect(c.action('暂停计时')).toHaveCount(0);
    await expect(c.action('恢复计时')).toBeVisible();

    // Two more paused days (2 and 3 March) push the end to Sunday 2 May, hence Monday 3 May.
    await clock.set('2027-03-03T09:30');
    await c.reload();
    await expect(c.deadline('办理期限')).toContainText('2027年5月3日');
    await expect(c.deadline('办理期限')).toContainText('剩61天');
    await expect(c.deadline('办理期限')).toContainText('已暂停');
  });
});
