import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getAttachment } from '../../../renderer/src/db/attachments';
import { listCategories } from '../../../renderer/src/db/categories';
import type { DeskDatabase } from '../../../renderer/src/db/database';
import { issueDocument, listDocuments, reissueDocument, WITHHELD_BYTES } from '../../../renderer/src/db/documents';
import { loadPetitionContacts, setPetitionConfidential, withFullIdentity } from '../../../renderer/src/db/identity';
import { findRepeatCandidates } from '../../../renderer/src/db/petitioners';
import {
  getPetitionDetail,
  loadLedgerRows,
  loadLedgerRowsByIds,
  registerPetition,
} from '../../../renderer/src/db/petitions';
import { AccessDeniedError, setActor } from '../../../renderer/src/db/session';
import { listUnits } from '../../../renderer/src/db/units';
import { buildCaseFile, caseFileFromDetail } from '../../../renderer/src/documents/caseFile';
import { buildLedgerWorkbook } from '../../../renderer/src/documents/excel/ledgerWorkbook';
import { workbookBytes } from '../../../renderer/src/documents/excel/sheet';
import { letterDataFor } from '../../../renderer/src/documents/letters/fromCase';
import { CONFIDENTIAL_PLACEHOLDER } from '../../../renderer/src/domain/access/confidential';
import { caseEnvironment } from '../../../renderer/src/domain/caseEnvironment';
import { DEFAULT_SETTINGS, defaultUnits } from '../../../renderer/src/domain/defaults';
import { DEFAULT_LEDGER_SORT, queryLedger, type LedgerRow } from '../../../renderer/src/domain/ledgerQuery';
import type { Petition } from '../../../renderer/src/domain/types';
import { createWorkCalendar } from '../../../renderer/src/domain/workCalendar';
import { applyCaseAction } from '../../../renderer/src/db/cases';
import { NOW, person, visit } from '../domain/fixtures';
import { textOf, unpack } from '../documents/docxParts';
import { allXml, readBack, records, sheet } from '../documents/excel/xlsxParts';
import { actorAs, freshDb, TEST_ADMIN } from './helpers';

/** The complainant: every string that identifies her, also quoted in the free text. */
const LI = { name: '李秀兰', idNumber: '11010519491231002X', phone: '13912345678', address: '选煤厂家属院3号楼' };
/** A minute after registration: the timeline is ordered by time. */
const LATER = new Date(NOW.getTime() + 60_000);
/** 办理人 without the grant, and with it. */
const HANDLER = actorAs('handler', '赵办理');
const GRANTED_HANDLER = actorAs('handler', '钱办理', true);

let db: DeskDatabase;
let complaint: Petition;
let marked: Petition;
let open: Petition;
beforeEach(async () => {
  db = freshDb();
  complaint = await registerPetition(
    db,
    visit({
      nature: '检举控告',
      petitioners: [person({ ...LI, gender: '女', unitId: 'unit-1-2' })],
      summary: `${LI.name}检举班组长虚报工时，电话${LI.phone}。`,
      demands: `核查后请回复${LI.name}本人。`,
      attachments: [{ name: `${LI.name}的检举信.pdf`, mimeType: 'application/pdf', size: 3, data: new Blob(['pdf']) }],
    }),
    NOW,
  );
  marked = await registerPetition(
    db,
    visit({ petitioners: [person({ name: '周建军', idNumber: '', phone: '13700002222' })], confidential: true }),
    NOW,
  );
  open = await registerPetition(db, visit(), NOW);
});
afterEach(() => db.close());

const rowOf = (rows: readonly LedgerRow[], petition: Petition) => rows.find((r) => r.id === petition.id);
const search = (rows: readonly LedgerRow[], text: string) =>
  queryLedger(rows, { sort: DEFAULT_LEDGER_SORT, page: 1, pageSize: 50, text }).rows.map((r) => r.regNo);

describe('registration stores 保密', () => {
  it('a 检举控告 always, another matter when checked, the rest not', () => {
    expect([complaint.confidential, marked.confidential, open.confidential]).toEqual([true, true, false]);
  });
});

