import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../../renderer/src/documents/report/buildReport';
import { toBytes } from '../../../../renderer/src/documents/gbStyle';
import { formatPercent, handlingSentence, topCategoriesSentence } from '../../../../renderer/src/domain/statistics';
import type { ReportDocumentInput } from '../../../../renderer/src/documents/report/types';
import { textOf } from '../docxParts';
import { PLANTED, reportInput } from './reportData';

async function unzip(input: ReportDocumentInput) {
  const zip = await JSZip.loadAsync(await toBytes(buildReport(input)));
  const xml = await zip.file('word/document.xml')?.async('string');
  if (!xml) throw new Error('word/document.xml is missing');
  return { zip, xml, text: textOf(xml) };
}

const HEADINGS = [
  '一、基本情况',
  '二、主要特点',
  '三、反映的主要问题',
  '四、办理情况',
  '五、原因分析与风险研判',
  '六、下步工作措施',
];
const Q2 = { kind: 'quarter', year: 2026, quarter: 2 } as const;

describe('the quarterly analysis report (季度信访工作研判分析报告)', () => {
  it('has the title and the six sections in order, 五 and 六 as the branch wrote them', async () => {
    const { text } = await unzip(reportInput(Q2, { scopeName: '一矿党支部' }));
    expect(text.startsWith('一矿党支部2026年第二季度信访工作研判分析报告')).toBe(true);
    const positions = HEADINGS.map((h) => text.indexOf(h));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(text).toContain('主要原因工资分配问题集中。');
    expect(text).toContain('加强排查化解。');
    expect(text.endsWith('某煤业集团有限公司信访办公室2026年7月10日')).toBe(true);
  });

  it('names its issuing body in a whole-company title and prints the 主送机关 under it, flush left with a full-width colon', async () => {
    const { text, xml } = await unzip(reportInput(Q2));
    expect(
      text.startsWith('某煤业集团有限公司信访办公室2026年第二季度信访工作研判分析报告公司党委：一、基本情况'),
    ).toBe(true);
    const addressee = xml.split('<w:p>').find((p) => textOf(p) === '公司党委：');
    expect(addressee).toBeDefined();
    expect(addressee).not.toContain('w:firstLine');
    const { text: none } = await unzip(reportInput(Q2, { addressee: '  ' }));
    expect(none).toContain('信访工作研判分析报告一、基本情况');
  });

  it('its sentences carry the statistics module’s figures (7 批次 16 人次 in 2026 Q2, counted by hand in the dataset)', async () => {
    const input = reportInput(Q2);
    const { current, lastYear, previous } = input.figures;
    expect([current.batches, current.persons, current.pieces]).toEqual([7, 16, 7]);
    const { text } = await unzip(input);
    expect(text).toContain(
      `本季度共接处访${current.batches}批次${current.persons}人次，与去年同期${lastYear.batches}批次${lastYear.persons}人次相比`,
    );
    expect(text).toContain(`与上季度${previous?.batches}批次${previous?.persons}人次相比`);
    expect(text).toContain(`本季度登记信访事项${current.pieces}件`);
    expect(text).toContain(`集体访${current.collective.batches}批次${current.collective.persons}人次`);
    expect(text).toContain(
      `重复访${current.repeat.pieces}件、占本期接待涉及的${current.repeat.contactedPieces}件信访事项的${formatPercent(current.repeat.share)}`,
    );
    expect(text).toContain(topCategoriesSentence(current));
    expect(text).toContain(handlingSentence(current, '本季度'));
  });

  it('holds the comparison, channel, category, handling and overdue tables', async () => {
    const input = reportInput(Q2);
    expect(input.figures.current.overdue.length).toBeGreaterThan(0);
    const { xml, text } = await unzip(input);
    expect(xml.match(/<w:tbl>/g)).toHaveLength(5);
    for (const caption of [
      '表1  本季度信访总量对比',
      '表2  分渠道信访情况',
      '表3  反映的主要问题',
      '表4  办理情况',
      '表5  超期未办结事项',
    ])
      expect(text).toContain(caption);
    const [top] = input.figures.current.topCategories;
    expect(text).toContain(`1${top?.name}${top?.count}${formatPercent(top?.share ?? null)}`);
  });

  it('embeds the charts as PNG images', async () => {
    const { zip, xml } = await unzip(reportInput(Q2));
    expect(Object.keys(zip.files).filter((name) => /^word\/media\/.+\.png$/.test(name))).toHaveLength(2);
    expect(xml.match(/<w:drawing>/g)).toHaveLength(2);
    expect(xml).toContain('<wp:inline');
  });

  it('without charts there are no images', async () => {
    const { zip, xml } = await unzip(reportInput(Q2, { charts: {} }));
    expect(Object.keys(zip.files).some((name) => name.startsWith('word/media/'))).toBe(false);
    expect(xml).not.toContain('<w:drawing>');
  });

  it('describes typical cases by category and unit, with no name, ID number or phone anywhere in document.xml', async () => {
    const input = reportInput(Q2, {
      measures: '请联系张科长，电话13912345678，身份证号410602199001011234。',
    });
    expect(input.paragraphs.problems.join('')).toContain('典型事例');
    const { xml, text } = await unzip(input);
    expect(text).toMatch(/1\.工资福利方面（综采一队）。张某来访反映，单位拖欠工资三个月/u);
    expect(text).not.toMatch(/本人/u);
    for (const secret of [...PLANTED.names, ...PLANTED.idNumbers, ...PLANTED.phones, '13912345678'])
      expect(xml).not.toContain(secret);
    expect(xml).not.toMatch(/\d{17}[\dXx]/);
    expect(xml).not.toMatch(/(?<!\d)1[3-9]\d{9}(?!\d)/);
  });

  it('an edited paragraph is printed as edited', async () => {
    const input = reportInput(Q2);
    const { text } = await unzip({
      ...input,
      paragraphs: { ...input.paragraphs, features: ['本季度信访形势总体平稳（经支部核实）。'] },
    });
    expect(text).toContain('二、主要特点本季度信访形势总体平稳（经支部核实）。三、');
  });

  it('prints the 文号 above the title when the office numbers reports, and none otherwise', async () => {
    expect(
      (await unzip(reportInput(Q2, { docNo: '信研〔2026〕3号' }))).text.startsWith(
        '信研〔2026〕3号某煤业集团有限公司信访办公室2026年第二季度',
      ),
    ).toBe(true);
    expect((await unzip(reportInput(Q2))).text).not.toContain('〔');
  });
});

describe('the year-end variant (年度报告) from the same builder', () => {
  it('gives annual totals against the previous year and a four-quarter trend table', async () => {
    const input = reportInput({ kind: 'year', year: 2026 });
    const { current, lastYear, quarters } = input.figures;
    expect(quarters.map((q) => q.quarter)).toEqual([1, 2, 3, 4]);
    const { xml, text } = await unzip(input);
    expect(text.startsWith('某煤业集团有限公司信访办公室2026年度信访工作研判分析报告')).toBe(true);
    expect(text).toContain(
      `2026年共接处访${current.batches}批次${current.persons}人次，与2025年${lastYear.batches}批次${lastYear.persons}人次相比`,
    );
    expect(text).not.toContain('环比');
    expect(text).toContain('表2  分季度信访情况');
    const q2 = quarters[1]?.stats;
    expect(text).toContain(`第二季度${q2?.batches}${q2?.persons}${q2?.pieces}`);
    expect(text).toContain(`全年${current.batches}${current.persons}${current.pieces}`);
    expect(text).toContain(`第二季度${q2?.batches}批次${q2?.persons}人次`);
    expect(xml.match(/<w:tbl>/g)?.length).toBeGreaterThanOrEqual(4);
  });
});
