import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../../renderer/src/documents/report/buildReport';
import { draftParagraphs } from '../../../../renderer/src/documents/report/draft';
import { toBytes } from '../../../../renderer/src/documents/gbStyle';
import type { ReportDocumentInput } from '../../../../renderer/src/documents/report/types';
import { outreachMeasuresDraft } from '../../../../renderer/src/domain/outreach/reportParagraphs';
import { outreachFigures } from '../../../../renderer/src/domain/statistics';
import { paragraphsWith, textOf } from '../docxParts';
import { rowsOf, tablesOf } from '../tableChecks';
import { q2Comparison } from '../../domain/outreach/quarterSet';
import { reportInput } from './reportData';

const Q2 = { kind: 'quarter', year: 2026, quarter: 2 } as const;
const cellsOf = (row: string) => [...row.matchAll(/<w:tc>.*?<\/w:tc>/gs)].map((m) => textOf(m[0]));

/** The report of the statistics dataset's second quarter with the hand-counted 走出去 quarter, as useReport drafts it. */
function withOutreach(): ReportDocumentInput {
  const input = reportInput(Q2);
  const outreach = q2Comparison();
  const figures = { ...input.figures, outreach };
  return { ...input, figures, paragraphs: draftParagraphs(figures), measures: outreachMeasuresDraft(outreach.current) };
}

async function documentXml(input: ReportDocumentInput) {
  const zip = await JSZip.loadAsync(await toBytes(buildReport(input)));
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  return { xml, text: textOf(xml), tables: tablesOf(xml).map((t) => rowsOf(t).map(cellsOf)) };
}

describe('走出去 in the quarterly report', () => {
  it('prints section 二’s 走出去 paragraphs between its heading and 三', async () => {
    const { text } = await documentXml(withOutreach());
    const features = text.slice(text.indexOf('二、主要特点'), text.indexOf('三、反映的主要问题'));
    expect(features).toContain('本季度共开展走访座谈活动3次，其中下访走访1次、座谈会2次，覆盖职工67人次');
    expect(features).toContain(
      '本季度累计召开座谈会2次，征集建议5条，已向职工反馈答复2条，2条正在跟进落实中，1条尚未答复。',
    );
    expect(features).toContain('本季度帮扶救助困难职工11人次，救助金额2500.50元。');
    expect(features).toContain('与去年同期相比，走访座谈活动上升200.00%');
  });

  it('tables the figures of the catalogue against 去年同期 and 上季度', async () => {
    const { tables } = await documentXml(withOutreach());
    const table = tables.find((t) => t[1]?.[0] === '走访座谈活动') ?? [];
    expect(table[0]).toEqual(['指标', '本季度', '去年同期', '同比', '上季度', '环比']);
    expect(table.slice(1).map((row) => row[0])).toEqual(outreachFigures(q2Comparison()).map((f) => f.label));
    expect(table.find((row) => row[0] === '帮扶救助金额')).toEqual([
      '帮扶救助金额',
      '2500.50',
      '1000.00',
      '上升150.05%',
      '3000.00',
      '下降16.65%',
    ]);
    expect(table.find((row) => row[0] === '征集建议')).toEqual([
      '征集建议',
      '5',
      '1',
      '上升400.00%',
      '1',
      '上升400.00%',
    ]);
  });

  it('opens section 六 with the drafted follow-up as a 楷体 sub-heading and its text', async () => {
    const { text, xml } = await documentXml(withOutreach());
    const measures = text.slice(text.indexOf('六、下步工作措施'));
    expect(measures).toContain('（一）深化走访座谈，抓好建议答复和问题办理');
    expect(measures).toContain('对正在跟进落实的2条和尚未答复的1条职工建议');
    const [heading] = paragraphsWith(xml, '（一）深化走访座谈');
    expect(heading).toContain('w:eastAsia="楷体_GB2312"');
  });

  it('prints no 走出去 paragraph or table for a report whose 走出去 figures were not read', async () => {
    const { text, tables } = await documentXml(reportInput(Q2));
    expect(text).not.toContain('走访座谈活动');
    expect(tables.some((t) => t[1]?.[0] === '走访座谈活动')).toBe(false);
  });
});
