/**
 * The workbook of 导入Excel's first budget (issue 17: 10,000 rows parsed and previewed ≤ 5 s): a 10,000-row ledger
 * built with exceljs in Node (one sheet per month under a merged title row, a 合计 row at the bottom, dates typed as
 * Excel dates and as 「2019.3.5」). bench/run.ts serves it beside the page, whose import worker reads it
 * (bench/page/parseScenario.ts).
 */
import ExcelJS from 'exceljs';

export const PARSE_ROWS = 10_000;

const HEADER = [
  '序号',
  '来访日期',
  '来访形式',
  '姓名',
  '联系电话',
  '反映问题',
  '问题类别',
  '是否办结',
  '办结日期',
  '备注',
];
const SURNAMES = '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗';
const GIVEN = '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂';

/** The old ledger's workbook: 2019, twelve monthly sheets, 10,000 rows by 3,000 people, a third closed. */
export async function ledgerWorkbook(): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const perMonth = Math.ceil(PARSE_ROWS / 12);
  for (let month = 1; month <= 12; month++) {
    const sheet = book.addWorksheet(`${month}月`);
    sheet.addRow([`2019年${month}月信访台账`]);
    sheet.mergeCells(1, 1, 1, HEADER.length);
    sheet.addRow(HEADER);
    const first = (month - 1) * perMonth;
    for (let i = first; i < Math.min(first + perMonth, PARSE_ROWS); i++) {
      const who = i % 3000;
      const name = `${SURNAMES[who % SURNAMES.length] ?? '王'}${GIVEN[(who * 7) % GIVEN.length] ?? '伟'}${GIVEN[(who * 13) % GIVEN.length] ?? '强'}`;
      const day = (i % 28) + 1;
      const closed = i % 3 === 0;
      const date = i % 2 === 0 ? new Date(Date.UTC(2019, month - 1, day)) : `2019.${month}.${day}`;
      sheet.addRow([
        i - first + 1,
        date,
        i % 4 === 0 ? '来信' : '来访',
        name,
        `139 ${String(1000 + (who % 9000))} ${String(1000 + who).slice(-4)}`,
        `反映第${i + 1}号问题：工资发放不及时`,
        '工资',
        closed ? '是' : '否',
        closed ? date : '',
        '',
      ]);
    }
    sheet.addRow(['合计', '', '', '', '', '', '', '', '', '']);
  }
  return new Uint8Array(await book.xlsx.writeBuffer());
}
