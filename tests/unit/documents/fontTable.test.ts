import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { FONT_FALLBACKS, toBytes } from '../../../renderer/src/documents/gbStyle';
import { buildAssignmentSheet } from '../../../renderer/src/documents/letters/assignmentSheet';
import * as example from '../../../renderer/src/documents/letters/examples';
import { buildHandlingOpinion } from '../../../renderer/src/documents/letters/handlingOpinion';
import { buildReport } from '../../../renderer/src/documents/report/buildReport';
import { buildLargeCaseFile } from '../../../renderer/src/documents/sampleCase';
import { reportInput } from './report/reportData';

async function parts(bytes: Uint8Array) {
  const zip = await JSZip.loadAsync(bytes);
  const read = async (name: string) => (await zip.file(name)?.async('string')) ?? '';
  return {
    fontTable: await read('word/fontTable.xml'),
    used: `${await read('word/document.xml')}${await read('word/styles.xml')}${await read('word/footer1.xml')}`,
  };
}

/** Every face a run or style names (w:rFonts ascii / hAnsi / eastAsia / cs). */
function facesUsed(xml: string): Set<string> {
  const rFonts = [...xml.matchAll(/<w:rFonts [^>]*\/>/g)].map((m) => m[0]).join('');
  return new Set([...rFonts.matchAll(/w:(?:ascii|hAnsi|eastAsia|cs)="([^"]+)"/g)].map((m) => m[1] ?? ''));
}

const DOCUMENTS = {
  report: () => toBytes(buildReport(reportInput({ kind: 'quarter', year: 2026, quarter: 2 }))),
  交办单: () => toBytes(buildAssignmentSheet(example.assignment())),
  处理意见书: () => toBytes(buildHandlingOpinion(example.handlingOpinion())),
  案卷: () => buildLargeCaseFile({ notes: 2, calls: 1 }),
};

describe('the font table (word/fontTable.xml) names every face with its fallback', () => {
  it.each(Object.keys(DOCUMENTS) as (keyof typeof DOCUMENTS)[])('%s: every face used is declared', async (name) => {
    const { fontTable, used } = await parts(await DOCUMENTS[name]());
    const faces = facesUsed(used);
    expect(faces.size).toBeGreaterThan(2);
    for (const face of faces) expect(fontTable, face).toContain(`<w:font w:name="${face}">`);
  });

  it('each Chinese face carries its Windows fallback as altName, the GB2312 charset and a panose', async () => {
    const { fontTable } = await parts(await DOCUMENTS.report());
    for (const [face, fallback] of [
      ['仿宋_GB2312', '仿宋'],
      ['楷体_GB2312', '楷体'],
      ['方正小标宋简体', '宋体'],
      ['黑体', 'SimHei'],
      ['宋体', 'SimSun'],
    ] as const) {
      const entry = new RegExp(`<w:font w:name="${face}">(.*?)</w:font>`, 's').exec(fontTable)?.[1] ?? '';
      expect(entry, face).toContain(`<w:altName w:val="${fallback}"/>`);
      expect(entry, face).toContain('<w:charset w:val="86"/>');
      expect(entry, face).toMatch(/<w:panose1 w:val="[0-9A-F]{20}"\/>/);
    }
    expect(Object.keys(FONT_FALLBACKS)).toContain('Times New Roman');
  });
});
