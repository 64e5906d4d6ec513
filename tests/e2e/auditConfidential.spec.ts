import { expect, test } from './fixtures';
import { AccountsPage, type NewAccount } from './pages/accounts.page';
import { AuditTrailPage } from './pages/audit.page';
import { CasePage } from './pages/caseActions.page';
import { LedgerExportPage } from './pages/ledgerExport.page';
import { LI_XIULAN, type Registration } from './pages/register.page';

/** 李秀兰's 检举控告, her phone quoted in the summary the way a clerk may type it. */
const COMPLAINT: Registration = {
  officer: '王红梅',
  petitioners: [LI_XIULAN],
  category: ['干部作风与检举控告'],
  nature: '检举控告',
  summary: '检举班组长虚报工时，本人电话139-0000-2222',
  demands: '核查处理',
};
const AUDITOR: NewAccount = { username: 'shenji', displayName: '赵审计', role: '审计员', password: 'shenji2026' };

/** Any trace of her: name, address, her ID number, her phone however written. */
const LEAK = new RegExp(
  `李\\s*秀\\s*兰|矿工路|${LI_XIULAN.idNumber}|${(LI_XIULAN.idNumber ?? '').slice(6, 14)}|139[\\s-]*0000[\\s-]*2222`,
  'u',
);

test.describe('审计日志 of a confidential matter', () => {
  test('the 审计员 reads who did what to a 检举控告, never the complainant’s name, ID number or phone, on the page or in the export', async ({
    app,
    register,
    session,
  }) => {
    const page = app.page;
    const regNo = await register.registerAndOpen(COMPLAINT);
    const casePage = new CasePage(page);
    const note = await casePage.openAction('办理记录');
    await note.fillText('办理情况', `已电话联系李秀兰（139 0000 2222），约定面谈`);
    await note.submitExpecting('已记录办理情况');

    await new AccountsPage(page).createAndSignIn(AUDITOR, session);

    const audit = new AuditTrailPage(page);
    await audit.openFromMenu();
    await expect(audit.row(`新增 信访事项 ${regNo}`)).toHaveCount(1);
    await expect(audit.row(`新增 办理记录 （保密）（信访事项 ${regNo}）`).first()).toBeVisible();
    await audit.expandAll();
    const shown = await page.getByRole('main').innerText();
    expect(shown).toContain('（保密）');
    expect(shown).not.toMatch(LEAK);

    const download = await audit.exportTrail();
    const exported = LedgerExportPage.allText(await LedgerExportPage.workbook(download));
    expect(exported).toContain(regNo);
    expect(exported).toContain('（保密）');
    expect(exported).not.toMatch(LEAK);
  });
});
