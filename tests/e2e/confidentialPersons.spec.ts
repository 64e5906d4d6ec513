import { ADMIN, expect, test } from './fixtures';
import { AccountsPage, type NewAccount } from './pages/accounts.page';
import type { DetailPage } from './pages/detail.page';
import type { LedgerPage } from './pages/ledger.page';
import { LI_XIULAN, type Registration, type RegisterPage } from './pages/register.page';
import type { SessionPage } from './pages/session.page';

/** 李秀兰's 检举控告, registered by the administrator (who holds the 保密 grant) with her phone and address. */
const COMPLAINT: Registration = {
  officer: '王红梅',
  petitioners: [LI_XIULAN],
  category: ['干部作风与检举控告'],
  nature: '检举控告',
  summary: '实名检举班组长虚报工时、克扣奖金',
  demands: '核查处理',
};

/** A 接待员 without the grant. */
const CLERK: NewAccount = { username: 'sunjd', displayName: '孙接待', role: '接待员', password: 'jiedai2026' };

const NOTICE = '存在需要保密权限才能查看的相关信访事项，请联系有保密权限的人员：管理员 王丽';

/** The administrator registers the complaint and creates the clerk, who then signs in; returns the complaint's number. */
async function complaintThenClerk(register: RegisterPage, session: SessionPage): Promise<string> {
  const complaint = await register.register(COMPLAINT);
  const accounts = new AccountsPage(register.page);
  await accounts.openTab();
  await accounts.create(CLERK);
  await session.signOut();
  await session.signIn(CLERK);
  // The first page after a sign-in is a cold start: on a loaded 2-core machine it took over 5 s.
  await expect(register.page.getByRole('heading', { name: '信访登记' })).toBeVisible({ timeout: 15_000 });
  return complaint;
}

/** Nothing of the complaint in the 重复访 panel: no number or date (no digit at all), none of its words, no identity. */
async function expectNothingOfTheComplaint(register: RegisterPage, complaint: string): Promise<void> {
  const panel = await register.repeatPanel.innerText();
  expect(panel).not.toMatch(/\d/);
  for (const secret of [
    complaint,
    '检举',
    '虚报工时',
    LI_XIULAN.name,
    LI_XIULAN.phone ?? '',
    LI_XIULAN.address ?? '',
    '（保密）',
  ]) {
    expect(panel, secret).not.toContain(secret);
  }
  await expect(register.repeatPanel.locator('tbody tr.ant-table-row')).toHaveCount(0);
}

test.describe('保密信访人 at registration, for a 接待员 without the grant', () => {
  test('repeat detection by ID number or by name + phone says only that a matter needing the grant exists, and whom to ask', async ({
    register,
    session,
  }) => {
    const complaint = await complaintThenClerk(register, session);

    await register.petitioner(1).fill({ name: LI_XIULAN.name, phone: LI_XIULAN.phone });
    await expect(register.page.getByTestId('repeat-withheld')).toHaveText(NOTICE);
    await expectNothingOfTheComplaint(register, complaint);

    await register.petitioner(1).phone.fill('');
    await expect(register.repeatPanel).toBeHidden();
    await register.petitioner(1).idNumber.fill(LI_XIULAN.idNumber ?? '');
    await expect(register.page.getByTestId('repeat-withheld')).toHaveText(NOTICE);
    await expectNothingOfTheComplaint(register, complaint);
    expect(await register.page.content()).not.toContain(complaint);
  });

  test('a 咨询 typed with the whistleblower’s ID number and name shows none of her stored phone or address, and her record is unchanged', async ({
    register,
    session,
    detail,
    ledger,
  }) => {
    // Three sign-ins (2,000,000 PBKDF2 rounds each) and two registrations: 150 s was not enough on a loaded machine.
    test.slow();
    const complaint = await complaintThenClerk(register, session);

    const enquiry = await register.registerAndOpen({
      officer: '孙接待',
      petitioners: [{ name: LI_XIULAN.name, idNumber: LI_XIULAN.idNumber }],
      category: ['工资福利', '拖欠工资'],
      nature: '咨询',
      summary: '咨询住房补贴申领条件',
      demands: '告知申领流程',
    });
    const person = detail.petitioners.filter({ hasText: LI_XIULAN.name });
    await expect(person).toHaveCount(1);
    await expect(person).toContainText(`${LI_XIULAN.idNumber?.slice(0, 4)}**********${LI_XIULAN.idNumber?.slice(-4)}`);
    await person.getByRole('button', { name: `显示 ${LI_XIULAN.name} 的完整信息` }).click();
    await expect(person).toContainText(LI_XIULAN.idNumber ?? '');
    await expect(detail.petitioners.first()).toHaveAttribute('data-revealed', 'true');
    const page = await register.page.content();
    for (const secret of [LI_XIULAN.phone ?? '', LI_XIULAN.address ?? '', LI_XIULAN.phone?.slice(-4) ?? ''])
      expect(page, secret).not.toContain(secret);
    await expect(register.page.getByTestId('same-as-confidential')).toHaveCount(0);

    await session.signOut();
    await session.signIn(ADMIN);
    await checkAsAdministrator(ledger, detail, complaint, enquiry);
  });
});

/** The administrator, granted: the complaint's person as she was, and the 咨询's person marked as the same one. */
async function checkAsAdministrator(
  ledger: LedgerPage,
  detail: DetailPage,
  complaint: string,
  enquiry: string,
): Promise<void> {
  await ledger.goTo('信访台账');
  await ledger.expectLoaded(2);
  await ledger.openPetition(complaint);
  await detail.expectShowing(complaint);
  const person = detail.petitioners.filter({ hasText: LI_XIULAN.name });
  await expect(person).toContainText(LI_XIULAN.address ?? '');
  await expect(person).toContainText(`${LI_XIULAN.phone?.slice(0, 3)}****${LI_XIULAN.phone?.slice(-4)}`);
  await ledger.goTo('信访台账');
  await ledger.openPetition(enquiry);
  await detail.expectShowing(enquiry);
  await expect(detail.page.getByTestId('same-as-confidential')).toBeVisible();
  await expect(detail.petitioners.first()).not.toContainText(LI_XIULAN.address ?? '');
}
