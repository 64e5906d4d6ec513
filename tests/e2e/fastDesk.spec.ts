import { ADMIN, expect, test } from './fixtures';
import { WANG_WU } from './pages/register.page';

/**
 * Issue 12 item 6, the fast clerk's desk: a clerk registers a letter and a forwarded matter from the keyboard, then
 * recognises a repeat visitor, and finds both in the ledger (full category path, 摘要, 来文文号).
 */

const WANG_ADDRESS = '鹤壁市鹤山区矿工路8号';

test('a clerk registers from the keyboard, is offered what is known of a repeat visitor, and finds it all in the ledger', async ({
  page,
  register,
  ledger,
  detail,
}) => {
  // Focus starts on the first field, 接待人 is the signed-in account.
  await expect(register.channel).toBeFocused();
  await expect(register.officer).toHaveValue(ADMIN.displayName);
  await expect(page.getByText('来访信息', { exact: true })).toBeVisible();

  // 来源渠道: typed by pinyin initials, Enter takes the single match; the form speaks of a letter.
  await page.keyboard.type('lx');
  await page.keyboard.press('Enter');
  await expect(register.selectBox(register.channel)).toHaveText('来信');
  await expect(page.getByText('来信信息', { exact: true })).toBeVisible();
  await expect(page.getByLabel('收信日期', { exact: true })).toBeVisible();
  await expect(page.getByLabel('登记人', { exact: true })).toHaveValue(ADMIN.displayName);
  await expect(page.getByLabel('接待人', { exact: true })).toHaveCount(0);
  await expect(page.getByLabel('接待时间', { exact: true })).toHaveCount(0);

  // 信访人 1, typed field by field; 身份 and 所在单位 chosen by typing and Enter.
  const first = register.petitioner(1);
  await first.name.focus();
  await page.keyboard.type(WANG_WU.name);
  await page.keyboard.press('Tab');
  await expect(first.idNumber).toBeFocused();
  await page.keyboard.type(WANG_WU.idNumber ?? '');
  await first.phone.focus();
  await page.keyboard.type(WANG_WU.phone ?? '');
  await page.keyboard.press('Tab');
  await page.keyboard.type(WANG_ADDRESS);
  await page.keyboard.press('Tab');
  await expect(first.identityType).toBeFocused();
  await page.keyboard.type('zzzg');
  await page.keyboard.press('Enter');
  await expect(register.selectBox(first.identityType)).toHaveText('在职职工');
  await first.unit.focus();
  await page.keyboard.type('综采一队');
  await page.keyboard.press('Enter');
  await expect(register.selectBox(first.unit)).toHaveText('综采一队');

  // A second petitioner comes with the first one's 身份 and 所在单位.
  await register.addPetitioner();
  const second = register.petitioner(2);
  await expect(register.selectBox(second.identityType)).toHaveText('在职职工');
  await expect(register.selectBox(second.unit)).toHaveText('综采一队');
  await second.name.fill('赵六');

  // 问题类别: what is typed finds one path, Enter takes it.
  await register.category.focus();
  await page.keyboard.type('岗位调整');
  await page.keyboard.press('Enter');
  await expect(register.selectBox(register.category)).toHaveText('劳动关系 / 岗位调整');
  await register.unit.focus();
  await page.keyboard.type('zcyd');
  await page.keyboard.press('Enter');
  await expect(register.selectBox(register.unit)).toHaveText('综采一队');
  await register.nature('申诉求决').check();
  await register.summary.fill('岗位调整后收入明显下降，要求恢复原岗位并补发差额工资，二人同在综采一队');
  await register.demands.fill('恢复原岗位');
  await register.press('Control+S');
  const letter = await register.registeredNumber();

  // 继续登记: a fresh form, focus on the first field again, the account as 接待人 again.
  await register.continueRegistering();
  await expect(register.channel).toBeFocused();
  await expect(register.officer).toHaveValue(ADMIN.displayName);

  // A forwarded matter with its 来文文号.
  await page.keyboard.type('sjzs');
  await page.keyboard.press('Enter');
  await expect(register.selectBox(register.channel)).toHaveText('上级转送/交办');
  await register.field('转送/交办机关').fill('集团公司信访办');
  await register.field('来文文号').fill('集信转〔2026〕12号');
  await register.field('转送/交办日期').fill('2026-05-20');
  await register.field('转送/交办日期').press('Enter');
  await register.petitioner(1).name.fill('孙七');
  await register.category.focus();
  await page.keyboard.type('拖欠工资');
  await page.keyboard.press('Enter');
  await expect(register.selectBox(register.category)).toHaveText('工资福利 / 拖欠工资');
  await register.nature('申诉求决').check();
  await register.summary.fill('集团转来：掘进二队工资拖欠三个月');
  await register.demands.fill('补发工资');
  await register.press('Control+S');
  const forwarded = await register.registeredNumber();

  // 王五 comes back: his ID number is enough for the desk to offer what it knows, masked until filled.
  await register.continueRegistering();
  await register.petitioner(1).idNumber.fill(WANG_WU.idNumber ?? '');
  await expect(register.knownContacts).toContainText('联系电话 139****5678');
  await expect(register.knownContacts).toContainText(`住址 ${WANG_ADDRESS}`);
  await expect(register.knownContacts).toContainText('所在单位');
  await page.setViewportSize({ width: 1366, height: 768 });
  await register.knownContacts.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/fastDesk-register-1366.png' });
  await expect(register.petitioner(1).phone).toHaveValue('');
  await register.knownContacts.getByRole('button', { name: '填入已知信息' }).click();
  await expect(register.petitioner(1).phone).toHaveValue(WANG_WU.phone ?? '');
  await expect(register.petitioner(1).address).toHaveValue(WANG_ADDRESS);
  await expect(register.selectBox(register.petitioner(1).unit)).toHaveText('综采一队');
  await expect(register.knownContacts).toHaveCount(0);

  // 关联到此事项 asks first; 取消 saves nothing.
  await register.petitioner(1).name.fill(WANG_WU.name);
  await register.summary.fill('再次来访询问岗位调整进展');
  const offered = register.repeatPanel.locator('tbody tr.ant-table-row').filter({ hasText: letter });
  await offered.getByRole('button', { name: '关联到此事项' }).click();
  await expect(register.linkConfirmation).toContainText(`记为信访事项 ${letter} 的重复访？`);
  await register.linkConfirmation.getByRole('button', { name: '取消' }).click();
  await expect(register.summary).toHaveValue('再次来访询问岗位调整进展');
  await register.linkTo(offered);
  await detail.expectShowing(letter);
  await expect(detail.receptions).toHaveCount(2);

  // The ledger: the whole width, the full category path, 摘要 with its whole text in a tooltip, 来文文号 searched.
  await detail.goTo('信访台账');
  await ledger.expectLoaded(2);
  await expect(ledger.row(letter)).toContainText('劳动关系 / 岗位调整');
  await expect(ledger.table.getByRole('columnheader', { name: '摘要' })).toBeVisible();
  await ledger
    .row(letter)
    .getByText(/^岗位调整后收入明显下降/)
    .hover();
  await expect(page.getByRole('tooltip')).toContainText('二人同在综采一队');
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.screenshot({ path: 'test-results/fastDesk-ledger-1920.png' });
  const tableWidth = await ledger.table.evaluate(
    (el) => (el as unknown as { getBoundingClientRect(): { width: number } }).getBoundingClientRect().width,
  );
  expect(tableWidth).toBeGreaterThan(1500);
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.screenshot({ path: 'test-results/fastDesk-ledger-1366.png' });
  await ledger.searchFor('集信转〔2026〕12号');
  await ledger.expectRegNos([forwarded]);
});
