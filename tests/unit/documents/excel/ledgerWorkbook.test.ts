import { describe, expect, it } from 'vitest';
import { listCategories } from '../../../../renderer/src/db/categories';
import type { DeskDatabase } from '../../../../renderer/src/db/database';
import { loadLedgerContacts } from '../../../../renderer/src/db/identity';
import { loadLedgerRows, registerPetition } from '../../../../renderer/src/db/petitions';
import { listUnits } from '../../../../renderer/src/db/units';
import {
  buildLedgerWorkbook,
  ledgerFileName,
  type LedgerReference,
} from '../../../../renderer/src/documents/excel/ledgerWorkbook';
import { CUT_OUT } from '../../../../renderer/src/documents/excel/personalData';
import { workbookBytes } from '../../../../renderer/src/documents/excel/sheet';
import {
  DEFAULT_LEDGER_SORT,
  queryLedger,
  type LedgerQuery,
  type LedgerRow,
} from '../../../../renderer/src/domain/ledgerQuery';
import { filteredLedgerRows } from '../../../../renderer/src/features/export/filteredLedgerRows';
import { freshDb } from '../../db/helpers';
import { NOW, person, visit } from '../../domain/fixtures';
import { allXml, readBack, records, rowValues, sheet } from './xlsxParts';

const ZHANG_ID = '140102197805203317';
const ZHANG_PHONE = '13800001111';
const LI_ID = '11010519491231002X';
const LI_PHONE = '13912345678';
const QUOTED_PHONE = '13698765432';
const QUOTED_LANDLINE = '0351-7654321';

const HEADERS = [
  '登记编号',
  '收到时间',
  '渠道',
  '信访人',
  '人数',
  '问题类别',
  '性质',
  '涉及单位',
  '包案领导',
  '状态',
  '事由摘要',
  '重复访',
  '集体访',
  '越级访',
  '联名信',
  '匿名',
  '涉法涉诉',
];

/** Three petitions: 张三's wage complaint quoting a phone, 李秀兰's 检举控告 naming herself, and a letter in April. */
async function seed(db: DeskDatabase): Promise<{ rows: LedgerRow[]; reference: LedgerReference }> {
  await registerPetition(
    db,
    visit({
      receivedAt: '2026-05-25T09:30',
      petitioners: [person({ idNumber: ZHANG_ID, phone: ZHANG_PHONE })],
      summary: `反映精益奖金分配不公开，联系电话${QUOTED_PHONE}，身份证${ZHANG_ID}。`,
    }),
    NOW,
  );
  await registerPetition(
    db,
    visit({
      receivedAt: '2026-05-24T15:05',
      petitioners: [person({ name: '李秀兰', gender: '女', idNumber: LI_ID, phone: LI_PHONE })],
      nature: '检举控告',
      categoryId: 'cat-02-01',
      unitId: 'unit-1-2',
      summary: `李秀兰检举班组长虚报工时，座机${QUOTED_LANDLINE}。`,
    }),
    NOW,
  );
  await registerPetition(
    db,
    visit({
      channel: '来信',
      receivedAt: '2026-04-02T08:00',
      petitioners: [person({ name: '王五', idNumber: '', phone: '' })],
    }),
    NOW,
  );
  const [rows, categories, units] = await Promise.all([loadLedgerRows(db), listCategories(db), listUnits(db)]);
  return { rows, reference: { categories, units } };
}

const query = (over: Partial<LedgerQuery> = {}): LedgerQuery => ({
  sort: DEFAULT_LEDGER_SORT,
  page: 1,
  pageSize: 20,
  ...over,
});

