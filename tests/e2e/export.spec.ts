import { expect, test } from './fixtures';
import { LedgerExportPage } from './pages/ledgerExport.page';
import { WANG_LETTER, WANG_WU, ZHANG_SAN, ZHANG_WAGES, type Registration } from './pages/register.page';

/** 王五's letter, quoting his phone in the summary: the one row the filter keeps. */
const WANG_LETTER_WITH_PHONE: Registration = {
  ...WANG_LETTER,
  summary: `岗位调整后收入明显下降，联系电话${WANG_WU.phone}`,
};

test.describe('台账导出Excel', () => {
  test('exports exactly the filtered rows, with a real date and without phones; phones only after confirming', async ({
    app,
    clock,
    register,
    ledger,
  }) => {
    await clock.set('2026-11-28T09:30', true);
    await app.reload();
    const [zhang, wang] = await register.registerEach([ZHANG_WAGES, WANG_LETTER_WITH_PHONE]);
    if (!zhang || !wang) throw new Error('two registration numbers expected');

    await register.goTo('信访台账');
    await ledger.expectLoaded(2);
    await ledger.chooseFilter('渠道', '来信');
    await ledger.expectRegNos([wang]);

    const exporter = new LedgerExportPage(app.page);
    const plain = await exporter.exportPlain();
    expect(plain.suggestedFilename()).toBe('信访台账-2026-11-28.xlsx');
    const workbook = await LedgerExportPage.workbook(plain);
    const sheet = workbook.getWorksheet('信访台账');
    if (!sheet) throw new Error('sheet 信访台账 missing');
    const rows = LedgerExportPage.records(sheet);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      登记编号: wang,
      渠道: '来信',
      信访人: WANG_WU.name,
      人数: 3,
      问题类别: '劳动关系 / 岗位调整',
      性质: '申诉求决',
    });
    expect(rows[0]?.['收到时间']).toBeInstanceOf(Date);
    expect((rows[0]?.['收到时间'] as Date).toISOString().slice(0, 10)).toBe('2026-11-28');
    expect(rows[0]?.['事由摘要']).toBe('岗位调整后收入明显下降，联系电话（已隐去）');
    const text = LedgerExportPage.allText(workbook);
    expect(text).not.toContain(WANG_WU.phone as string);
    expect(text).not.toContain(zhang);
    expect(text).not.toContain(ZHANG_SAN.phone as string);

    const personal = await exporter.exportWithPersonalInfo();
    expect(personal.suggestedFilename()).toBe('信访台账（含个人信息）-2026-11-28.xlsx');
    const withPhones = (await LedgerExportPage.workbook(personal)).getWorksheet('信访台账（含个人信息）');
    if (!withPhones) throw new Error('sheet 信访台账（含个人信息） missing');
    expect(LedgerExportPage.records(withPhones)).toEqual([
      expect.objectContaining({ 登记编号: wang, 联系电话: WANG_WU.phone }),
    ]);
  });
});
