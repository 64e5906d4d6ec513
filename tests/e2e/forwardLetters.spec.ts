import { expect, test } from './fixtures';
import { DocumentsPage } from './pages/documents';
import { LI_XIULAN, ZHANG_WAGES, type Registration } from './pages/register.page';

/** A contractor's wages, outside the office's remit: forwarded to the labour bureau. */
const CONTRACTOR_WAGES: Registration = {
  ...ZHANG_WAGES,
  summary: '外包施工队拖欠三至四月工资1.86万元',
  demands: '督促劳务公司支付拖欠工资',
};

/** 李秀兰's 检举控告 against her team leader, her phone in the summary as a clerk may type it (Art. 30). */
const COMPLAINT: Registration = {
  officer: '王红梅',
  petitioners: [LI_XIULAN],
  category: ['干部作风与检举控告'],
  nature: '检举控告',
  summary: `检举班组长虚报工时、克扣奖金，联系电话${LI_XIULAN.phone ?? ''}`,
  demands: '核查处理',
};

/**
 * 出具文书 → label: the letter is previewed, issued under its 文号, downloaded and listed on the case; returns the
 * downloaded body text.
 */
async function issue(
  docs: DocumentsPage,
  regNo: string,
  kind: string,
  label: string,
  docNo: string,
  write?: () => Promise<void>,
): Promise<string> {
  await docs.openIssueDialog(label);
  await expect(docs.issueDialog).toContainText(`出具${label}`);
  if (write) {
    await write();
    await docs.refreshPreview();
  }
  await docs.waitForPreview();
  await expect(docs.issueDialog).toContainText(`预计文号 ${docNo}`);
  const download = await docs.confirmIssue();
  await expect(docs.issueDialog).toHaveCount(0);
  expect(download.suggestedFilename()).toBe(`${label}-${regNo}-${docNo}.docx`);
  await expect(docs.row(kind).locator('td').nth(1)).toHaveText(docNo);
  return DocumentsPage.documentText(download);
}

test('转送 issues a 转送函 to the competent body and a 告知书 to the petitioner; a 检举控告 goes to 纪检监察 with a 转办函 only', async ({
  app,
  clock,
  register,
}) => {
  test.setTimeout(180_000);
  await clock.set('2026-05-25T09:30');
  await app.reload();
  const docs = new DocumentsPage(app.page);

  const forwarded = await register.registerAndOpen(CONTRACTOR_WAGES);
  const forward = await docs.openAction('转送');
  await forward.fillText('转送机关或单位', '矿区人力资源和社会保障局');
  await forward.submitExpecting('已转送');

  const letter = await issue(docs, forwarded, 'forwardLetter', '转送函', '信转〔2026〕1号');
  expect(letter).toContain('信访事项转送函矿区人力资源和社会保障局：');
  expect(letter).toContain('外包施工队拖欠三至四月工资1.86万元');
  const notice = await issue(docs, forwarded, 'forwardNotice', '转送告知书', '信转告〔2026〕1号');
  expect(notice).toContain(`${ZHANG_WAGES.petitioners[0]?.name ?? ''}：`);
  expect(notice).toContain('本单位已于2026年5月25日将该事项转送矿区人力资源和社会保障局处理。');

  // The 检举控告: the menu offers the 转办函 alone; the clerk names the 纪委 and trims the summary.
  await docs.goTo('信访登记');
  const complaint = await register.registerAndOpen(COMPLAINT);
  const toDiscipline = await docs.openAction('转纪检监察');
  await toDiscipline.submitExpecting('已转纪检监察');
  await docs.issueMenu.click();
  await expect(docs.menuItem('检举控告转办函')).toBeVisible();
  await expect(docs.menuItem('转送函')).toHaveCount(0);
  await app.page.keyboard.press('Escape');

  const referral = await issue(docs, complaint, 'disciplineLetter', '检举控告转办函', '信纪转〔2026〕1号', async () => {
    await expect(docs.draftField('转办机构（主送）')).toHaveValue('纪检监察机构');
    await docs.draftField('转办机构（主送）').fill('集团公司纪委');
    await docs.draftField('反映问题摘要').fill('检举班组长虚报工时、克扣奖金。');
  });
  expect(referral).toContain('检举控告事项转办函集团公司纪委：');
  expect(referral).toContain('请严格为检举控告人保密');
  expect(referral).not.toContain(LI_XIULAN.phone ?? '');
  expect(referral).not.toContain('抄送');
});

test('不予受理: the clerk picks the route and the 告知书 says where to file what', async ({ app, clock, register }) => {
  test.setTimeout(120_000);
  await clock.set('2026-05-25T09:30');
  await app.reload();
  const docs = new DocumentsPage(app.page);
  const regNo = await register.registerAndOpen(ZHANG_WAGES);
  const reject = await docs.openAction('不予受理');
  await reject.fillText('不予受理理由', '属劳动争议，应通过劳动仲裁程序解决');
  await reject.radio('申请仲裁').check();
  await reject.fillText('应向何处反映', '矿区劳动人事争议仲裁委员会');
  await reject.submitExpecting('已作不予受理处理');
  const text = await issue(docs, regNo, 'rejectionNotice', '不予受理告知书', '信不受〔2026〕1号');
  expect(text).toContain('你可以依法向矿区劳动人事争议仲裁委员会申请仲裁。');
  expect(text).not.toContain('提出。');
});
