import ExcelJS from 'exceljs';
import { CFB } from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { suggestMapping } from '../../../../renderer/src/domain/import/columnMapping';
import { parseImportFile, readTables, summarize } from '../../../../renderer/src/documents/import/parseImport';

/** The import worker's work without the worker: a file into tables, then its rows read, with progress reported. */
async function workbook(sheets: Record<string, unknown[][]>): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) book.addWorksheet(name).addRows(rows);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

const HEADER = ['序号', '来访日期', '姓名', '反映问题', '来访形式'];
const ignore = () => undefined;

describe('parsing an import file', () => {
  it('finds a table per sheet, counts skipped rows and reports progress per sheet', async () => {
    const bytes = await workbook({
      '1月': [['2025年信访台账'], HEADER, [1, '1月5日', '张三', '拖欠工资', '来访'], ['合计', '', '', '', '']],
      说明: [['本表由信访办填写']],
      '2月': [HEADER, [1, '2月3日', '李四', '房屋漏水', '来信']],
    });
    const progress: number[][] = [];
    const outcome = parseImportFile(bytes, '2025年台账.xlsx', (done, total) => progress.push([done, total]));
    if (!outcome.ok) throw new Error(outcome.message);
    expect(progress).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
    expect(outcome.sheetsWithoutTable).toEqual(['说明']);
    const sheets = summarize(outcome.tables);
    expect(sheets.map((s) => [s.sheetName, s.year, s.rowCount, s.skipped.total])).toEqual([
      ['1月', 2025, 1, 1],
      ['2月', 2025, 1, 0],
    ]);
    const rows = readTables(
      outcome.tables,
      sheets.map((s) => suggestMapping(s.headers)),
      false,
      new Date(2026, 0, 1),
      ignore,
    );
    expect(rows.map((r) => [r.key, r.reading.row.receivedDate, r.reading.row.channel])).toEqual([
      ['0:3', '2025-01-05', '来访'],
      ['1:2', '2025-02-03', '来信'],
    ]);
  });

  it('says in Chinese why an empty file, a wrong type or a file without a ledger table is not imported', async () => {
    const empty = parseImportFile(new Uint8Array(), '台账.xlsx', ignore);
    expect(empty).toEqual({ ok: false, message: '「台账.xlsx」是空文件，没有可导入的内容' });
    const wrongType = parseImportFile(new Uint8Array([1, 2, 3]), '台账.docx', ignore);
    expect(wrongType.ok ? '' : wrongType.message).toMatch(/只能导入Excel文件/);
    const noTable = parseImportFile(await workbook({ Sheet1: [['随便写的'], ['一些字']] }), '笔记.xlsx', ignore);
    expect(noTable.ok ? '' : noTable.message).toMatch(/没有找到信访台账的表格/);
    const headerOnly = parseImportFile(await workbook({ Sheet1: [HEADER] }), '空表.xlsx', ignore);
    expect(headerOnly.ok).toBe(false);
  });

  it('tells the clerk to remove the password of an encrypted workbook', () => {
    // An encrypted .xlsx is a compound file holding EncryptionInfo and EncryptedPackage instead of the workbook.
    const container = CFB.utils.cfb_new();
    CFB.utils.cfb_add(container, '/EncryptionInfo', new Uint8Array([4, 0, 4, 0, 0x40, 0, 0, 0]));
    CFB.utils.cfb_add(container, '/EncryptedPackage', new Uint8Array(64));
    const bytes = new Uint8Array(CFB.write(container, { type: 'array' }) as number[]);
    const outcome = parseImportFile(bytes, '加密台账.xlsx', ignore);
    expect(outcome).toEqual({
      ok: false,
      message: '「加密台账.xlsx」设有打开密码，无法读取：请在Excel中取消密码、另存后再导入',
    });
  });
});
