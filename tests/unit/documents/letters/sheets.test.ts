import { describe, expect, it } from 'vitest';
import { TEXT_WIDTH } from '../../../../renderer/src/documents/gbStyle';
import { buildAssignmentSheet } from '../../../../renderer/src/documents/letters/assignmentSheet';
import * as example from '../../../../renderer/src/documents/letters/examples';
import { buildSupervisionSheet } from '../../../../renderer/src/documents/letters/supervisionSheet';
import { textOf, unpack } from '../docxParts';
import { paragraphTexts } from './letterXml';

/** The sheet's table as label → value, reading each row's cells left to right in pairs. */
async function sheetFields(doc: Parameters<typeof unpack>[0]): Promise<Record<string, string>> {
  const { document } = await unpack(doc);
  const table = /<w:tbl>.*<\/w:tbl>/.exec(document)?.[0] ?? '';
  const fields: Record<string, string> = {};
  for (const [row] of table.matchAll(/<w:tr>.*?<\/w:tr>|<w:tr [^>]*>.*?<\/w:tr>/g)) {
    const cells = [...row.matchAll(/<w:tc>.*?<\/w:tc>/g)].map(([cell]) => textOf(cell));
    for (let i = 0; i + 1 < cells.length; i += 2) fields[cells[i] ?? ''] = cells[i + 1] ?? '';
  }
  return fields;
}

const open = { confidential: false, addresseeIsAccused: false };

describe('交办单', () => {
  it('carries number, source, petitioner, summary, demands, unit, 包案领导, handler, due date, instruction and feedback', async () => {
    const fields = await sheetFields(buildAssignmentSheet(example.assignment(open)));
    expect(fields).toMatchObject({
      登记编号: '2026-0142',
      信访来源: '来信',
      信访人: '赵振华',
      收到日期: '2026年5月20日',
      联系电话: '18935217730',
      住址: '矿区新胜街道幸福小区4号楼6单元102室',
      承办单位: '综采一队',
      包案领导: '副矿长刘海峰',
      承办人: '孙丽娟',
      办理期限: '2026年6月25日',
      领导批示: '请刘海峰同志牵头核查，注意为反映人保密。',
      反馈要求:
        '请于2026年6月25日前将办理情况和答复意见书面报送一号矿井信访办公室；不能按期办结的，应在期满前说明理由、报批延期。',
    });
    expect(fields['反映问题摘要']).toContain('优亲厚友');
    expect(fields['信访诉求']).toContain('核查奖金分配');
  });

  it('is addressed to the handling unit and leads in with the template text', async () => {
    const texts = paragraphTexts((await unpack(buildAssignmentSheet(example.assignment()))).document);
    expect(texts.slice(2, 4)).toEqual([
      '综采一队：',
      '现将下列信访事项交你单位办理，请副矿长刘海峰同志牵头，依规依法调查处理，于2026年6月25日前办结。',
    ]);
  });

  it('sets its table in 小四 across the full text width', async () => {
    const { document } = await unpack(buildAssignmentSheet(example.assignment()));
    const table = /<w:tbl>.*<\/w:tbl>/.exec(document)?.[0] ?? '';
    expect(table).toContain(`<w:tblW w:type="dxa" w:w="${TEXT_WIDTH}"/>`);
    expect(table).toContain('<w:sz w:val="24"/>');
    expect(table).not.toContain('<w:sz w:val="32"/>');
  });

  it('leaves a taller 领导批示 row to write in when there is no instruction yet', async () => {
    const rowHeight = async (instruction: string) => {
      const { document } = await unpack(buildAssignmentSheet(example.assignment({ instruction })));
      const row = [...document.matchAll(/<w:tr>.*?<\/w:tr>|<w:tr [^>]*>.*?<\/w:tr>/g)]
        .map(([r]) => r)
        .find((r) => textOf(r).startsWith('领导批示'));
      return Number(/<w:trHeight w:val="(\d+)"/.exec(row ?? '')?.[1]);
    };
    expect(await rowHeight('')).toBeGreaterThan(await rowHeight('同意。'));
  });
});

describe('督办单', () => {
  it('records the method, date and content of the 督办 and when feedback is due', async () => {
    const fields = await sheetFields(buildSupervisionSheet(example.supervision(open)));
    expect(fields).toMatchObject({
      交办文号: '曹矿信交〔2026〕5号',
      督办方式: '文书',
      督办日期: '2026年6月15日',
      反馈期限: '2026年6月20日',
      办理期限: '2026年6月25日',
      督办内容: '办理期限将至，请加快核查进度；赵振华多次来电（18935217730）询问进展。',
    });
    expect(fields['反馈要求']).toBe(
      '请于2026年6月20日前将办理进展和督办要求落实情况书面报送一号矿井信访办公室；逾期未办结的，应当说明原因和下步措施。',
    );
  });

  it('shows a dash when the case went out without a 交办单', async () => {
    expect((await sheetFields(buildSupervisionSheet(example.supervision({ assignmentDocNo: '' }))))['交办文号']).toBe(
      '—',
    );
  });
});
