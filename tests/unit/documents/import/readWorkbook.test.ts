import ExcelJS from 'exceljs';
import { utils, write } from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { suggestMapping } from '../../../../renderer/src/domain/import/columnMapping';
import { findTable, type FoundTable } from '../../../../renderer/src/domain/import/findTable';
import { readImportRow } from '../../../../renderer/src/domain/import/readRow';
import type { SheetGrid } from '../../../../renderer/src/domain/import/sheetGrid';
import { readWorkbook } from '../../../../renderer/src/documents/import/readWorkbook';
import { encodeGbk } from './gbk';

const NOW = new Date(2026, 4, 25);
const HEADER = [
  '序号',
  '来访日期',
  '来访形式',
  '姓名',
  '身份证号',
  '联系电话',
  '人数',
  '反映问题',
  '是否办结',
  '办结日期',
];

/** An office's ledger as Excel holds it: merged titles, days typed every way, an ID Excel took for a number, a 合计. */
async function officeWorkbook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const march = workbook.addWorksheet('2025年3月');
  march.addRow(['某矿2025年3月信访台账']);
  march.mergeCells('A1:J1');
  march.addRow(['填报单位：信访办']);
  march.mergeCells('A2:J2');
  march.addRow(HEADER);
  march.addRow([
    1,
    new Date(Date.UTC(2025, 2, 5, 9, 30)),
    '走访',
    '张三、李四等12人',
    '410602199001011231',
    '138 0000 1111',
    12,
    '拖欠工资',
    '是',
    '2025.3.20',
  ]);
  march.getCell('B4').numFmt = 'yyyy/m/d h:mm';
  march.addRow([2, '3月6日', '电话', '王五', Number('410602199001011231'), 13900002222, null, '社保欠缴', '否', null]);
  march.addRow([3, 45723, '来信', '赵六', null, null, null, '住房分配', '未办结', null]);
  march.addRow([]);
  march.addRow(['合计', null, null, '14人']);
  const april = workbook.addWorksheet('4月');
  april.addRow(HEADER);
  april.addRow([1, '4.2', '网上', '钱七', null, null, null, '工资待遇', '√', '2025年4月9日']);
  april.addRow([2, '2025-4-31', '来访', '孙八', null, null, null, '', null, null]);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

function tablesOf(sheets: SheetGrid[], fileName: string): FoundTable[] {
  return sheets.map((sheet) => findTable(sheet, fileName)).filter((t) => t !== null);
}

function readTable(table: FoundTable) {
  const mapping = suggestMapping(table.headers);
  return table.rows.map((r) => readImportRow(r.cells, mapping, { year: r.year }, NOW));
}