describe('ledger rows, redacted at load for a 办理人 without the grant', () => {
  it.each([
    ['the persisted index (loadLedgerRows)', () => loadLedgerRows(db)],
    [
      'fresh rows after a change (loadLedgerRowsByIds)',
      () => loadLedgerRowsByIds(db, [complaint.id, marked.id, open.id]),
    ],
  ])(
    '%s: （保密） for the names, a scrubbed summary, and no search by name, pinyin, phone or ID number',
    async (_how, load) => {
      setActor(db, HANDLER);
      const rows = await load();
      expect(rowOf(rows, complaint)).toMatchObject({ confidential: true, petitionerNames: [CONFIDENTIAL_PLACEHOLDER] });
      expect(rowOf(rows, complaint)?.summary).toBe(
        `${CONFIDENTIAL_PLACEHOLDER}检举班组长虚报工时，电话${CONFIDENTIAL_PLACEHOLDER}。`,
      );
      expect(rowOf(rows, marked)?.petitionerNames).toEqual([CONFIDENTIAL_PLACEHOLDER]);
      expect(rowOf(rows, open)?.petitionerNames).toEqual(['张三']);
      expect(JSON.stringify(rows)).not.toMatch(/李秀兰|13912345678|周建军|13700002222|lixiulan/);
      for (const term of [LI.name, 'lixiulan', 'lxl', LI.phone, LI.idNumber, '周建军', '13700002222'])
        expect(search(rows, term), term).toEqual([]);
      expect(search(rows, '虚报工时')).toEqual([complaint.regNo]);
      expect(search(rows, complaint.regNo)).toEqual([complaint.regNo]);
    },
  );

  it('shows and finds the names for a 办理人 granted confidential identities', async () => {
    setActor(db, GRANTED_HANDLER);
    const rows = await loadLedgerRows(db);
    expect(rowOf(rows, complaint)?.petitionerNames).toEqual([LI.name]);
    expect(search(rows, 'lixiulan')).toEqual([complaint.regNo]);
    expect(search(rows, '13700002222')).toEqual([marked.regNo]);
  });
});

describe('the case page (getPetitionDetail)', () => {
  it('hides every identifying field and scrubs the case’s texts for a 办理人 without the grant', async () => {
    await applyCaseAction(
      db,
      complaint.id,
      'addNote',
      { note: `已电话联系${LI.name}（${LI.phone}）` },
      { now: LATER, calendar: createWorkCalendar() },
    );
    setActor(db, HANDLER);
    const detail = await getPetitionDetail(db, complaint.id);
    expect(detail?.identityHidden).toBe(true);
    expect(detail?.petitioners).toEqual([
      expect.objectContaining({
        name: CONFIDENTIAL_PLACEHOLDER,
        idNumber: CONFIDENTIAL_PLACEHOLDER,
        phone: CONFIDENTIAL_PLACEHOLDER,
        address: CONFIDENTIAL_PLACEHOLDER,
        gender: null,
        unitId: null,
      }),
    ]);
    // No id that would link the person to their other petitions.
    expect(detail?.petitioners[0]?.id).not.toBe(complaint.petitionerIds[0]);
    expect(detail?.petition.petitionerIds).toEqual([detail?.petitioners[0]?.id]);
    expect(JSON.stringify(detail)).not.toMatch(/李秀兰|13912345678|11010519491231002X|选煤厂家属院|lixiulan/);
    expect(detail?.events.at(-1)?.text).toContain(`已电话联系${CONFIDENTIAL_PLACEHOLDER}`);
  });

  it('shows the person, masked, to a 办理人 with the grant', async () => {
    setActor(db, GRANTED_HANDLER);
    const detail = await getPetitionDetail(db, complaint.id);
    expect(detail?.identityHidden).toBe(false);
    expect(detail?.petitioners[0]).toMatchObject({
      name: LI.name,
      idNumber: '1101**********002X',
      phone: '139****5678',
      address: LI.address,
    });
  });
});

describe('repeat-visit candidates at registration', () => {
  it('withhold a confidential matter from a 接待员 without the grant (confidentialPersons.test.ts), and list it with the name for one with it', async () => {
    setActor(db, actorAs('receptionist'));
    expect(
      (await findRepeatCandidates(db, [{ name: LI.name, idNumber: LI.idNumber, phone: LI.phone }])).candidates,
    ).toEqual([]);
    setActor(db, actorAs('receptionist', '孙接待', true));
    expect(
      (await findRepeatCandidates(db, [{ name: LI.name, idNumber: LI.idNumber, phone: LI.phone }])).candidates[0]
        ?.petitionerName,
    ).toBe(LI.name);
  });
});

