import { readFile } from 'node:fs/promises';
import JSZip from 'jszip';
import { maskIdNumber } from '../../renderer/src/domain/idNumber';
import { expect, test } from './fixtures';
import { CorrectionPage } from './pages/correction.page';
import { LI_XIULAN, ZHANG_SAN, type Registration } from './pages/register.page';

const WAGES_VISIT: Registration = {
  officer: '王红梅',
  petitioners: [ZHANG_SAN, LI_XIULAN],
  category: ['工资福利', '拖欠工资'],
  nature: '申诉求决',
  summary: '综采一队三月至五月工资未按时足额发放',
  demands: '尽快补发拖欠的工资',
};

const ONE_PERSON: Registration = { ...WAGES_VISIT, petitioners: [ZHANG_SAN] };

test.describe('信访登记', () => {
  test('a visit with two petitioners gets its number, is listed without ID numbers, and is found again after a reload', async ({
    app,
    clock,
    register,
    ledger,
    detail,
  }) => {
    // The form reads its default received time when it opens, hence the reload after moving the clock.
    await clock.set('2026-05-25T09:30');
    await app.reload();

    const regNo = await register.register(WAGES_VISIT);
    expect(regNo).toBe('2026-0001');

    await register.goTo('信访台账');
    await ledger.expectLoaded(1);
    await ledger.expectRegNos([regNo]);
    await expect(ledger.row(regNo)).toContainText('张三、李秀兰');
    await expect(ledger.row(regNo)).toContainText('工资福利 / 拖欠工资');
    for (const person of [ZHANG_SAN, LI_XIULAN]) {
      expect(await ledger.visibleText()).not.toContain(person.idNumber);
      expect(await ledger.page.content()).not.toContain(person.idNumber);
    }

    await ledger.reload();
    await ledger.expectLoaded(1);
    await ledger.searchFor(regNo);
    await ledger.expectRegNos([regNo]);
    await ledger.openPetition(regNo);

    await detail.expectShowing(regNo);
    await expect(detail.status).toHaveText('已登记');
    await expect(detail.petitioners).toHaveCount(2);
    await expect(detail.petitioners.filter({ hasText: '张三' })).toContainText(maskIdNumber(ZHANG_SAN.idNumber ?? ''));
    await expect(detail.petitioners.filter({ hasText: '李秀兰' })).toContainText(
      maskIdNumber(LI_XIULAN.idNumber ?? ''),
    );
    await expect(detail.petitioners.filter({ hasText: '李秀兰' })).toContainText('女');
    for (const person of [ZHANG_SAN, LI_XIULAN]) expect(await detail.visibleText()).not.toContain(person.idNumber);
    await expect(detail.receptions).toHaveCount(1);
    await expect(detail.receptions).toContainText('首次');
    await expect(detail.timeline).toHaveCount(1);
    await expect(detail.timeline).toContainText('登记');
    await expect(detail.timeline).toContainText('王红梅');
    await expect(detail.info('反映问题摘要')).toHaveText(WAGES_VISIT.summary);
    await expect(detail.info('主要诉求')).toHaveText(WAGES_VISIT.demands);
  });

  test('Enter moves to the next field and Ctrl+S saves', async ({ page, register }) => {
    const first = register.petitioner(1);
    await register.officer.click();
    await page.keyboard.type('王红梅');
    await page.keyboard.press('Enter');
    await expect(first.name).toBeFocused();
    await page.keyboard.type('张三');
    await page.keyboard.press('Enter');
    await expect(first.idNumber).toBeFocused();
    await page.keyboard.type(ZHANG_SAN.idNumber ?? '');
    await page.keyboard.press('Enter');
    // The ID number told the gender; the radio group is one stop, on its checked radio.
    await expect(first.gender('男')).toBeChecked();
    await expect(first.gender('男')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(first.phone).toBeFocused();
    await page.keyboard.type(ZHANG_SAN.phone ?? '');

    await register.chooseCascaderPath(register.category, ['工资福利', '拖欠工资']);
    await register.nature('申诉求决').check();
    await register.summary.fill(WAGES_VISIT.summary);
    await register.demands.fill(WAGES_VISIT.demands);
    await register.press('Control+S');

    expect(await register.registeredNumber()).toMatch(/^\d{4}-0001$/);
  });

  test('a headcount at the 集体访 threshold ticks 集体访, and the saved petition carries it', async ({
    register,
    detail,
  }) => {
    const collective = register.flag('集体访');
    await expect(collective).toBeDisabled();
    await expect(collective).not.toBeChecked();
    await register.headcount.fill('4');
    await expect(collective).not.toBeChecked();
    await register.headcount.fill('5');
    await expect(collective).toBeChecked();

    const regNo = await register.register({ ...ONE_PERSON, headcount: 6 });
    await register.button('查看详情').click();
    await detail.expectShowing(regNo);
    await expect(detail.info('人数')).toHaveText('6');
    await expect(detail.header).toContainText('集体访');
  });

  test('打印登记表 downloads 信访登记表-<number>.docx holding the title and the number', async ({ register }) => {
    const regNo = await register.register(ONE_PERSON);

    const download = await register.download(register.button('打印登记表'));
    expect(download.suggestedFilename()).toBe(`信访登记表-${regNo}.docx`);
    const zip = await JSZip.loadAsync(await readFile(await download.path()));
    const documentXml = await zip.file('word/document.xml')?.async('string');
    expect(documentXml).toContain('信访登记表');
    expect(documentXml).toContain(regNo);
    expect(documentXml).toContain('张三');
  });

  test('a phone typed 0912-3456789 is shown, printed and corrected as typed', async ({ register, detail }) => {
    const regNo = await register.register({ ...ONE_PERSON, petitioners: [{ name: '张三', phone: '0912-3456789' }] });

    const download = await register.download(register.button('打印登记表'));
    const zip = await JSZip.loadAsync(await readFile(await download.path()));
    const documentXml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    expect(documentXml).toContain('>0912-3456789<');
    expect(documentXml).not.toContain('09123456789');

    await register.button('查看详情').click();
    await detail.expectShowing(regNo);
    const person = detail.petitioners.filter({ hasText: '张三' });
    // Masked as before (first three, last four digits), the dash where the clerk typed it.
    await expect(person).toContainText('091*-***6789');
    await person.getByRole('button', { name: /显示.*完整信息/ }).click();
    await expect(person).toContainText('0912-3456789');

    const correction = new CorrectionPage(register.page);
    await correction.openCorrection();
    const phone = correction.dialogField('联系电话');
    await expect(phone).toHaveValue('');
    await expect(phone).toHaveAttribute('placeholder', '091*-***6789');
    await phone.fill('0912 3456789');
    await correction.saveCorrection('电话按来访人的写法登记');
    await expect(detail.timeline.filter({ hasText: '修改登记' })).toContainText(
      '联系电话：由「091*-***6789」改为「091* ***6789」',
    );
    await expect(person).toContainText('091* ***6789');
  });
});
