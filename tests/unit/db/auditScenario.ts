import { applyCaseAction } from '../../../renderer/src/db/cases';
import { correctPetition, correctionStart, linkPetitions, voidPetition } from '../../../renderer/src/db/corrections';
import type { DeskDatabase } from '../../../renderer/src/db/database';
import { issueDocument, reissueDocument } from '../../../renderer/src/db/documents';
import { revealPetitioner, setPetitionConfidential } from '../../../renderer/src/db/identity';
import { linkReception, registerPetition } from '../../../renderer/src/db/petitions';
import { issueReport } from '../../../renderer/src/db/reports';
import { saveSettings } from '../../../renderer/src/db/settings';
import { saveUnit } from '../../../renderer/src/db/units';
import { createUser, updateUser } from '../../../renderer/src/db/users';
import { createWorkCalendar } from '../../../renderer/src/domain/workCalendar';
import { NOW, visit } from '../domain/fixtures';
import { onStaff } from './helpers';

const at = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);
const build = async (docNo: string | null) => new TextEncoder().encode(docNo ?? '无文号');

/**
 * A desk that did a bit of everything a clerk and an administrator do, so its timeline and 审计日志 hold events of
 * every kind: registration, repeat visit, 受理, 交办, notes, letters issued and reissued, a correction, 保密, a link,
 * a 作废, a unit, settings, an account, a report. Returns the petitions' ids.
 */
export async function busyDesk(db: DeskDatabase): Promise<{ petitionId: string; otherId: string }> {
  const calendar = createWorkCalendar();
  const petition = await registerPetition(
    db,
    visit({ attachments: [{ name: '举报材料.pdf', mimeType: 'application/pdf', size: 3, data: new Blob(['pdf']) }] }),
    NOW,
  );
  const other = await registerPetition(db, visit({ summary: '反映二号矿井澡堂热水供应不足。' }), at(1));
  await linkReception(db, petition.id, visit({ summary: '再次来访。' }), at(2));
  await applyCaseAction(db, petition.id, 'accept', { acceptedAt: '2026-05-25' }, { now: at(3), calendar });
  const accepted = await issueDocument(db, {
    petitionId: petition.id,
    kind: 'acceptanceNotice',
    year: 2026,
    prefix: '曹矿信受',
    build,
    fileName: '受理告知书.docx',
    now: at(4),
  });
  await reissueDocument(db, { documentId: accepted.id, build, now: at(5) });
  await onStaff(db, '李矿长', '周科长');
  await applyCaseAction(
    db,
    petition.id,
    'assign',
    {
      unitId: 'unit-1-1-1',
      unitName: '综采一队',
      leader: '李矿长',
      handler: '周科长',
      dueDate: '2026-06-10',
      instruction: '请核实后答复。',
    },
    { now: at(6), calendar },
  );
  await applyCaseAction(db, petition.id, 'addNote', { note: '已电话联系信访人。' }, { now: at(7), calendar });
  await revealPetitioner(db, petition.id, petition.petitionerIds[0] as string, at(8));
  const input = await correctionStart(db, other.id);
  await correctPetition(db, other.id, { ...input, summary: '反映二号矿井澡堂热水供应时间太短。' }, '摘要记错', at(9));
  await linkPetitions(db, petition.id, other.regNo, at(10));
  await setPetitionConfidential(db, other.id, true, at(11));
  await setPetitionConfidential(db, other.id, false, at(12));
  await voidPetition(db, other.id, '重复登记', at(13));
  await saveUnit(db, { id: 'unit-new', parentId: null, name: '三号矿井', partyBranch: '三矿党支部', order: 99 });
  await saveSettings(db, {
    orgName: '曹家滩煤业信访办',
    docNoPrefixes: { acceptanceNotice: '曹信受' },
    dueSoonDays: 5,
  });
  await saveSettings(db, {
    holidayArrangements: { 2027: { holidays: ['2027-01-01'], makeUpWorkdays: [] } },
    deadlineOverrides: { handling: { length: 50, unit: 'calendarDays' } },
    organisation: {
      name: '某煤业集团有限公司一号矿井',
      routes: [{ unit: '一号矿井', reviewBody: '集团公司', recheckBody: '省煤炭工业局' }],
    },
  });
  const clerk = await createUser(
    db,
    { username: 'zhaob', displayName: '赵斌', password: 'banli2026', role: 'handler', confidentialAccess: false },
    at(14),
  );
  await updateUser(db, clerk.id, { role: 'receptionist', disabled: true }, at(15));
  await issueReport(db, {
    draft: {
      kind: 'quarter',
      periodKey: '2026-Q2',
      scopeKey: 'all',
      scopeName: '',
      edited: [],
      analysis: '工资分配问题集中。',
      measures: '加强排查化解。',
      paragraphs: { basic: ['本季度共接待来访7批次16人次。'], features: [], problems: [], handling: [] },
    },
    prefix: '信研',
    year: 2026,
    build,
    fileName: (docNo) => `报告${docNo ?? ''}.docx`,
    now: at(16),
  });
  return { petitionId: petition.id, otherId: other.id };
}
