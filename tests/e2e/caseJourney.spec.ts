import { expect, test } from './fixtures';
import { BoardPage } from './pages/board.page';
import { DocumentsPage } from './pages/documents';
import { ZHANG_WAGES, type Registration } from './pages/register.page';

/** Two demands, one per line: the 答复 form and the 处理意见书 carry one opinion for each. */
const WAGES_AND_INSURANCE: Registration = { ...ZHANG_WAGES, demands: '补发拖欠工资\n补缴欠缴的社会保险' };

/**
 * Issue 3's journey: one petition from registration through 受理 (notice issued), 交办, one 延期, 答复 (the
 * 处理意见书 previewed, saved and mailed, its 送达 recorded when it arrived), 回访 and 办结, while the 督办台 shows
 * it due soon and then overdue as the clock moves.
 */
test('a wage complaint is accepted, assigned, extended, answered in writing, followed up and closed on time watch', async ({
  app,
  clock,
  register,
}) => {
  // Eleven steps, four letters previewed and saved, the clock moved and the page reloaded: over 90 s on a loaded
  // 2-core machine, though no step waits long.
  test.slow();
  // Monday 25 May 2026: 办理 ends 24 July; 延期 30 days ends Sunday 23 August → Monday 24 August.
  await clock.set('2026-05-25T09:30');
  await app.reload();
  const regNo = await register.registerAndOpen(WAGES_AND_INSURANCE);
  const docs = new DocumentsPage(app.page);

  // 受理, and the written notice issued: the 15-day 受理告知期限 stops.
  await (await docs.openAction('受理')).submitExpecting('已受理');
  await expect(docs.deadline('受理告知期限')).toBeVisible();
  await docs.startIssue('受理告知书');
  await expect(docs.preview).toContainText('办理期限至2026年7月24日');
  const notice = await docs.confirmIssue();
  expect(notice.suggestedFilename()).toBe(`受理告知书-${regNo}-信受〔2026〕1号.docx`);
  await expect(docs.row('acceptanceNotice')).toContainText('信受〔2026〕1号');
  await expect(docs.deadline('受理告知期限')).toHaveCount(0);

  // 交办 to a team with its 包案领导 and 承办人.
  const assign = await docs.openAction('交办');
  await docs.chooseTreeNode(assign.field('承办单位'), '综采一队');
  await assign.chooseStaff('包案领导', '李矿长');
  await assign.chooseStaff('承办人', '赵干事');
  await assign.submitExpecting('已交办');

  // One 延期 of 30 days.
  const extend = await docs.openAction('延期');
  await extend.fillText('批准人', '刘经理');
  await extend.fillText('延期理由', '需调取三至五月工资台账核实');
  await extend.submitExpecting('已延期');
  await expect(docs.deadline('办理期限')).toContainText('2026年8月24日');
  await expect(docs.action('延期')).toHaveCount(0);

  // The 督办台: three days before the due day the case is 临期, two days after it 超期, under its 包案领导.
  const board = new BoardPage(app.page);
  await clock.set('2026-08-21T09:00');
  await board.open('/#/board');
  await board.expectCount('临期', 1);
  await board.showList('临期');
  await board.expectDeadline(regNo, { label: '办理期限', due: '2026-08-24', state: '临期', days: '剩3天' });
  await expect(board.row(regNo)).toContainText('李矿长');

  await clock.set('2026-08-26T09:00');
  await board.reload();
  await board.expectCount('临期', 0);
  await board.expectCount('超期', 1);
  await board.showList('超期');
  await board.expectDeadline(regNo, { label: '办理期限', due: '2026-08-24', state: '超期', days: '超期2天' });

  // Its next step is one click away (开始办理); then 答复, one opinion per claim, the letter to be mailed.
  await board.nextAction(regNo, '开始办理').click();
  const start = docs.dialog('开始办理');
  await expect(start.root).toBeVisible();
  await start.submitExpecting('已开始办理');
  await expect(docs.status).toHaveText('办理中');
  const reply = await docs.openAction('答复');
  await reply.choose(reply.claimField(1, '处理结果'), '予以支持');
  await reply.claimField(1, '处理意见').fill('八月三十一日前补发');
  await reply.choose(reply.claimField(2, '处理结果'), '解释说明');
  await reply.claimField(2, '处理意见').fill('社会保险已按规定足额缴纳');
  await expect(reply.field('送达日期')).toHaveValue('');
  await reply.submitExpecting('已答复');
  await expect(docs.lastEvent).toContainText('处理意见书待送达');

  // The 处理意见书: the clerk writes the facts, the basis and the 复查机关, previews it, then issues and saves it.
  await docs.openIssueDialog('信访事项处理意见书');
  const draft = docs.issueDialog.getByTestId('letter-draft');
  await draft.getByLabel('调查认定的事实', { exact: true }).fill('经核实，综采一队三至五月绩效工资未按时发放。');
  await draft.getByLabel('处理依据', { exact: true }).fill('《保障农民工工资支付条例》');
  // Art. 35: the body above this office (某煤业集团有限公司信访办公室), never the office itself.
  await draft.getByLabel('复查机关', { exact: true }).fill('某能源控股集团有限公司');
  await docs.refreshPreview();
  await expect(docs.preview).toContainText('八月三十一日前补发');
  await expect(docs.preview).toContainText('社会保险已按规定足额缴纳');
  await expect(docs.preview).toContainText('30日内');
  const opinion = await docs.confirmIssue();
  expect(opinion.suggestedFilename()).toBe(`信访事项处理意见书-${regNo}-信复〔2026〕1号.docx`);
  const text = await DocumentsPage.documentText(opinion);
  expect(text).toContain('信复〔2026〕1号');
  expect(text).toContain('八月三十一日前补发');
  expect(text).toContain('30日内向某能源控股集团有限公司提出复查请求');
  expect(text).toContain('某煤业集团有限公司信访办公室');
  expect(text).toContain('2026年8月26日');
  await expect(docs.row('handlingOpinion')).toContainText('信复〔2026〕1号');

  // Mailed the day it was issued, received on 27 August: 送达 is the next step, and the 复查 window runs from then.
  await clock.set('2026-08-28T09:00');
  await docs.reload();
  await expect(docs.action('送达')).toHaveClass(/ant-btn-primary/);
  const service = await docs.openAction('送达');
  await service.fillDay('送达日期', '2026-08-27');
  await service.fillSuggested('送达方式', '邮寄送达');
  await service.submitExpecting('已登记送达');
  // 30 days end Saturday 26 September, a rest day: the first working day after is Monday 28 September.
  await expect(docs.deadline('申请复查期限')).toContainText('2026年9月28日');

  // 回访 满意 and 办结: nothing of the office is left running, and the board no longer lists it.
  const followUp = await docs.openAction('回访');
  await followUp.radio('满意').check();
  await followUp.submitExpecting('已记录回访');
  await (await docs.openAction('办结销号')).submitExpecting('已办结销号');
  await expect(docs.status).toHaveText('已办结');
  await expect(docs.deadlines).toHaveCount(1);
  await expect(docs.deadline('申请复查期限')).toContainText('信访人的期限');

  await board.open('/#/board');
  await expect(board.total).toHaveText('在办 0 件（截至 2026-08-28）');
});
