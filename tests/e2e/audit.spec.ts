import { expect, test } from './fixtures';
import { AccountsPage, type NewAccount } from './pages/accounts.page';
import { AuditTrailPage } from './pages/audit.page';
import { LedgerExportPage } from './pages/ledgerExport.page';
import { ZHANG_SAN, ZHANG_WAGES } from './pages/register.page';

const AUDITOR: NewAccount = { username: 'shenji', displayName: '赵审计', role: '审计员', password: 'shenji2026' };

test.describe('审计日志', () => {
  test('the 审计员 views, filters, verifies and exports the trail, and finds a record edited in IndexedDB', async ({
    app,
    register,
    session,
  }) => {
    const page = app.page;
    const regNo = await register.register({ ...ZHANG_WAGES, petitioners: [ZHANG_SAN] });
    const accounts = new AccountsPage(page);
    await accounts.openTab();
    await accounts.create(AUDITOR);
    await session.signOut();
    await session.signIn(AUDITOR);

    const audit = new AuditTrailPage(page);
    await audit.openFromMenu();
    // What the administrator did, newest first: the registration's records, the new account, the sign-ins.
    await expect(audit.row(`新增 信访事项 ${regNo}`)).toHaveCount(1);
    await expect(audit.row('新增 账号 赵审计（shenji）')).toHaveCount(1);
    await expect(audit.rows.filter({ hasText: '登录成功' }).first()).toBeVisible();
    const seqs = (await audit.rows.locator('td:nth-child(2)').allInnerTexts()).map(Number);
    expect(seqs).toEqual([...seqs].sort((a, b) => b - a));

    // The petitioner's record opens with the ID number and phone masked, and, for an 审计员 without the grant to see
    // confidential identities, no name or address.
    await audit.row('新增 信访人').click();
    const details = page.getByRole('table', { name: '修改前后' });
    await expect(details).toContainText('（保密）');
    await expect(details).not.toContainText('张三');
    await expect(details).toContainText('138****1111');
    await expect(details).not.toContainText(ZHANG_SAN.idNumber ?? 'no ID number');

    await audit.filterBy('操作', '新增');
    await audit.filterBy('对象', '信访事项');
    await expect(audit.rows).toHaveCount(1);
    await expect(audit.total).toHaveText('符合条件 1 条');
    const seq = await audit.seqOf(`新增 信访事项 ${regNo}`);

    await expect(await audit.verify()).toContainText(/审计链完整：共 \d+ 条记录，逐条核验无误/);

    await audit.tamperWithSummary(seq, '新增 信访事项（改过的摘要）');
    const broken = await audit.verify();
    await expect(broken).toContainText(`审计链在第 ${seq} 条处断开`);
    await expect(broken).toContainText(`第 ${seq} 条审计记录被改动：内容与其哈希值不符`);

    // The export holds the filtered trail as it is stored now, the edited record included.
    const download = await audit.exportTrail();
    expect(download.suggestedFilename()).toMatch(/^审计日志-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const sheet = (await LedgerExportPage.workbook(download)).getWorksheet('审计日志');
    if (!sheet) throw new Error('the workbook has no 审计日志 sheet');
    const rows = LedgerExportPage.records(sheet);
    expect(rows.map((r) => [r['序号'], r['操作'], r['对象'], r['摘要']])).toEqual([
      [seq, '新增', '信访事项', '新增 信访事项（改过的摘要）'],
    ]);

    // …and is itself audited.
    await audit.button('清除筛选').click();
    await expect(audit.rows.first()).toContainText('导出审计日志：1 条，操作 新增；对象 信访事项');
  });
});