describe('the Excel ledger export', () => {
  it('carries （保密） and no identity of a confidential petition for a 办理人 without the grant, even with personal information', async () => {
    setActor(db, HANDLER);
    const rows = await loadLedgerRows(db);
    const contacts = await loadPetitionContacts(
      db,
      rows.map((r) => r.id),
    );
    expect(contacts.get(complaint.id)).toEqual([
      { name: CONFIDENTIAL_PLACEHOLDER, idNumber: CONFIDENTIAL_PLACEHOLDER, phone: CONFIDENTIAL_PLACEHOLDER },
    ]);
    expect(contacts.get(open.id)).toEqual([{ name: '张三', idNumber: '140102197805203317', phone: '13800001111' }]);
    const reference = { categories: await listCategories(db), units: await listUnits(db) };
    const bytes = await workbookBytes(
      await buildLedgerWorkbook(rows, reference, { includePersonalInfo: true, contacts }),
    );
    expect(await allXml(bytes)).not.toMatch(/李秀兰|13912345678|11010519491231002X|周建军|13700002222/);
  });

  it('hides a matter marked 保密 in a circulation export even for an account with the grant', async () => {
    setActor(db, GRANTED_HANDLER);
    const rows = await loadLedgerRows(db);
    const reference = { categories: await listCategories(db), units: await listUnits(db) };
    const ws = sheet(await readBack(await workbookBytes(await buildLedgerWorkbook(rows, reference))), '信访台账');
    const byRegNo = new Map(records(ws).map((r) => [r['登记编号'], r]));
    expect(byRegNo.get(marked.regNo)?.['信访人']).toBe(CONFIDENTIAL_PLACEHOLDER);
    expect(byRegNo.get(complaint.regNo)?.['信访人']).toBe(CONFIDENTIAL_PLACEHOLDER);
    expect(byRegNo.get(open.regNo)?.['信访人']).toBe('张三');
  });
});

describe('letters and the case file built for an account without the grant', () => {
  const context = {
    env: caseEnvironment(DEFAULT_SETTINGS),
    orgName: '信访办',
    issueDate: '2026-05-26',
    units: defaultUnits(),
    documents: [],
  };

  // A 检举控告 goes to 纪检监察 rather than being accepted here: the letters are those of a matter marked 保密.
  it('address a letter to （保密） and print no identity in the 案卷', async () => {
    await db.petitioners.update(marked.petitionerIds[0] ?? '', { idNumber: '140102197805203317' });
    await applyCaseAction(db, marked.id, 'accept', {}, { now: LATER, calendar: createWorkCalendar() });
    setActor(db, HANDLER);
    const detail = await withFullIdentity(db, (await getPetitionDetail(db, marked.id))!, NOW, '出具受理告知书');
    const letter = letterDataFor('acceptanceNotice', detail, context, {}, '信受〔2026〕1号');
    expect(letter.petitioners.names).toEqual([CONFIDENTIAL_PLACEHOLDER]);
    const caseFile = caseFileFromDetail(detail, {
      orgName: '信访办',
      units: defaultUnits(),
      documents: [],
      printedAt: '2026-05-26T09:00',
    });
    const { document } = await unpack(buildCaseFile(caseFile));
    expect(textOf(document)).not.toMatch(/周建军|13700002222|137\*|1401|\*\*\*\*/);
    // 姓名, 身份证号, 联系电话 and 住址 of the 登记表's rows, and the cover.
    expect(textOf(document).split(CONFIDENTIAL_PLACEHOLDER).length - 1).toBeGreaterThanOrEqual(5);
  });

  it('name the petitioner for an account with the grant', async () => {
    await applyCaseAction(db, marked.id, 'accept', {}, { now: LATER, calendar: createWorkCalendar() });
    setActor(db, GRANTED_HANDLER);
    const detail = (await getPetitionDetail(db, marked.id))!;
    expect(letterDataFor('acceptanceNotice', detail, context, {}, '信受〔2026〕1号').petitioners.names).toEqual([
      '周建军',
    ]);
  });
});

