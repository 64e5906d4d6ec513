import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DeskDatabase } from '../../../renderer/src/db/database';
import { issueDocument, listDocuments } from '../../../renderer/src/db/documents';
import { getPetitionDetail, linkReception } from '../../../renderer/src/db/petitions';
import { buildCaseFile, caseFileFromDetail } from '../../../renderer/src/documents/caseFile';
import { buildLargeCaseFile, sampleCase } from '../../../renderer/src/documents/sampleCase';
import { defaultUnits } from '../../../renderer/src/domain/defaults';
import { adminNamed, freshDb } from '../db/helpers';
import { visit } from '../domain/fixtures';
import { textOf, unpack } from './docxParts';
import { expectWellFormedList, tablesOf } from './tableChecks';
import { SIZES } from '../../../renderer/src/documents/gbStyle';
import { FULL_CASE, ORG, storedCase } from './letters/storedCase';

let db: DeskDatabase;
beforeEach(() => {
  db = freshDb(adminNamed('王丽'));
});
afterEach(() => db.close());

async function storedCaseFileText(): Promise<{ text: string; document: string }> {
  const first = await storedCase(db, FULL_CASE.slice(0, 2));
  await linkReception(
    db,
    first.petition.id,
    visit({ channel: '来电', receivedAt: '2026-05-28T14:20' }),
    new Date(2026, 4, 28, 14, 30),
  );
  await issueDocument(db, {
    petitionId: first.petition.id,
    kind: 'acceptanceNotice',
    year: 2026,
    prefix: '曹矿信受',
    build: async () => new Uint8Array([1]),
    fileName: 'a.docx',
    now: new Date(2026, 4, 25, 11, 10),
  });
  const detail = await getPetitionDetail(db, first.petition.id);
  const documents = await listDocuments(db, first.petition.id);
  const data = caseFileFromDetail(detail!, {
    orgName: ORG,
    units: defaultUnits(),
    documents,
    printedAt: '2026-06-01T09:00',
  });
  const { document } = await unpack(buildCaseFile(data));
  return { text: textOf(document), document };
}

describe('案卷', () => {
  it('runs cover, registration, receptions, timeline and the register of letters, in that order', async () => {
    const { text } = await storedCaseFileText();
    const order = ['信访事项案卷', '一、登记信息', '二、接待记录', '三、办理记录', '四、文书目录'].map((heading) =>
      text.indexOf(heading),
    );
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('prints the cover without a page number and counts the body’s pages from 1, every time written 年月日', async () => {
    const { document, text } = await storedCaseFileText();
    const sections = [...document.matchAll(/<w:sectPr[\s\S]*?<\/w:sectPr>/g)].map((m) => m[0]);
    expect(sections).toHaveLength(2);
    // The cover's section: its first (only) page takes the empty first-page footer.
    expect(sections[0]).toContain('<w:titlePg/>');
    expect(sections[0]).toMatch(/<w:footerReference w:type="first"/);
    expect(sections[0]).not.toMatch(/<w:footerReference w:type="default"/);
    expect(sections[1]).toMatch(/<w:pgNumType w:start="1"/);
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });

  it('carries the cover facts and the registration', async () => {
    const { text } = await storedCaseFileText();
    expect(text).toContain('登记编号：2026-0001');
    expect(text).toContain('办理状态：已交办');
    expect(text).toContain('接待次数：2次');
    expect(text).toContain(ORG);
    expect(text).toContain('反映一号矿井综采一队2025年第四季度精益奖金分配不公开');
    expect(text).toContain('要求公开分配明细并补发差额。');
  });

  it('lists every reception with its time, channel and whether it was a repeat', async () => {
    const { text } = await storedCaseFileText();
    expect(text).toContain('12026年5月25日 09:30来访1张三王丽');
    expect(text).toContain('22026年5月28日 14:20来电1张三王丽重复访');
  });

  it('lists every event of the timeline with time, actor and text, the issue of a letter included', async () => {
    const { text } = await storedCaseFileText();
    expect(text).toContain('2026年5月25日 11:00王丽受理，办理期限至2026年7月24日');
    expect(text).toContain(
      '2026年5月26日 09:00王丽交办综采一队，包案领导副矿长刘海峰，承办人孙丽娟，限2026年6月20日前办结',
    );
    expect(text).toContain('2026年5月25日 11:10王丽出具受理告知书 曹矿信受〔2026〕1号');
  });

  it('lists the issued letters with kind, 文号, version, date and issuer', async () => {
    const { text } = await storedCaseFileText();
    expect(text).toContain('受理告知书曹矿信受〔2026〕1号第1版2026年5月25日王丽');
  });

  it('its lists (接待记录, 办理记录, 文书目录) repeat their heading row, keep rows whole and fit 序号, 人数, dates and 文号', async () => {
    const { document } = await storedCaseFileText();
    // The registration's three parts (facts, 信访人, matter), then the lists.
    const lists = tablesOf(document).slice(3);
    expect(lists).toHaveLength(3);
    const [receptions, events, documents] = lists;
    expectWellFormedList(receptions ?? '', SIZES.xiaosi, [0, 1, 2, 3]);
    expectWellFormedList(events ?? '', SIZES.xiaosi, [0]);
    // 文书, 文号, 版本 and 出具日期 stay on one line (Writer broke 「第1/版」 and 「2026年5月25/日」).
    expectWellFormedList(documents ?? '', SIZES.xiaosi, [0, 1, 2, 3]);
  });

  it('masks ID numbers and phones: the 案卷 is not signed by the petitioner', async () => {
    const { text } = await storedCaseFileText();
    expect(text).not.toContain('140102197805203317');
    expect(text).not.toContain('13800001111');
    expect(text).toContain('1401**********3317');
    expect(text).toContain('138****1111');
  });

  it('builds the long case the bench times, with every event in it', async () => {
    const detail = sampleCase({ notes: 30, calls: 5 });
    expect(detail.events).toHaveLength(1 + 7 + 30);
    const { document } = await unpack(
      buildCaseFile(
        caseFileFromDetail(detail, {
          orgName: ORG,
          units: defaultUnits(),
          documents: [],
          printedAt: '2026-09-11T09:00',
        }),
      ),
    );
    expect(textOf(document)).toContain('第30次核对');
    expect((await buildLargeCaseFile({ notes: 30, calls: 5 })).byteLength).toBeGreaterThan(10_000);
  });
});
