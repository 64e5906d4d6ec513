import { expect, test } from './fixtures';
import { WANG_WU, withCheckDigit, ZHANG_SAN, type Person, type Registration } from './pages/register.page';

const LI_SI: Person = { name: '李四', idNumber: withCheckDigit('41061119900909451'), phone: '13600003333' };

function visitOf(person: Person, summary: string): Registration {
  return {
    officer: '王红梅',
    petitioners: [person],
    category: ['工资福利', '拖欠工资'],
    nature: '申诉求决',
    summary,
    demands: '尽快解决',
  };
}

test.describe('重复访', () => {
  test('the same ID number offers the earlier petition, and linking adds a 重复访 reception the ledger can filter', async ({
    register,
    detail,
    ledger,
  }) => {
    const [zhang, wang] = await register.registerEach([
      visitOf({ name: ZHANG_SAN.name, idNumber: ZHANG_SAN.idNumber }, '三月至五月工资未发放'),
      visitOf(WANG_WU, '岗位调整后收入下降'),
    ]);
    if (!zhang || !wang) throw new Error('two registration numbers expected');
    await register.continueRegistering();

    await register.petitioner(1).idNumber.fill(ZHANG_SAN.idNumber ?? '');
    const offered = register.repeatPanel.locator('tbody tr.ant-table-row');
    await expect(offered).toHaveCount(1);
    await expect(offered).toContainText(zhang);
    await expect(offered).toContainText('张三');
    await expect(offered).toContainText('三月至五月工资未发放');

    await register.petitioner(1).name.fill('张三');
    await register.officer.fill('李接待');
    await register.summary.fill('再次反映工资仍未补发');
    await register.linkTo(offered);

    await detail.expectShowing(zhang);
    await expect(detail.receptions).toHaveCount(2);
    const repeatReception = detail.receptions.filter({ hasText: '重复访' });
    await expect(repeatReception).toHaveCount(1);
    await expect(repeatReception).toContainText('李接待');
    await expect(repeatReception).toContainText('再次反映工资仍未补发');
    await expect(detail.receptions.filter({ hasText: '首次' })).toHaveCount(1);
    await expect(detail.header).toContainText('重复访');
    await expect(detail.info('接待次数')).toHaveText('2');
    await expect(detail.timeline).toHaveCount(2);
    await expect(detail.timeline.nth(1)).toContainText('重复来访');

    await detail.goTo('信访台账');
    await ledger.expectLoaded(2);
    await ledger.chooseFilter('标记', '重复访');
    await ledger.expectRegNos([zhang]);
  });

  test('a name with the same phone offers the earlier petition; another person or another phone does not', async ({
    register,
  }) => {
    const [zhang, wang] = await register.registerEach([
      visitOf({ name: ZHANG_SAN.name, phone: ZHANG_SAN.phone }, '三月至五月工资未发放'),
      visitOf({ name: WANG_WU.name, phone: WANG_WU.phone }, '岗位调整后收入下降'),
    ]);
    if (!zhang || !wang) throw new Error('two registration numbers expected');
    await register.continueRegistering();

    // Both people are looked up together, so the one row offered proves 李四 matched nobody.
    await register.petitioner(1).fill(LI_SI);
    await register.addPetitioner();
    await register.petitioner(2).fill({ name: '张三', phone: ZHANG_SAN.phone });
    const offered = register.repeatPanel.locator('tbody tr.ant-table-row');
    await expect(offered).toHaveCount(1);
    await expect(offered).toContainText(zhang);

    // 张三 with another phone is someone else; 王五 with his phone is found, and only him.
    await register.petitioner(2).phone.fill('13800009999');
    await register.petitioner(1).fill({ name: WANG_WU.name, idNumber: '', phone: WANG_WU.phone ?? '' });
    await expect(offered).toHaveCount(1);
    await expect(offered).toContainText(wang);
    await expect(offered).toContainText('王五');
  });
});