describe('the ledger export (信访台账.xlsx)', () => {
  it('holds every row the ledger shows for the filter, across pages, in the page order', async () => {
    const { rows } = await seed(freshDb());
    const visits = query({ channels: ['来访'], pageSize: 1, page: 2, sort: { field: 'regNo', order: 'asc' } });
    const exported = filteredLedgerRows(rows, visits);
    expect(exported.map((r) => r.regNo)).toEqual(['2026-0001', '2026-0002']);
    expect(exported).toEqual(queryLedger(rows, { ...visits, page: 1, pageSize: 100 }).rows);
  });

  it('has Chinese headers, real dates, set widths, a frozen header row with an autofilter, and names from the reference data', async () => {
    const { rows, reference } = await seed(freshDb());
    const progress: [number, number][] = [];
    const bytes = await workbookBytes(
      await buildLedgerWorkbook(rows, reference, { onProgress: (done, total) => progress.push([done, total]) }),
    );
    const ws = sheet(await readBack(bytes), '信访台账');

    expect(rowValues(ws, 1)).toEqual(HEADERS);
    expect(ws.rowCount).toBe(4);
    expect(progress.at(-1)).toEqual([3, 3]);

    const received = ws.getRow(2).getCell(2);
    expect(received.value).toBeInstanceOf(Date);
    // Excel has no time zone: the cell shows the clock time the desk recorded.
    expect((received.value as Date).toISOString()).toBe('2026-05-25T09:30:00.000Z');
    expect(received.numFmt).toBe('yyyy-mm-dd hh:mm');

    for (let c = 1; c <= HEADERS.length; c++) expect(ws.getColumn(c).width, HEADERS[c - 1]).toBeGreaterThanOrEqual(6);
    expect(ws.getColumn(11).width).toBe(60);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.autoFilter).toBeTruthy();

    const [zhang, li, wang] = records(ws);
    expect(zhang).toMatchObject({
      登记编号: '2026-0001',
      渠道: '来访',
      信访人: '张三',
      人数: 1,
      问题类别: '工资福利 / 绩效/精益奖金分配',
      性质: '申诉求决',
      涉及单位: '某煤业集团有限公司 / 一号矿井 / 综采一队',
      包案领导: null,
      状态: '已登记',
      重复访: null,
    });
    expect(li).toMatchObject({
      问题类别: '劳动关系 / 劳动合同',
      涉及单位: '某煤业集团有限公司 / 选煤厂',
      性质: '检举控告',
    });
    expect(wang).toMatchObject({ 渠道: '来信', 信访人: '王五' });
  });

  it('gives each case its 包案领导 once it is assigned (交办)', async () => {
    const { rows, reference } = await seed(freshDb());
    const [first, ...others] = rows;
    if (!first) throw new Error('no row');
    const bytes = await workbookBytes(await buildLedgerWorkbook([{ ...first, leader: '李强' }, ...others], reference));
    const leaders = records(sheet(await readBack(bytes), '信访台账')).map((r) => r['包案领导']);
    expect(leaders).toEqual(['李强', null, null]);
  });

  it('leaves ID numbers and phones out by default, also where the summary quotes them, and hides a 检举控告 petitioner', async () => {
    const { rows, reference } = await seed(freshDb());
    const bytes = await workbookBytes(await buildLedgerWorkbook(rows, reference));
    const xml = await allXml(bytes);
    for (const secret of [ZHANG_ID, ZHANG_PHONE, LI_ID, LI_PHONE, QUOTED_PHONE, QUOTED_LANDLINE, '7654321', '李秀兰']) {
      expect(xml, secret).not.toContain(secret);
    }
    const [zhang, li] = records(sheet(await readBack(bytes), '信访台账'));
    expect(zhang?.['事由摘要']).toContain(`联系电话${CUT_OUT}`);
    expect(li?.['信访人']).toBe('（保密）');
    expect(li?.['事由摘要']).toBe(`（保密）检举班组长虚报工时，座机${CUT_OUT}。`);
    expect(ledgerFileName('2026-11-28', false)).toBe('信访台账-2026-11-28.xlsx');
  });

  it('carries ID numbers and phones only when asked, in a sheet and file marked 含个人信息', async () => {
    const db = freshDb();
    const { rows, reference } = await seed(db);
    const contacts = await loadLedgerContacts(
      db,
      rows.map((r) => r.id),
    );
    const bytes = await workbookBytes(
      await buildLedgerWorkbook(rows, reference, { includePersonalInfo: true, contacts }),
    );
    const ws = sheet(await readBack(bytes), '信访台账（含个人信息）');
    expect(rowValues(ws, 1).slice(3, 6)).toEqual(['信访人', '身份证号', '联系电话']);
    const [zhang, li, wang] = records(ws);
    expect(zhang).toMatchObject({ 身份证号: ZHANG_ID, 联系电话: ZHANG_PHONE });
    expect(zhang?.['事由摘要']).toContain(QUOTED_PHONE);
    expect(li).toMatchObject({ 信访人: '李秀兰', 身份证号: LI_ID, 联系电话: LI_PHONE });
    expect(wang).toMatchObject({ 身份证号: null, 联系电话: null });
    expect(ledgerFileName('2026-11-28', true)).toBe('信访台账（含个人信息）-2026-11-28.xlsx');
  });

  it('refuses to include personal information it was not given', async () => {
    const { rows, reference } = await seed(freshDb());
    await expect(buildLedgerWorkbook(rows, reference, { includePersonalInfo: true })).rejects.toThrow(
      '身份证号和联系电话',
    );
  });
});