describe('the material of a confidential matter', () => {
  it('refuses its attachments and withholds its issued letters without the grant', async () => {
    const doc = await issueDocument(db, {
      petitionId: complaint.id,
      kind: 'registrationForm',
      year: 2026,
      prefix: '',
      build: async () => new TextEncoder().encode(LI.name),
      fileName: '登记表.docx',
      now: NOW,
    });
    const attachmentId = (await getPetitionDetail(db, complaint.id))?.attachments[0]?.id ?? '';
    setActor(db, HANDLER);
    await expect(getAttachment(db, attachmentId)).rejects.toThrow(
      new AccessDeniedError('records.view', `信访事项 ${complaint.regNo} 已保密，其附件仅限有权限的账号查看`),
    );
    expect((await getPetitionDetail(db, complaint.id))?.attachments[0]?.name).toBe(
      `${CONFIDENTIAL_PLACEHOLDER}的检举信.pdf`,
    );
    const [listed] = await listDocuments(db, complaint.id);
    expect(listed).toMatchObject({ id: doc.id, docNo: null, bytes: WITHHELD_BYTES });
    setActor(db, GRANTED_HANDLER);
    expect(await (await getAttachment(db, attachmentId))?.data.text()).toBe('pdf');
    expect(new TextDecoder().decode((await listDocuments(db, complaint.id))[0]?.bytes as Uint8Array)).toBe(LI.name);
  });
});

describe('letters of a confidential matter', () => {
  it('are issued only by an account with the grant: without it the letter would be addressed to （保密）, and no 文号 is used', async () => {
    const letter = {
      petitionId: marked.id,
      kind: 'acceptanceNotice' as const,
      year: 2026,
      prefix: '信受',
      build: async () => new Uint8Array([1]),
      fileName: '受理告知书.docx',
      now: NOW,
    };
    setActor(db, HANDLER);
    await expect(issueDocument(db, letter)).rejects.toThrow(
      new AccessDeniedError(
        'identity.unmask',
        `信访事项 ${marked.regNo} 已保密，其文书载有信访人身份，须由有保密授权的账号出具`,
      ),
    );
    expect(await db.documents.count()).toBe(0);
    expect(await db.settings.get('docNo:acceptanceNotice:2026')).toBeUndefined();

    setActor(db, GRANTED_HANDLER);
    const issued = await issueDocument(db, letter);
    expect(issued.docNo).toBe('信受〔2026〕1号');
    setActor(db, HANDLER);
    await expect(
      reissueDocument(db, { documentId: issued.id, build: async () => new Uint8Array([2]), now: NOW }),
    ).rejects.toThrow(AccessDeniedError);
  });
});

describe('保密 on the case page (setPetitionConfidential)', () => {
  it('marks a matter, which redacts its ledger row and records who did it on the timeline', async () => {
    setActor(db, HANDLER);
    await setPetitionConfidential(db, open.id, true, LATER);
    expect(rowOf(await loadLedgerRowsByIds(db, [open.id]), open)?.petitionerNames).toEqual([CONFIDENTIAL_PLACEHOLDER]);
    expect(rowOf(await loadLedgerRows(db), open)?.petitionerNames).toEqual([CONFIDENTIAL_PLACEHOLDER]);
    const detail = await getPetitionDetail(db, open.id);
    expect(detail?.events.at(-1)).toMatchObject({
      type: 'confidential',
      actor: HANDLER.displayName,
      data: { confidential: true },
    });
  });

  it('lets only an account with the grant lift the mark, and never from a 检举控告', async () => {
    setActor(db, HANDLER);
    await expect(setPetitionConfidential(db, marked.id, false, NOW)).rejects.toThrow(
      '当前账号无权查看保密信访人身份，不能取消保密',
    );
    setActor(db, TEST_ADMIN);
    await expect(setPetitionConfidential(db, complaint.id, false, NOW)).rejects.toThrow(
      '检举控告类信访事项一律保密，不能取消',
    );
    await setPetitionConfidential(db, marked.id, false, NOW);
    setActor(db, HANDLER);
    expect(rowOf(await loadLedgerRows(db), marked)?.petitionerNames).toEqual(['周建军']);
  });
});
