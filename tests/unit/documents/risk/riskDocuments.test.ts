import { describe, expect, it } from 'vitest';
import {
  buildMonthlySummaryWorkbook,
  monthlySummaryFileName,
} from '../../../../renderer/src/documents/excel/riskSummaryWorkbook';
import { workbookBytes } from '../../../../renderer/src/documents/excel/sheet';
import { buildDailyReport } from '../../../../renderer/src/documents/risk/dailyReport';
import { buildMonthlySummary } from '../../../../renderer/src/documents/risk/monthlySummary';
import { buildSpecialReport } from '../../../../renderer/src/documents/risk/specialReport';
import { monthlySummaryInput } from '../../../../renderer/src/documents/risk/summaryTables';
import {
  SAMPLE_RISK_MATTERS,
  SAMPLE_RISK_UPDATES,
  SAMPLE_SCREENINGS,
  sampleRiskNames,
} from '../../../../renderer/src/documents/sampleRisk';
import { riskDailyReport } from '../../../../renderer/src/domain/risk/daily';
import { createWorkCalendar } from '../../../../renderer/src/domain/workCalendar';
import { paragraphsWith, textOf, unpack } from '../docxParts';
import { rowsOf, tablesOf } from '../tableChecks';
import { readBack, rowValues, sheet } from '../excel/xlsxParts';

/** No 18-digit ID number and no mobile number anywhere in the text. */
const IDENTITY = /\d{17}[\dXx]|1[3-9]\d{9}/;

// The sample ledger (sampleRisk.ts), hand-counted for October 2026 in its header.
const october = monthlySummaryInput(
  { matters: SAMPLE_RISK_MATTERS, screenings: SAMPLE_SCREENINGS },
  { year: 2026, month: 10 },
  { unit: (id) => sampleRiskNames.unit(id), category: sampleRiskNames.category },
  { issuer: '一号矿井信访办公室', date: '2026-11-02' },
);
const cellsOf = (row: string) => [...row.matchAll(/<w:tc>.*?<\/w:tc>/gs)].map((m) => textOf(m[0]));

describe('月度汇总 .docx', () => {
  it('prints the month in seed 000’s sentence, its totals and screenings with the year to date', async () => {
    const { document, footers } = await unpack(buildMonthlySummary(october));
    const text = textOf(document);
    expect(text).toContain('2026年10月矛盾纠纷排查化解情况');
    expect(text).toContain(
      '本月共组织集中排查2次，其中重点排查1次、普遍排查1次，排查化解矛盾纠纷2起。新挂号矛盾纠纷5起（其中重大1起、较大1起、一般3起），销号2起，月末在办4起；本年累计挂号9起、销号4起，化解率44.44%。',
    );
    const [totals, screenings, byLevel, byCategory, byUnit] = tablesOf(document);
    expect(rowsOf(totals!).map(cellsOf)).toEqual([
      ['指标', '本月', '本年累计'],
      ['新挂号', '5', '9'],
      ['销号', '2', '4'],
      ['转为信访事项', '1', '1'],
      ['化解率（销号÷挂号）', '40.00%', '44.44%'],
      ['月末在办', '4', '—'],
    ]);
    expect(rowsOf(screenings!).map(cellsOf).slice(1, 3)).toEqual([
      ['集中排查（次）', '2', '3'],
      ['其中：重点排查（次）', '1', '2'],
    ]);
    expect(rowsOf(byLevel!).map(cellsOf)).toEqual([
      ['风险等级', '本月挂号', '本月销号', '本月转信访', '本年挂号', '本年销号', '月末在办'],
      ['重大', '1', '0', '0', '1', '0', '1'],
      ['较大', '1', '1', '0', '3', '2', '1'],
      ['一般', '3', '1', '1', '5', '2', '2'],
      ['合计', '5', '2', '1', '9', '4', '4'],
    ]);
    expect(rowsOf(byCategory!).map(cellsOf).at(-1)).toEqual(['合计', '5', '2', '1', '9', '4', '4']);
    expect(
      rowsOf(byUnit!)
        .map(cellsOf)
        .find((r) => r[0] === '选煤厂'),
    ).toEqual(['选煤厂', '1', '0', '0', '1', '0', '1']);
    // Every table repeats its heading row on the next page; the issuer and date close it; pages are numbered.
    for (const table of tablesOf(document)) expect(rowsOf(table)[0]).toContain('<w:tblHeader/>');
    expect(text).toMatch(/一号矿井信访办公室2026年11月2日$/);
    expect(footers.default).toContain('PAGE');
    expect(text).not.toMatch(IDENTITY);
  });
});

