import { expect, test } from './fixtures';
import { DocumentsPage } from './pages/documents';
import { ZHANG_WAGES } from './pages/register.page';

test.describe('文书: letters from the stored case', () => {
  test('a letter dated after the deadline it announces is flagged in the preview before it is issued', async ({
    app,
    clock,
    register,
  }) => {
    await clock.set('2026-05-25T09:30');
    await app.reload();
    await register.registerAndOpen(ZHANG_WAGES);
    const docs = new DocumentsPage(app.page);
    await (await docs.openAction('受理')).submitExpecting('已受理');
    // The notice was forgotten until after the 办理期限 it announces (2026-07-24).
    await clock.set('2026-07-27T09:00');
    await docs.reload();
    await docs.startIssue('受理告知书');
    await expect(docs.issueDialog.getByTestId('letter-date-warning')).toHaveText(
      '成文日期2026年7月27日晚于文中告知的办理期限2026年7月24日：请核对成文日期和期限',
    );
    // The clerk is told, not stopped: a late notice may still have to go out.
    await expect(docs.issueConfirm).toBeEnabled();
  });

  test('受理 → 出具受理告知书: previewed, issued with its 文号, downloaded, listed; the 受理告知期限 stops', async ({
    app,
    clock,
    register,
  }) => {
    await clock.set('2026-05-25T09:30');
    await app.reload();
    const regNo = await register.registerAndOpen(ZHANG_WAGES);
    const docs = new DocumentsPage(app.page);
    await expect(docs.issueMenu).toBeDisabled();

    const accept = await docs.openAction('受理');
    await accept.submitExpecting('已受理');
    await expect(docs.deadline('受理告知期限')).toBeVisible();

    await docs.startIssue('受理告知书');
    await expect(docs.issueDialog).toContainText('预计文号 信受〔2026〕1号');
    // The preview is the letter itself, rendered from the .docx bytes inside the dialog.
    await expect(docs.preview).toContainText('信访事项受理告知书');
    await expect(docs.preview).toContainText('办理期限至2026年7月24日');
    // The page number the file prints (a PAGE field the preview library leaves empty) is written in.
    await expect(
      docs.preview
        .locator('footer')
        .filter({ hasText: /—\s*\d+\s*—/ })
        .first(),
    ).toHaveText(/^\s*— 1 —\s*$/);

    const download = await docs.confirmIssue();
    expect(download.suggestedFilename()).toBe(`受理告知书-${regNo}-信受〔2026〕1号.docx`);
    const text = await DocumentsPage.documentText(download);
    expect(text).toContain('信受〔2026〕1号');
    expect(text).toContain('张三：');

    const row = docs.row('acceptanceNotice');
    await expect(row).toContainText('受理告知书');
    await expect(row).toContainText('信受〔2026〕1号');
    await expect(row).toContainText('第1版');
    await expect(docs.lastEvent).toContainText('出具受理告知书 信受〔2026〕1号');
    await expect(docs.deadline('受理告知期限')).toHaveCount(0);

    // Issued once: the menu now points to 重新出具 on the row instead.
    await docs.issueMenu.click();
    await expect(docs.menuItem('受理告知书')).toHaveAttribute('aria-disabled', 'true');
    await app.page.keyboard.press('Escape');

    await row.getByRole('button', { name: '重新出具' }).click();
    await expect(docs.issueDialog).toContainText('沿用原文号 信受〔2026〕1号');
    await docs.waitForPreview();
    const again = await docs.confirmIssue();
    expect(again.suggestedFilename()).toBe(`受理告知书-${regNo}-信受〔2026〕1号.docx`);
    await expect(docs.row('acceptanceNotice', 2)).toContainText('第2版');

    const saved = await docs.download(row.getByRole('button', { name: '保存' }));
    expect(saved.suggestedFilename()).toBe(`受理告知书-${regNo}-信受〔2026〕1号.docx`);
  });

  test('出具 issues exactly the previewed draft: an edit after the preview waits for a new 生成预览', async ({
    app,
    clock,
    register,
  }) => {
    await clock.set('2026-05-25T09:30');
    await app.reload();
    await register.registerAndOpen(ZHANG_WAGES);
    const docs = new DocumentsPage(app.page);
    await (await docs.openAction('受理')).submitExpecting('已受理');

    await docs.startIssue('受理告知书');
    await expect(docs.issueConfirm).toBeEnabled();
    await docs.draftField('反映问题（简称）').fill('拖欠三至五月工资');
    await expect(docs.issueConfirm).toBeDisabled();
    await expect(docs.preview).toHaveCount(0);
    await expect(docs.issueDialog.getByTestId('letter-stale')).toHaveText('内容已修改，请点击“生成预览”核对后再出具');

    await docs.refreshPreview();
    await expect(docs.preview).toContainText('拖欠三至五月工资');
    await expect(docs.issueDialog.getByTestId('letter-stale')).toHaveCount(0);
    const issued = await docs.confirmIssue();
    expect(await DocumentsPage.documentText(issued)).toContain('反映的拖欠三至五月工资问题');
  });

  test('重新出具 a 督办单 after a second 督办 reprints the supervision it reported, under its own 文号', async ({
    app,
    clock,
    register,
  }) => {
    await clock.set('2026-05-25T09:30');
    await app.reload();
    await register.registerAndOpen(ZHANG_WAGES);
    const docs = new DocumentsPage(app.page);
    await (await docs.openAction('受理')).submitExpecting('已受理');
    const assign = await docs.openAction('交办');
    await docs.chooseTreeNode(assign.field('承办单位'), '综采一队');
    await assign.chooseStaff('包案领导', '李矿长');
    await assign.chooseStaff('承办人', '赵干事');
    await assign.submitExpecting('已交办');

    const supervise = async (method: string, content: string) => {
      const dialog = await docs.openAction('督办');
      await dialog.radio(method).check();
      await dialog.field('督办内容').fill(content);
      await dialog.submitExpecting('已记录督办');
    };
    await supervise('电话', '请加快核查工资台账');
    await docs.startIssue('督办单');
    await expect(docs.preview).toContainText('请加快核查工资台账');
    await docs.confirmIssue();
    await expect(docs.row('supervisionSheet')).toContainText('信督〔2026〕1号');

    await clock.set('2026-06-01T09:30');
    await docs.reload();
    await supervise('约谈', '约谈承办人限期报送结果');
    await docs.row('supervisionSheet').getByRole('button', { name: '重新出具' }).click();
    await expect(docs.issueDialog).toContainText('沿用原文号 信督〔2026〕1号');
    await docs.waitForPreview();
    await expect(docs.preview).toContainText('请加快核查工资台账');
    await expect(docs.preview).not.toContainText('约谈承办人限期报送结果');
    const again = await docs.confirmIssue();
    expect(await DocumentsPage.documentText(again)).toContain('请加快核查工资台账');
    await expect(docs.row('supervisionSheet', 2)).toContainText('第2版');

    // The second 督办 has a 督办单 of its own to issue, with the next 文号.
    await docs.startIssue('督办单');
    await expect(docs.issueDialog).toContainText('预计文号 信督〔2026〕2号');
    await expect(docs.preview).toContainText('约谈承办人限期报送结果');
  });

  test('打印案卷 downloads one file with the registration, the timeline and the letters', async ({
    app,
    clock,
    register,
  }) => {
    await clock.set('2026-05-25T09:30');
    await app.reload();
    const regNo = await register.registerAndOpen(ZHANG_WAGES);
    const docs = new DocumentsPage(app.page);
    const accept = await docs.openAction('受理');
    await accept.submitExpecting('已受理');
    await docs.startIssue('受理告知书');
    await docs.confirmIssue();
    await expect(docs.row('acceptanceNotice')).toBeVisible();

    const download = await docs.download(docs.card.getByTestId('print-case-file'));
    expect(download.suggestedFilename()).toBe(`信访事项案卷-${regNo}.docx`);
    const text = await DocumentsPage.documentText(download);
    for (const part of [
      '信访事项案卷',
      '一、登记信息',
      '二、接待记录',
      '三、办理记录',
      '四、文书目录',
      '出具受理告知书 信受〔2026〕1号',
    ])
      expect(text).toContain(part);
  });
});
