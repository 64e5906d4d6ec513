import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../../renderer/src/documents/report/buildReport';
import { BODY_LINE, SIZES, toBytes } from '../../../../renderer/src/documents/gbStyle';
import { textOf } from '../docxParts';
import { expectWellFormedList, rowsOf, tablesOf } from '../tableChecks';
import { reportInput } from './reportData';

const Q2 = { kind: 'quarter', year: 2026, quarter: 2 } as const;

async function documentXml(input = reportInput(Q2)): Promise<string> {
  const zip = await JSZip.loadAsync(await toBytes(buildReport(input)));
  return (await zip.file('word/document.xml')?.async('string')) ?? '';
}

const paragraphs = (xml: string) => [...xml.matchAll(/<w:p>.*?<\/w:p>|<w:p [^>]*>.*?<\/w:p>/gs)].map((m) => m[0]);

describe('report layout: charts', () => {
  it('a chart paragraph has its own line spacing, not the body’s exact 28.9 pt that clips a picture to one line', async () => {
    const pictures = paragraphs(await documentXml()).filter((p) => p.includes('<w:drawing>'));
    expect(pictures).toHaveLength(2);
    for (const p of pictures) {
      expect(p).not.toContain(`w:line="${BODY_LINE}"`);
      expect(p).toMatch(/<w:spacing [^>]*w:lineRule="auto"/);
    }
  });

  it('each chart is numbered 图1, 图2 in a caption below it, kept on the chart’s page', async () => {
    const all = paragraphs(await documentXml());
    const at = all.map((p, i) => (p.includes('<w:drawing>') ? i : -1)).filter((i) => i >= 0);
    expect(textOf(all[(at[0] ?? 0) + 1] ?? '')).toBe('图1  分渠道来访批次');
    expect(textOf(all[(at[1] ?? 0) + 1] ?? '')).toBe('图2  反映的主要问题');
    for (const i of at) expect(all[i]).toContain('<w:keepNext/>');
  });
});

/** Every column but the names that may wrap (a category, a unit, a 口径 note) keeps its cells on one line. */
function noWrapColumns(table: string): number[] {
  const wrapping = ['问题类别', '涉及单位', '口径'];
  const [header] = rowsOf(table);
  const headings = [...(header ?? '').matchAll(/<w:tc>.*?<\/w:tc>/gs)].map((m) => textOf(m[0]));
  return headings.flatMap((text, i) => (wrapping.includes(text) ? [] : [i]));
}

describe('report layout: tables', () => {
  it('every table repeats its header row, keeps each row whole on a page, and fits its headings (序号, 人次 on one line)', async () => {
    const all = tablesOf(await documentXml());
    expect(all.length).toBe(5);
    for (const table of all) expectWellFormedList(table, SIZES.xiaosi, noWrapColumns(table));
  });

  it('a change cell such as 下降13.27% is as wide as its text', async () => {
    const [comparison] = tablesOf(await documentXml());
    const widths = [...(comparison ?? '').matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    // 同比 is the 4th column: two full-width characters and six half-width ones, with the margins.
    expect(widths[3]).toBeGreaterThanOrEqual(2 * 235 + 6 * 120 + 160);
  });
});

describe('report layout: title', () => {
  it('a branch’s long title breaks after the branch’s name (梯形), not inside 信访工作', async () => {
    const xml = await documentXml(reportInput(Q2, { scopeName: '一号矿井机关党支部' }));
    const [titleParagraph] = paragraphs(xml);
    const lines = (titleParagraph ?? '').split('<w:br/>').map(textOf);
    expect(lines).toEqual(['一号矿井机关党支部', '2026年第二季度信访工作研判分析报告']);
  });
});
