import { describe, expect, it } from 'vitest';
import { suggestMapping } from '../../../../renderer/src/domain/import/columnMapping';
import { findTable } from '../../../../renderer/src/domain/import/findTable';
import { buildLedgerWorkbook } from '../../../../renderer/src/documents/excel/ledgerWorkbook';
import { readWorkbook } from '../../../../renderer/src/documents/import/readWorkbook';

/**
 * The desk's own 信访台账 export is a ledger like any office's: its headers are found and suggested without the clerk's
 * help (the round trip of issue 17 starts here). Read from the export itself, so a renamed column shows up here.
 */
describe('the desk’s own ledger export', () => {
  it('is found as a table and its columns suggested', async () => {
    const workbook = await buildLedgerWorkbook(
      [],
      { categories: [], units: [] },
      {
        includePersonalInfo: true,
        contacts: new Map(),
      },
    );
    const reading = readWorkbook(new Uint8Array(await workbook.xlsx.writeBuffer()), '信访台账-2026-11-28.xlsx');
    if (!reading.ok) throw new Error(reading.message);
    const table = findTable(reading.sheets[0] ?? { name: '', hidden: false, rows: [], merges: [], date1904: false });
    if (!table) throw new Error('no table found');
    const mapping = suggestMapping(table.headers);
    expect(Object.fromEntries(table.headers.map((h, i) => [h, mapping[i]]))).toMatchObject({
      登记编号: 'originalNo',
      收到时间: 'receivedDate',
      渠道: 'channel',
      信访人: 'names',
      身份证号: 'idNumber',
      联系电话: 'phone',
      人数: 'headcount',
      问题类别: 'category',
      涉及单位: 'unit',
      包案领导: 'leader',
      状态: 'closed',
      事由摘要: 'matter',
    });
  });
});
