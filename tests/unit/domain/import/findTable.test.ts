import { describe, expect, it } from 'vitest';
import { findHeaderRow, findTable, tableAt } from '../../../../renderer/src/domain/import/findTable';
import type { CellRange, SheetGrid } from '../../../../renderer/src/domain/import/sheetGrid';

const span = (r: number, c1: number, c2: number, r2 = r): CellRange => ({ s: { r, c: c1 }, e: { r: r2, c: c2 } });

function sheet(name: string, rows: unknown[][], merges: CellRange[] = []): SheetGrid {
  return { name, hidden: false, rows, merges, date1904: false };
}

const HEADER = ['序号', '日期', '姓名', '反映问题', '是否办结'];

describe('finding the table of a sheet', () => {
  it('finds the header below merged title rows, the year in the title, and skips and counts what is no row', () => {
    const found = findTable(
      sheet(
        '3月',
        [
          ['某矿2025年3月信访台账', null, null, null, null],
          ['填报单位：信访办', null, null, '单位：件', null],
          HEADER,
          [1, '3月5日', '张三', '工资', '是'],
          [null, null, null, null, null],
          [2, '3.6', '李四', '社保', '否'],
          HEADER,
          [3, '3月7日', '王五', '住房', '否'],
          [4, null, null, null, null],
          ['合计', null, '3人', null, null],
          ['填表人：赵六', null, null, '审核人：钱七', null],
          [],
          [],
        ],
        [span(0, 0, 4)],
      ),
    );
    expect(found).toMatchObject({ sheetName: '3月', headerRowNumber: 3, headers: HEADER, year: 2025 });
    expect(found?.rows.map((r) => [r.rowNumber, r.cells[2], r.year])).toEqual([
      [4, '张三', 2025],
      [6, '李四', 2025],
      [8, '王五', 2025],
    ]);
    expect(found?.skipped).toEqual({ blank: 2, header: 1, total: 1, note: 1 });
  });

  it('takes the year from the sheet name, then the file name, when the title names none', () => {
    const rows = [['信访台账'], HEADER, [1, '3月5日', '张三', '工资', '是']];
    expect(findTable(sheet('2024.3', rows))?.year).toBe(2024);
    expect(findTable(sheet('3月', rows), '2023年信访台账.xlsx')?.year).toBe(2023);
    expect(findTable(sheet('3月', rows))?.year).toBeNull();
  });

  it('reads a header of two lines as one: the words under a merged heading replace it', () => {
    const found = findTable(
      sheet(
        '2025年',
        [
          ['序号', '日期', '姓名', '反映问题', '办理情况', null, null],
          [null, null, null, null, '承办单位', '是否办结', '办结日期'],
          [1, '2025-3-5', '张三', '工资', '综合办', '是', '2025-3-20'],
        ],
        [span(0, 0, 0, 1), span(0, 4, 6)],
      ),
    );
    expect(found?.headers).toEqual(['序号', '日期', '姓名', '反映问题', '承办单位', '是否办结', '办结日期']);
    expect(found?.headerRowNumber).toBe(2);
    expect(found?.rows.map((r) => r.rowNumber)).toEqual([3]);
  });

  it('gives the rows under a later month’s title that month’s year', () => {
    const found = findTable(
      sheet('台账', [
        ['2024年12月信访台账'],
        HEADER,
        [1, '12月30日', '张三', '工资', '是'],
        ['2025年1月信访台账'],
        HEADER,
        [1, '1月3日', '李四', '社保', '否'],
      ]),
    );
    expect(found?.rows.map((r) => r.year)).toEqual([2024, 2025]);
    expect(found?.skipped).toMatchObject({ header: 1, note: 1 });
  });

  it('keeps a row holding only a day: it is a row with a problem, not a note', () => {
    const found = findTable(sheet('2025', [HEADER, [null, '2025年3月5日', null, null, null]]));
    expect(found?.rows).toHaveLength(1);
  });

  it('finds no table in a sheet without a ledger’s header', () => {
    expect(findTable(sheet('说明', [['本表填写说明'], ['日期', '备注']]))).toBeNull();
    expect(findTable(sheet('空', []))).toBeNull();
  });

  it('reads the table under a header the clerk points at when too few of its words are known', () => {
    const small = sheet('2025', [['台账'], ['日期', '事由'], ['3月5日', '工资']]);
    expect(findHeaderRow(small)).toBeNull();
    expect(tableAt(small, 1)).toMatchObject({ headerRowNumber: 2, headers: ['日期', '事由'], year: 2025 });
    expect(tableAt(small, 1).rows.map((r) => r.cells)).toEqual([['3月5日', '工资']]);
  });

  it('takes no year from a note line above the header: the sheet name names the ledger’s year', () => {
    const found = findTable(
      sheet('2025', [['信访台账'], ['填报日期：2026年1月5日'], HEADER, [1, '12月30日', '张三', '工资', '是']]),
    );
    expect(found?.year).toBe(2025);
    expect(found?.rows.map((r) => r.year)).toEqual([2025]);
    const besideUnit = findTable(
      sheet('2025', [
        ['填报单位：信访办', null, '填表日期： 2026年1月5日'],
        HEADER,
        [1, '12月30日', '张三', '工资', '是'],
      ]),
    );
    expect(besideUnit?.year).toBe(2025);
  });

  it('keeps the year after a signature line that names a day: only a title starts another year', () => {
    const found = findTable(
      sheet('2024年12月', [
        HEADER,
        [1, '12月30日', '张三', '工资', '是'],
        ['填表人：赵六 2025年1月2日'],
        [2, '12月31日', '李四', '社保', '否'],
      ]),
    );
    expect(found?.rows.map((r) => r.year)).toEqual([2024, 2024]);
    expect(found?.skipped.note).toBe(1);
  });
});
