import type { Page } from '@playwright/test';
import { englishRuns } from '../unit/englishRuns';
import { ADMIN, expect, test } from './fixtures';
import { AccountsPage, type NewAccount } from './pages/accounts.page';
import { AuditTrailPage } from './pages/audit.page';
import { DocumentsPage } from './pages/documents';
import { ZHANG_SAN, ZHANG_WAGES } from './pages/register.page';
import { SessionPage } from './pages/session.page';

const AUDITOR: NewAccount = { username: 'shenji', displayName: '钱审计', role: '审计员', password: 'shenji2026' };
/** Login names are typed in Latin letters by the administrator: they are the accounts, not code (englishRuns.ts). */
const LOGINS = [ADMIN.username, AUDITOR.username];
const SCREEN = { width: 1366, height: 768 };

/** What the page shows now (document.body.innerText: rendered text, never an input's value), once nothing is loading. */
async function visibleText(page: Page): Promise<string> {
  await expect(page.locator('.ant-spin-spinning')).toHaveCount(0, { timeout: 15_000 });
  return page.evaluate(
    () => (globalThis as unknown as { document: { body: { innerText: string } } }).document.body.innerText,
  );
}

/** Asserts the page shows no English identifier, saying where it looked. */
async function expectChinese(page: Page, where: string): Promise<void> {
  expect(englishRuns(await visibleText(page), LOGINS), `English on ${where}`).toEqual([]);
}

/** Every entry of the main menu, then (if there) every tab of 设置. */
async function walkEveryPage(page: Page, session: SessionPage, who: string): Promise<string[]> {
  const visited: string[] = [];
  for (const item of await session.menuItems()) {
    await session.goTo(item);
    await expect(page.getByRole('heading', { name: item })).toBeVisible();
    await expectChinese(page, `${who}：${item}`);
    visited.push(item);
    if (item !== '设置') continue;
    for (const tab of await page.getByRole('tab').allInnerTexts()) {
      await page.getByRole('tab', { name: tab, exact: true }).click();
      await expect(page.getByRole('tab', { name: tab, exact: true })).toHaveAttribute('aria-selected', 'true');
      await expectChinese(page, `${who}：设置 → ${tab}`);
      visited.push(`设置 → ${tab}`);
    }
  }
  return visited;
}

/** 交办 to 综采一队 with its 包案领导 and 承办人. */
async function assignToTeam(docs: DocumentsPage): Promise<void> {
  const assign = await docs.openAction('交办');
  await docs.chooseTreeNode(assign.field('承办单位'), '综采一队');
  await assign.chooseStaff('包案领导', '李矿长');
  await assign.chooseStaff('承办人', '赵干事');
  await assign.submitExpecting('已交办');
}

/**
 * Issue 12, item 8: no English identifier in any visible text. The administrator takes a petition through 受理, its
 * 受理告知书 and 交办, so the timeline and the trail have content; every page of the menu and every settings tab is read;
 * then the 审计员 reads the 审计日志 with every record opened.
 */
test('every page, the case timeline and the 审计日志 read in Chinese', async ({ app, clock, register, session }) => {
  test.slow();
  const page = app.page;
  await page.setViewportSize(SCREEN);
  await clock.set('2026-05-25T09:30');
  await app.reload();
  const regNo = await register.registerAndOpen({ ...ZHANG_WAGES, petitioners: [ZHANG_SAN] });
  const docs = new DocumentsPage(page);
  await (await docs.openAction('受理')).submitExpecting('已受理');
  await docs.startIssue('受理告知书');
  await docs.confirmIssue();
  await expect(docs.row('acceptanceNotice')).toBeVisible();
  await assignToTeam(docs);

  // The petition page, its timeline tagged in Chinese (出具文书, never issueDocument).
  await expect(docs.timeline).toHaveCount(4);
  await expect(docs.timeline.nth(2)).toContainText('出具文书');
  await expectChinese(page, `信访事项 ${regNo}`);
  await docs.section('办理记录').scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('timeline-1366x768.png') });

  const adminPages = await walkEveryPage(page, session, '管理员');
  expect(adminPages).toEqual(expect.arrayContaining(['信访台账', '设置 → 文号代字', '设置 → 账号管理']));

  await new AccountsPage(page).createAndSignIn(AUDITOR, session);

  const audit = new AuditTrailPage(page);
  await audit.openFromMenu();
  await expect(audit.row(`新增 信访事项 ${regNo}`)).toHaveCount(1);
  await expect(audit.row('新增 设置 文号计数：受理告知书 2026年')).toHaveCount(1);
  await page.screenshot({ path: test.info().outputPath('audit-1366x768.png') });
  await audit.row('修改 信访事项').first().click();
  await page.screenshot({ path: test.info().outputPath('audit-detail-1366x768.png') });
  await audit.row('修改 信访事项').first().click();
  await audit.expandAll();
  // The petition is named by its number, its changed 办理情况 by each part.
  await expect(
    page.getByRole('table', { name: '修改前后' }).filter({ hasText: '办理情况 · 交办 · 包案领导' }),
  ).toHaveCount(1);
  await expect(page.getByText(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-/)).toHaveCount(0);
  await expectChinese(page, '审计日志（逐条展开）');

  const auditorPages = await walkEveryPage(page, session, '审计员');
  expect(auditorPages).toContain('审计日志');
});

/** Issue 12, item 8: the 出具 dialog's fields look like every other dialog's, a day picked from the same calendar. */
test('the 出具 dialog keeps the app’s inputs: 督办单’s 反馈期限 is the desk’s date picker', async ({
  app,
  clock,
  register,
}) => {
  const page = app.page;
  await page.setViewportSize(SCREEN);
  await clock.set('2026-05-25T09:30');
  await app.reload();
  await register.registerAndOpen(ZHANG_WAGES);
  const docs = new DocumentsPage(page);
  await (await docs.openAction('受理')).submitExpecting('已受理');
  await assignToTeam(docs);
  const supervise = await docs.openAction('督办');
  await supervise.radio('电话').check();
  await supervise.field('督办内容').fill('请加快核查工资台账');
  await supervise.submitExpecting('已记录督办');

  await docs.startIssue('督办单');
  const draft = docs.issueDialog.getByTestId('letter-draft');
  await expect(draft.locator('input[type="date"]')).toHaveCount(0);
  await expect(draft.locator('.ant-form-small')).toHaveCount(0);
  await expect(draft).not.toHaveClass(/ant-form-small/);
  const due = docs.draftField('反馈期限');
  await expect(due.locator('xpath=ancestor::*[contains(@class, "ant-picker")][1]')).toHaveCount(1);
  await due.click();
  await due.fill('2026-06-05');
  await due.press('Enter');
  await expect(due).toHaveValue('2026-06-05');
  await docs.refreshPreview();
  await expect(docs.preview).toContainText('2026年6月5日');
  await page.screenshot({ path: test.info().outputPath('issue-dialog-1366x768.png') });
});
