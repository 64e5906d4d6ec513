import { expect, type Download, type Locator } from '@playwright/test';
import ExcelJS from 'exceljs';
import { readFile } from 'node:fs/promises';
import { BasePage } from './base.page';

/** 导出Excel on the ledger page: the plain export and, behind a confirmation, the one with ID numbers and phones. */
export class LedgerExportPage extends BasePage {
  get exportButton(): Locator {
    return this.page.getByRole('button', { name: '导出Excel' });
  }
  get moreButton(): Locator {
    return this.page.getByRole('button', { name: '更多导出方式' });
  }

  /** The filtered ledger without personal information. */
  async exportPlain(): Promise<Download> {
    return this.download(this.exportButton);
  }

  /** The copy with ID numbers and phones, confirmed in the warning dialog. */
  async exportWithPersonalInfo(): Promise<Download> {
    await this.moreButton.click();
    await this.page.getByRole('menuitem', { name: '导出含身份证号和电话…' }).click();
    const dialog = this.page.getByRole('dialog').filter({ hasText: '导出含身份证号和联系电话的台账？' });
    await expect(dialog).toContainText('含个人信息');
    return this.download(dialog.getByRole('button', { name: '确认导出' }));
  }

  /** The downloaded .xlsx read back with exceljs. */
  static async workbook(download: Download): Promise<ExcelJS.Workbook> {
    const bytes = await readFile(await download.path());
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    return workbook;
  }

  /** A sheet's rows below the header as objects keyed by the Chinese headers. */
  static records(sheet: ExcelJS.Worksheet): Record<string, unknown>[] {
    const header = (sheet.getRow(1).values as unknown[]).slice(1) as string[];
    const rows: Record<string, unknown>[] = [];
    for (let r = 2; r <= sheet.rowCount; r++) {
      const values = (sheet.getRow(r).values as unknown[]).slice(1);
      rows.push(Object.fromEntries(header.map((h, i) => [h, values[i] ?? null])));
    }
    return rows;
  }

  /** Every cell's text in every sheet, for "no phone anywhere" checks. */
  static allText(workbook: ExcelJS.Workbook): string {
    const texts: string[] = [];
    workbook.eachSheet((sheet) => {
      texts.push(sheet.name);
      sheet.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.text))));
    });
    return texts.join('\n');
  }
}
