import { expect, test } from './fixtures';
import { LI_XIULAN, WANG_LETTER, ZHANG_WAGES, type Registration } from './pages/register.page';

const LI_DUST: Registration = {
  headcount: 2,
  officer: '王红梅',
  petitioners: [{ name: LI_XIULAN.name, phone: LI_XIULAN.phone }],
  category: ['工伤与职业病', '尘肺病'],
  nature: '求助',
  summary: '丈夫尘肺病待遇未落实',
  demands: '落实职业病待遇',
};

test.describe('台账查找', () => {
  test('one search box finds people by pinyin, phone and text; filters narrow; columns sort', async ({
    register,
    ledger,
  }) => {
    const [zhang, wang, li] = await register.registerEach([ZHANG_WAGES, WANG_LETTER, LI_DUST]);
    if (!zhang || !wang || !li) throw new Error('three registration numbers expected');

    await register.goTo('信访台账');
    await ledger.expectLoaded(3);
    await expect(ledger.rows).toHaveCount(3);

    const searches: [query: string, found: string[]][] = [
      ['zs', [zhang]],
      ['zhangsan', [zhang]],
      ['张三', [zhang]],
      ['wangwu', [wang]],
      // A phone is found whole (as written, hyphens and all) or by its last four digits, never by a middle part.
      ['139-1234-5678', [wang]],
      ['5678', [wang]],
      ['1234567', []],
      ['尘肺', [li]],
      ['恢复原岗位', [wang]],
      [wang, [wang]],
    ];
    for (const [query, found] of searches) {
      await ledger.searchFor(query);
      await ledger.expectRegNos(found);
      await expect(ledger.total).toHaveText(`共 3 件，符合条件 ${found.length} 件`);
    }
    await ledger.searchFor('');
    await expect(ledger.rows).toHaveCount(3);

    await ledger.chooseFilter('渠道', '来信');
    await ledger.expectRegNos([wang]);
    await ledger.button('重置筛选').click();
    await expect(ledger.rows).toHaveCount(3);

    // Headcounts 1, 3, 2: ascending, then descending on the second click.
    await ledger.clickColumnHeader('人数');
    await ledger.expectRegNos([zhang, li, wang]);
    await ledger.clickColumnHeader('人数');
    await ledger.expectRegNos([wang, li, zhang]);
    await ledger.clickColumnHeader('编号');
    await ledger.expectRegNos([zhang, wang, li]);
  });

  test('a filter finds its options by their Chinese names when the clerk types into it', async ({ ledger }) => {
    await ledger.goTo('信访台账');
    await ledger.expectLoaded(0);
    for (const [filter, typed, option] of [
      ['标记', '重复', '重复访'],
      ['状态', '已登记', '已登记'],
      ['渠道', '来信', '来信'],
    ] as const) {
      await ledger.centre(ledger.filter(filter));
      await ledger.filter(filter).click();
      await ledger.filter(filter).fill(typed);
      await expect(ledger.openPopup().locator('.ant-select-item-option')).toHaveText([option]);
      await ledger.filter(filter).press('Enter');
      await ledger.filter(filter).press('Escape');
      await expect(ledger.selectBox(ledger.filter(filter))).toContainText(option);
    }
  });
});
