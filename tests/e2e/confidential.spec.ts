import { expect, test } from './fixtures';
import { AccountsPage, type NewAccount } from './pages/accounts.page';
import { DocumentsPage } from './pages/documents';
import { LI_XIULAN, ZHANG_SAN, ZHANG_WAGES, type Registration } from './pages/register.page';

/** 李秀兰's 检举控告 against her team leader: confidential whatever the clerk ticks (Art. 30). */
const COMPLAINT: Registration = {
  officer: '王红梅',
  petitioners: [LI_XIULAN],
  category: ['干部作风与检举控告'],
  nature: '检举控告',
  summary: '检举班组长虚报工时、克扣奖金',
  demands: '核查处理',
};

/** A 办理人 the administrator creates without the grant to see confidential petitioners. */
const HANDLER: NewAccount = { username: 'zhaob', displayName: '赵斌', role: '办理人', password: 'banli2026' };

test.describe('保密信访人', () => {
  test('a confidential case shows （保密） to a 办理人 without the grant, in the ledger and on the case page; the administrator sees the name and 显示完整信息 reveals the ID', async ({
    app,
    session,
    register,
    ledger,
    detail,
  }) => {
    // The registration form: a 检举控告 is 保密, checked and fixed; any other matter may be marked.
    await register.fill(COMPLAINT);
    await expect(register.flag('保密')).toBeChecked();
    await expect(register.flag('保密')).toBeDisabled();
    await register.save();
    const complaint = await register.registeredNumber();
    await register.continueRegistering();
    await register.fill({ ...ZHANG_WAGES, petitioners: [ZHANG_SAN] });
    await expect(register.flag('保密')).not.toBeChecked();
    await register.flag('保密').check();
    await register.save();
    const marked = await register.registeredNumber();

    // The first administrator holds the grant: the name, masked numbers, and the full ID on request.
    await ledger.goTo('信访台账');
    await ledger.expectLoaded(2);
    await expect(ledger.row(complaint)).toContainText(LI_XIULAN.name);
    await ledger.openPetition(complaint);
    await detail.expectShowing(complaint);
    const person = detail.petitioners.filter({ hasText: LI_XIULAN.name });
    await expect(person).toContainText(`${LI_XIULAN.idNumber?.slice(0, 4)}**********${LI_XIULAN.idNumber?.slice(-4)}`);
    expect(await detail.visibleText()).not.toContain(LI_XIULAN.idNumber);
    await person.getByRole('button', { name: `显示 ${LI_XIULAN.name} 的完整信息` }).click();
    await expect(person).toContainText(LI_XIULAN.idNumber ?? '');
    await expect(person).toContainText(LI_XIULAN.phone ?? '');
    await expect(detail.info('保密')).toContainText('保密（检举控告）');
    // The marked matter, accepted, has letters to issue; the administrator, granted, may issue them.
    await ledger.goTo('信访台账');
    await ledger.openPetition(marked);
    await detail.expectShowing(marked);
    const docs = new DocumentsPage(app.page);
    await (await docs.openAction('受理')).submitExpecting('已受理');
    await expect(docs.issueMenu).toBeEnabled();

    const accounts = new AccountsPage(app.page);
    await accounts.openTab();
    await accounts.create(HANDLER);
    await session.signOut();
    await session.signIn(HANDLER);

    // The 办理人 without the grant: （保密） in the ledger, and the search does not find the person.
    await ledger.goTo('信访台账');
    await ledger.expectLoaded(2);
    await expect(ledger.row(complaint)).toContainText('（保密）');
    await expect(ledger.row(marked)).toContainText('（保密）');
    for (const term of [LI_XIULAN.name, 'lixiulan', LI_XIULAN.phone ?? '', ZHANG_SAN.name, ZHANG_SAN.phone ?? '']) {
      await ledger.searchFor(term);
      await expect(ledger.total).toContainText('符合条件 0 件');
    }
    await ledger.searchFor('虚报工时');
    await ledger.expectRegNos([complaint]);
    expect(await ledger.page.content()).not.toContain(LI_XIULAN.name);

    // …and on the case page: every field of the person hidden, nothing to reveal.
    await ledger.openPetition(complaint);
    await detail.expectShowing(complaint);
    await expect(app.page.getByTestId('identity-hidden')).toBeVisible();
    await expect(detail.petitioners).toHaveCount(1);
    await expect(detail.petitioners.first()).toContainText('（保密）');
    await expect(app.page.getByRole('button', { name: /完整信息/ })).toHaveCount(0);
    const page = await app.page.content();
    for (const secret of [LI_XIULAN.name, LI_XIULAN.idNumber ?? '', LI_XIULAN.phone ?? '', LI_XIULAN.address ?? ''])
      expect(page).not.toContain(secret);
    // Nor can this account lift the mark of the other matter.
    await ledger.goTo('信访台账');
    await ledger.searchFor('');
    await ledger.openPetition(marked);
    await detail.expectShowing(marked);
    await expect(app.page.getByRole('switch', { name: '保密' })).toBeDisabled();
    // Its letters would be addressed to （保密）: only an account with the grant issues them.
    await expect(docs.issueMenu).toBeDisabled();
    expect(await app.page.content()).not.toContain(ZHANG_SAN.name);
  });
});
