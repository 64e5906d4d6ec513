import { describe, expect, it } from 'vitest';
import { formTable } from '../../../renderer/src/documents/formTable';
import { TEXT_WIDTH, createGbDocument } from '../../../renderer/src/documents/gbStyle';
import { unpack } from './docxParts';

async function tableXml(rows: Parameters<typeof formTable>[0]): Promise<string> {
  const { document } = await unpack(createGbDocument({ title: 't', children: [formTable(rows)] }));
  return /<w:tbl>.*<\/w:tbl>/.exec(document)?.[0] ?? '';
}

describe('form tables', () => {
  it('build the grid from every row’s column edges, and each cell spans the grid columns under it', async () => {
    const xml = await tableXml([
      {
        cells: [
          { text: '登记单位', width: 1000, label: true },
          { text: '某矿', width: TEXT_WIDTH - 1000 },
        ],
      },
      {
        cells: [
          { text: '甲', width: 1000 },
          { text: '乙', width: 2000 },
          { text: '丙', width: TEXT_WIDTH - 3000 },
        ],
      },
    ]);
    const grid = [...(/<w:tblGrid>(.*?)<\/w:tblGrid>/.exec(xml)?.[1] ?? '').matchAll(/w:w="(\d+)"/g)].map((m) =>
      Number(m[1]),
    );
    expect(grid).toEqual([1000, 2000, TEXT_WIDTH - 3000]);
    const firstRow = /<w:tr>.*?<\/w:tr>/.exec(xml)?.[0] ?? '';
    expect(firstRow).toContain('<w:gridSpan w:val="2"/>');
  });

  it('split a cell’s text into one paragraph per line', async () => {
    const xml = await tableXml([{ cells: [{ text: '反映问题\n摘要', width: TEXT_WIDTH, label: true }] }]);
    expect(xml.match(/<w:p>/g)).toHaveLength(2);
  });

  it('refuse a row that does not add up to the text width', () => {
    expect(() => formTable([{ cells: [{ text: '甲', width: 1000 }] }])).toThrow(/expected 8845/);
  });

  it('repeat the first row when no heading row is marked, and refuse a heading that may split or comes late', async () => {
    const row = (text: string) => ({ cells: [{ text, width: TEXT_WIDTH }] });
    const xml = await tableXml([row('登记编号'), row('甲'), row('乙')]);
    const flags = [...xml.matchAll(/<w:tr>.*?<\/w:tr>/gs)].map((m) => m[0].includes('<w:tblHeader/>'));
    expect(flags).toEqual([true, false, false]);
    expect(() => formTable([{ ...row('摘要'), canSplit: true }, row('甲')])).toThrow(/caption row/);
    expect(() => formTable([row('甲'), { ...row('乙'), header: true }])).toThrow(/come first/);
  });
});