describe('月度汇总 .xlsx', () => {
  it('reads back with the same figures as the .docx, figures as numbers', async () => {
    const workbook = await readBack(await workbookBytes(await buildMonthlySummaryWorkbook(october)));
    expect(workbook.worksheets.map((w) => w.name)).toEqual([
      '说明',
      '总体情况',
      '排查情况',
      '按风险等级',
      '按类别',
      '按单位',
    ]);
    expect(rowValues(sheet(workbook, '说明'), 4)).toEqual([
      '汇总',
      expect.stringContaining('新挂号矛盾纠纷5起（其中重大1起、较大1起、一般3起），销号2起，月末在办4起'),
    ]);
    expect(rowValues(sheet(workbook, '总体情况'), 2)).toEqual(['新挂号', 5, 9]);
    expect(rowValues(sheet(workbook, '按风险等级'), 1)).toEqual([
      '风险等级',
      '本月挂号',
      '本月销号',
      '本月转信访',
      '本年挂号',
      '本年销号',
      '月末在办',
    ]);
    expect(rowValues(sheet(workbook, '按风险等级'), 5)).toEqual(['合计', 5, 2, 1, 9, 4, 4]);
    expect(monthlySummaryFileName(october, 'xlsx')).toBe('2026年10月矛盾纠纷排查化解情况.xlsx');
  });
});

describe('日报 .docx', () => {
  const calendar = createWorkCalendar();
  const names = { unitName: sampleRiskNames.unit, issuer: '一号矿井信访办公室' };

  it('lists the day’s changes and the matters behind, by number and unit, without ID or phone numbers', async () => {
    const withPhone = SAMPLE_RISK_UPDATES.map((u) =>
      u.day === '2026-10-20' && u.matterId === 'sample-r6' ? { ...u, text: `${u.text}，联系人电话13912345678` } : u,
    );
    const report = riskDailyReport(SAMPLE_RISK_MATTERS, withPhone, '2026-10-20', calendar);
    const { document } = await unpack(buildDailyReport({ report, ...names }));
    const text = textOf(document);
    expect(text).toContain('排查台账日报一号矿井信访办公室　　2026年10月20日');
    expect(text).toContain(
      '今日新挂号1起，更新进展1条，销号1起，转为信访事项1起；截至今日在办3起，其中1起未按时更新进展。',
    );
    const [registered, updates, closed, converted, behind] = tablesOf(document).map((t) =>
      rowsOf(t).slice(1).map(cellsOf),
    );
    expect(registered?.map((r) => r[0])).toEqual(['排〔2026〕7号']);
    expect(updates?.[0]?.slice(0, 3)).toEqual(['排〔2026〕6号', '重大', '一号矿井']);
    expect(updates?.[0]?.[3]).toContain('帮扶方案报矿党委');
    expect(closed?.map((r) => r[0])).toEqual(['排〔2026〕4号']);
    expect(converted?.map((r) => r[0])).toEqual(['排〔2026〕5号']);
    expect(behind).toEqual([['排〔2026〕9号', '一般', '通风科', '周副矿长', '2026年9月25日', '12']]);
    expect(text).not.toMatch(IDENTITY);
  });

  it('says 「无。」 under a section with nothing', async () => {
    const report = riskDailyReport([], [], '2026-10-25', calendar);
    const { document } = await unpack(buildDailyReport({ report, ...names }));
    expect(tablesOf(document)).toHaveLength(0);
    expect(paragraphsWith(document, '无。')).toHaveLength(5);
  });
});

describe('重大风险专报 .docx', () => {
  it('prints 文号, title, 主送, the numbered sections and the signature, without ID or phone numbers', async () => {
    const { document, footers } = await unpack(
      buildSpecialReport({
        subject: '一号矿井供暖问题',
        sections: [
          { heading: '基本情况', paragraphs: ['约40户住户反映暂停供暖，代表电话13912345678。'] },
          { heading: '下一步工作', paragraphs: ['每日更新进展。'] },
        ],
        docNo: '曹矿信专报〔2026〕1号',
        addressee: '某煤业集团有限公司办公室',
        signer: '王志刚',
        issuer: '一号矿井信访办公室',
        date: '2026-10-19',
      }),
    );
    const text = textOf(document);
    expect(
      text.startsWith(
        '曹矿信专报〔2026〕1号签发人：王志刚关于一号矿井供暖问题的重大风险专报某煤业集团有限公司办公室：一、基本情况',
      ),
    ).toBe(true);
    expect(text).toContain('二、下一步工作每日更新进展。特此报告。');
    expect(text).toMatch(/特此报告。一号矿井信访办公室2026年10月19日$/);
    // 上行文 (GB/T 9704 §7.2.4): the 文号 one character in from the left, the 签发人 flush to a right tab on its line,
    // the name in 楷体.
    const head = paragraphsWith(document, '签发人：')[0] ?? '';
    expect(head).toContain('曹矿信专报〔2026〕1号');
    expect(head).toMatch(/<w:tab w:val="right"/);
    expect(head).toMatch(/<w:ind w:left="320"/);
    expect(head).toMatch(/楷体_GB2312[^]*王志刚/);
    expect(paragraphsWith(document, '一、基本情况')[0]).toContain('黑体');
    expect(text).not.toMatch(IDENTITY);
    expect(footers.default).toContain('PAGE');
  });
});