describe('reading an office’s workbook', () => {
  it('reads both sheets of an .xlsx, their merged titles, and each day whatever its form', async () => {
    const reading = readWorkbook(await officeWorkbook(), '2025年信访台账.xlsx');
    if (!reading.ok) throw new Error(reading.message);
    expect(reading.sheets.map((s) => s.name)).toEqual(['2025年3月', '4月']);
    expect(reading.sheets[0]?.merges).toEqual([
      { s: { r: 0, c: 0 }, e: { r: 0, c: 9 } },
      { s: { r: 1, c: 0 }, e: { r: 1, c: 9 } },
    ]);
    expect(reading.sheets[0]?.rows[3]?.[1]).toEqual(new Date(2025, 2, 5, 9, 30));

    const [march, april] = tablesOf(reading.sheets, '2025年信访台账.xlsx');
    expect(march).toMatchObject({ headerRowNumber: 3, year: 2025, skipped: { blank: 1, total: 1 } });
    expect(april).toMatchObject({ headerRowNumber: 1, year: 2025 });
    const rows = [...readTable(march as FoundTable), ...readTable(april as FoundTable)];
    expect(rows.map((r) => r.row.receivedDate)).toEqual(['2025-03-05', '2025-03-06', '2025-03-07', '2025-04-02', null]);
    expect(rows.map((r) => r.row.channel)).toEqual(['来访', '来电', '来信', '网上信访', '来访']);
    expect(rows.map((r) => r.row.closed)).toEqual([true, false, false, true, null]);
    expect(rows[3]?.row.closedDate).toBe('2025-04-09');
  });

  it('reads several people in a cell into named petitioners and the headcount', async () => {
    const reading = readWorkbook(await officeWorkbook(), '台账.xlsx');
    if (!reading.ok) throw new Error(reading.message);
    const [first] = readTable(tablesOf(reading.sheets, '台账.xlsx')[0] as FoundTable);
    expect(first?.row.people.map((p) => p.name)).toEqual(['张三', '李四']);
    expect(first?.row.headcount).toBe(12);
    expect(first?.row.people[0]?.phones).toEqual(['138 0000 1111']);
    expect(first?.errors).toEqual([]);
  });

  it('flags the ID Excel stored as a number as incomplete, and errs on a day that does not exist and a missing matter', async () => {
    const reading = readWorkbook(await officeWorkbook(), '台账.xlsx');
    if (!reading.ok) throw new Error(reading.message);
    const [march, april] = tablesOf(reading.sheets, '2025年台账.xlsx').map(readTable);
    expect(march?.[1]?.row.people[0]?.idNumber).toMatchObject({ state: 'incomplete', knownDigits: '410602199001011' });
    expect(march?.[1]?.warnings.map((w) => w.field)).toEqual(['idNumber']);
    expect(march?.[1]?.row.people[0]?.phones).toEqual(['13900002222']);
    expect(april?.[1]?.errors.map((e) => e.message)).toEqual([
      '日期：「2025-4-31」不是真实存在的日期',
      '反映问题：未填写',
    ]);
  });

  it('marks a hidden sheet and reads the days of a 1904 workbook in its own system', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.properties.date1904 = true;
    workbook.addWorksheet('台账').addRow([new Date(Date.UTC(2025, 2, 5))]);
    workbook.getWorksheet('台账')!.getCell('A1').numFmt = 'yyyy-mm-dd';
    workbook.addWorksheet('底稿', { state: 'hidden' }).addRow(['x']);
    const reading = readWorkbook(new Uint8Array(await workbook.xlsx.writeBuffer()), '台账.xlsx');
    if (!reading.ok) throw new Error(reading.message);
    expect(reading.sheets.map((s) => [s.name, s.hidden, s.date1904])).toEqual([
      ['台账', false, true],
      ['底稿', true, true],
    ]);
    expect(reading.sheets[0]?.rows[0]).toEqual([new Date(2025, 2, 5)]);
  });

  it('reads an .xls (Excel 97–2003) with its merges and date cells', () => {
    const sheet = utils.aoa_to_sheet([
      ['2024年信访台账'],
      ['序号', '日期', '姓名', '反映问题'],
      [1, { t: 'n', v: 45721, z: 'yyyy-mm-dd' }, '张三', '工资'],
    ]);
    sheet['!merges'] = [{ s: { r: 0, c: 0 }, e: { r: 0, c: 3 } }];
    const book = utils.book_new();
    utils.book_append_sheet(book, sheet, '台账');
    const bytes = new Uint8Array(write(book, { type: 'array', bookType: 'xls' }) as ArrayBuffer);
    const reading = readWorkbook(bytes, '旧台账.xls');
    if (!reading.ok) throw new Error(reading.message);
    expect(reading.sheets[0]?.merges).toEqual([{ s: { r: 0, c: 0 }, e: { r: 0, c: 3 } }]);
    expect(reading.sheets[0]?.rows[2]).toEqual([1, new Date(2025, 2, 5), '张三', '工资']);
    expect(findTable(reading.sheets[0] as SheetGrid)).toMatchObject({ year: 2024, headerRowNumber: 2 });
  });

  it('reads a GBK .csv as text, its ID numbers whole, the sheet named after the file', () => {
    const csv = '序号,日期,姓名,身份证号,反映问题\r\n1,2025/3/5,张三,410602199001011231,"拖欠工资,多次讨要"\r\n';
    const reading = readWorkbook(encodeGbk(csv), '2025年3月.csv');
    if (!reading.ok) throw new Error(reading.message);
    expect(reading.sheets.map((s) => [s.name, s.rows])).toEqual([
      [
        '2025年3月',
        [
          ['序号', '日期', '姓名', '身份证号', '反映问题'],
          ['1', '2025/3/5', '张三', '410602199001011231', '拖欠工资,多次讨要'],
        ],
      ],
    ]);
  });

  it('reads a UTF-8 .csv with its byte-order mark the same way', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('姓名,反映问题\r\n张三,工资\r\n')]);
    const reading = readWorkbook(bytes, 'a.CSV');
    expect(reading.ok && reading.sheets[0]?.rows).toEqual([
      ['姓名', '反映问题'],
      ['张三', '工资'],
    ]);
  });

  it('refuses a file of another kind, and says why a damaged workbook cannot be read', () => {
    expect(readWorkbook(new Uint8Array([1, 2, 3]), '台账.docx')).toEqual({
      ok: false,
      message: '只能导入Excel文件（.xlsx、.xls）或CSV文件（.csv）',
    });
    const damaged = readWorkbook(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0]), '台账.xlsx');
    expect(damaged.ok).toBe(false);
    expect(!damaged.ok && damaged.message).toMatch(/^无法读取「台账.xlsx」：/);
  });
});
