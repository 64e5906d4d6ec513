import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listAudit, loadAuditRecords } from '../../../renderer/src/db/audit/listAudit';
import { verifyAuditChain } from '../../../renderer/src/db/audit/verify';
import { applyCaseAction } from '../../../renderer/src/db/cases';
import type { DeskDatabase } from '../../../renderer/src/db/database';
import { revealPetitioner } from '../../../renderer/src/db/identity';
import { linkReception, registerPetition } from '../../../renderer/src/db/petitions';
import { setActor } from '../../../renderer/src/db/session';
import { buildAuditWorkbook } from '../../../renderer/src/documents/excel/auditWorkbook';
import { workbookBytes } from '../../../renderer/src/documents/excel/sheet';
import type { AuditRecord } from '../../../renderer/src/domain/audit/record';
import type { Petition } from '../../../renderer/src/domain/types';
import { createWorkCalendar } from '../../../renderer/src/domain/workCalendar';
import { NOW, visit } from '../domain/fixtures';
import { actorAs, freshDb } from './helpers';
import { complaintByLi, LI } from './whistleblower';

/**
 * Finding 5 of issue 11: the 审计员 read a whistleblower's identity in the trail (reception notes, attachment names,
 * change details) and listAudit returned full ID numbers and phones, masked only in the view.
 */
/** Any trace of her: name, address, the attachment's name, her ID number or phone in any spelling. */
const LEAK = /李\s*秀\s*兰|选煤厂家属院|检举信\.pdf|19491231|139[\s-]*1234[\s-]*0000|1234[\s-]*0000/u;
/** The ordinary petitioner of fixtures.person(): his numbers in full. */
const ZHANG = { idNumber: '140102197805203317', phone: '13800001111' };
const LATER = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);

let db: DeskDatabase;
let complaint: Petition;
let ordinary: Petition;
beforeEach(async () => {
  db = freshDb();
  complaint = await registerPetition(
    db,
    complaintByLi({
      summary: `${LI.name}检举班组长虚报工时，电话139-1234-0000。`,
      demands: `核查后请回复${LI.name}本人。`,
      attachments: [{ name: `${LI.name}的检举信.pdf`, mimeType: 'application/pdf', size: 3, data: new Blob(['pdf']) }],
    }),
    NOW,
  );
  const calendar = createWorkCalendar();
  await applyCaseAction(
    db,
    complaint.id,
    'addNote',
    { note: `已电话联系${LI.name}（${LI.phone}）` },
    { now: LATER(1), calendar },
  );
  await linkReception(db, complaint.id, complaintByLi({ summary: `${LI.name}再次来访，住${LI.address}` }), LATER(2));
  await revealPetitioner(db, complaint.id, complaint.petitionerIds[0] as string, LATER(3));
  ordinary = await registerPetition(db, visit({ summary: `张三反映奖金分配不公，电话${ZHANG.phone}。` }), LATER(4));
});
afterEach(() => db.close());

const AUDITOR = actorAs('auditor', '审计员甲');

async function exportedText(records: AuditRecord[]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await workbookBytes(buildAuditWorkbook(records, '全部记录', new Map()))).buffer);
  const cells: string[] = [];
  workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.value)))));
  return cells.join('\n');
}

describe('the 审计员 reads who did what, when and to which record, never whose matter it was', () => {
  it.each([
    ['without', false],
    ['even with', true],
  ])(
    '%s the 保密 grant: a confidential matter’s names, addresses, notes, summaries and attachment names read （保密）',
    async (_, granted) => {
      setActor(db, actorAs('auditor', '审计员甲', granted));
      const records = await loadAuditRecords(db, {});
      const page = await listAudit(db, {}, { offset: 0, limit: 100 });
      for (const text of [JSON.stringify(records), JSON.stringify(page.records), await exportedText(records)]) {
        expect(text).not.toMatch(LEAK);
        expect(text).toContain('（保密）');
        // Which matter, by its number.
        expect(text).toContain(complaint.regNo);
      }
    },
  );

  it('names every record of the confidential matter by kind and number: the attachment, the note, the reception', async () => {
    setActor(db, AUDITOR);
    const records = await loadAuditRecords(db, {});
    const summaries = records.map((r) => r.summary);
    expect(summaries).toContain(`新增 附件 （保密）（信访事项 ${complaint.regNo}）`);
    // Registered, the note, the second visit: the timeline's events say of which matter, not what was written.
    const events = summaries.filter((s) => s.startsWith('新增 办理记录') && s.includes(complaint.regNo));
    expect(events).toEqual(Array(3).fill(`新增 办理记录 （保密）（信访事项 ${complaint.regNo}）`));
    expect(summaries).toContain(`新增 信访事项 ${complaint.regNo}`);
    const unmask = records.find((r) => r.action === 'unmask');
    expect(unmask).toMatchObject({
      entity: 'petitioners',
      entityId: complaint.petitionerIds[0],
      actorName: '测试管理员',
    });
  });

  it('reads an ordinary matter’s ID numbers and phones masked, in the details, the free text and the export', async () => {
    setActor(db, AUDITOR);
    const about = [ordinary.id, ...ordinary.petitionerIds];
    const records = (await loadAuditRecords(db, {})).filter((r) => about.some((id) => JSON.stringify(r).includes(id)));
    const text = [JSON.stringify(records), await exportedText(records)].join('\n');
    expect(text).not.toContain(ZHANG.idNumber);
    expect(text).not.toContain(ZHANG.phone);
    expect(text).toContain('1401**********3317');
    expect(text).toContain('138****1111');
    expect(text).toContain('电话138****1111');
  });

  it('still verifies the chain over the stored records, which keep what was written', async () => {
    setActor(db, AUDITOR);
    await loadAuditRecords(db, {});
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true });
    expect(JSON.stringify(await db.audit.toArray())).toContain(LI.phone);
  });
});
