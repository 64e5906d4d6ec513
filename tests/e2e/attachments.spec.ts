import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures';
import { ZHANG_WAGES } from './pages/register.page';

const MB = 1024 * 1024;

test.describe('附件', () => {
  test('a file over the default 10 MB limit is refused with a Chinese message and not added', async ({
    page,
    register,
  }) => {
    await expect(page.getByText('扫描件、照片等，单个文件不超过 10 MB')).toBeVisible();
    await register.attachments.setInputFiles({
      name: '工资条扫描件.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.alloc(10 * MB + 1),
    });

    await expect(register.toast('附件“工资条扫描件.pdf”为 10.0 MB，超过 10 MB 的上限，未添加')).toBeVisible();
    await expect(page.locator('.ant-upload-list')).not.toContainText('工资条扫描件.pdf');
  });

  test('the size limit set in 设置 is the one applied', async ({ page, settings, register }) => {
    await settings.goTo('设置');
    await settings.saveGeneral({ attachmentMaxMb: 1 });
    await settings.goTo('信访登记');

    await register.attachments.setInputFiles([
      { name: '现场照片.jpg', mimeType: 'image/jpeg', buffer: Buffer.alloc(MB + MB / 2) },
      { name: '小照片.jpg', mimeType: 'image/jpeg', buffer: Buffer.alloc(MB / 2) },
    ]);
    await expect(register.toast('附件“现场照片.jpg”为 1.5 MB，超过 1 MB 的上限，未添加')).toBeVisible();
    await expect(page.locator('.ant-upload-list')).toContainText('小照片.jpg');
    await expect(page.locator('.ant-upload-list')).not.toContainText('现场照片.jpg');
  });

  test('a small attachment is saved with the petition and downloads with the same bytes from the detail page', async ({
    page,
    register,
    detail,
  }) => {
    const bytes = Buffer.from('工资条复印件：2026年3月至5月应发未发', 'utf8');
    await register.attachments.setInputFiles({ name: '工资条.txt', mimeType: 'text/plain', buffer: bytes });
    await expect(page.locator('.ant-upload-list')).toContainText('工资条.txt');

    const regNo = await register.register(ZHANG_WAGES);
    await register.button('查看详情').click();
    await detail.expectShowing(regNo);
    await expect(detail.section('附件')).toContainText('附件（1）');
    await expect(detail.section('附件')).toContainText('工资条.txt');

    const download = await detail.downloadAttachment('工资条.txt');
    expect(download.suggestedFilename()).toBe('工资条.txt');
    expect(await readFile(await download.path())).toEqual(bytes);
  });
});
