import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listAuditActors } from '../../../renderer/src/db/audit/listAudit';
import { admitAutoBackupToken } from '../../../renderer/src/db/backup/autoBackupTokens';
import { testBackupKey } from './backup/backupKey';
import { exportBackup } from '../../../renderer/src/db/backup/exportBackup';
import { getAttachment } from '../../../renderer/src/db/attachments';
import { applyCaseAction, getCaseState } from '../../../renderer/src/db/cases';
import { deleteCategory, listCategories, saveCategory } from '../../../renderer/src/db/categories';
import type { DeskDatabase } from '../../../renderer/src/db/database';
import { issueDocument, listDocuments, peekDocNo, reissueDocument } from '../../../renderer/src/db/documents';
import {
  loadPetitionContacts,
  revealPetitioner,
  revealPetitioners,
  setPetitionConfidential,
} from '../../../renderer/src/db/identity';
import { rebuildLedgerIndex } from '../../../renderer/src/db/ledgerIndex';
import { findRepeatCandidates } from '../../../renderer/src/db/petitioners';
import {
  getPetitionDetail,
  linkReception,
  loadLedgerRows,
  loadLedgerRowsByIds,
  registerPetition,
} from '../../../renderer/src/db/petitions';
import {
  getReportDraft,
  issueReport,
  listIssuedReports,
  listReportVersions,
  saveReportDraft,
  type ReportKey,
} from '../../../renderer/src/db/reports';
import { AccessDeniedError, setActor } from '../../../renderer/src/db/session';
import { loadTypicalCaseTexts } from '../../../renderer/src/db/typicalCaseTexts';
import { clearDraft, getSettings, loadDraft, saveDraft, saveSettings } from '../../../renderer/src/db/settings';
import { deleteUnit, listUnits, saveUnit } from '../../../renderer/src/db/units';
import { listUsers } from '../../../renderer/src/db/users';
import {
  addRiskUpdate,
  closeRiskMatter,
  listRiskMatters,
  recordScreening,
  registerRiskMatter,
  riskMattersOfPetition,
  riskUpdatesOf,
} from '../../../renderer/src/db/riskLedger';
import { riskMatterInput } from '../domain/risk/fixtures';
import {
  can,
  PERMISSIONS,
  ROLE_LABELS,
  ROLE_PERMISSIONS,
  ROLES,
  type Permission,
} from '../../../renderer/src/domain/access/roles';
import {
  addAftercare,
  addEmergencyStep,
  closeEmergency,
  emergenciesOfRiskMatter,
  getEmergency,
  listEmergencies,
  recordArrival,
  registerEmergency,
  saveEmergencyAnalysis,
  setAftercareDone,
} from '../../../renderer/src/db/emergencies';
import { emergencyInput } from '../domain/emergency/fixtures';
import {
  activitiesOfPetition,
  activitiesOfRiskMatter,
  addActivityProblems,
  getActivity,
  listActivities,
  recordActivity,
  setProblemOutcome,
  updateActivity,
} from '../../../renderer/src/db/outreachActivities';
import { helpsOfActivity, helpsOfPetition, listHelps, recordHelp } from '../../../renderer/src/db/outreachHelps';
import { outreachCountsForPeriods, outreachCountsForReport } from '../../../renderer/src/db/outreachReport';
import {
  changeSuggestionStatus,
  listSuggestions,
  recordSuggestion,
  revealSuggestionProposer,
  suggestionsDue,
  suggestionsOfActivity,
} from '../../../renderer/src/db/outreachSuggestions';
import { activityInput, helpInput, suggestionInput } from '../domain/outreach/fixtures';
import { createWorkCalendar } from '../../../renderer/src/domain/workCalendar';
import { NOW, visit } from '../domain/fixtures';
import { actorAs, freshDb, TEST_ADMIN, TEST_BRANCH } from './helpers';

/** What each call needs on file: one registered petition and its petitioner. */
interface OnFile {
  petitionId: string;
  petitionerId: string;
}

const NO_PARAGRAPHS = { basic: [], features: [], problems: [], handling: [] };
const Q2_KEY: ReportKey = { kind: 'quarter', periodKey: '2026-Q2', scopeKey: 'all' };

/**
 * One repository call per permission of the role table, each one that any role holding the permission may repeat.
 * Typed over every permission, so a permission added to the table without a call here does not compile.
 */
const CALLS: Record<Permission, (db: DeskDatabase, onFile: OnFile) => Promise<unknown>> = {
  'records.view': (db) => loadLedgerRows(db),
  'records.register': (db) => registerPetition(db, visit(), NOW),
  'cases.handle': (db, { petitionId }) =>
    applyCaseAction(
      db,
      petitionId,
      'addNote',
      { note: '电话联系信访人' },
      { now: NOW, calendar: createWorkCalendar() },
    ),
  'statistics.view': (db, { petitionId }) => loadTypicalCaseTexts(db, [petitionId]),
  // A branch's report: the one scope every role that writes reports may draft (a 党支部书记 only its own branch's).
  'reports.write': (db) =>
    saveReportDraft(
      db,
      {
        ...Q2_KEY,
        scopeKey: TEST_BRANCH.scopeKey,
        scopeName: TEST_BRANCH.name,
        paragraphs: NO_PARAGRAPHS,
        edited: [],
        analysis: '',
        measures: '',
      },
      NOW,
    ),
  'records.export': (db, { petitionId }) => loadPetitionContacts(db, [petitionId]),
  'identity.unmask': (db, { petitionId, petitionerId }) => revealPetitioner(db, petitionId, petitionerId, NOW),
  'settings.manage': (db) => saveSettings(db, { orgName: '某煤业集团有限公司信访办公室' }),
  'users.manage': (db) => listUsers(db),
  'backup.manage': async (db) =>
    exportBackup(db, { appVersion: '0.0.0-test', createdAt: '2026-05-25T10:00', key: await testBackupKey() }),
  'audit.view': (db) => listAuditActors(db),
  'risks.view': (db) => listRiskMatters(db),
  'risks.manage': (db) =>
    recordScreening(db, { kind: '走访检查', day: '2026-05-25', unitIds: [], participants: '', checked: '' }, NOW),
  // A 党支部书记 reads its own branch's units (db/outreachScope.ts).
  'outreach.view': (db) => listActivities(db),
  'outreach.manage': (db) => recordActivity(db, activityInput({ date: '2026-05-25' }), NOW),
};

const PERMISSION_LIST = Object.keys(ROLE_PERMISSIONS) as Permission[];

let db: DeskDatabase;
let onFile: OnFile;
beforeEach(async () => {
  db = freshDb();
  const petition = await registerPetition(db, visit(), NOW);
  onFile = { petitionId: petition.id, petitionerId: petition.petitionerIds[0] ?? '' };
});
afterEach(() => db.close());

describe.each(PERMISSION_LIST)('%s, enforced in the repositories', (permission) => {
  const call = CALLS[permission];

  it.each(ROLES.map((role) => [ROLE_LABELS[role], role] as const))(
    '%s: allowed exactly when the role table says so',
    async (_label, role) => {
      setActor(db, actorAs(role));
      if (can(role, permission)) {
        await expect(call(db, onFile)).resolves.not.toThrow();
      } else {
        const refused = call(db, onFile);
        await expect(refused).rejects.toBeInstanceOf(AccessDeniedError);
        await expect(refused).rejects.toThrow(`当前账号（${ROLE_LABELS[role]}）无权${PERMISSIONS[permission]}`);
      }
    },
  );

  it('is refused with 请先登录 when nobody is signed in', async () => {
    setActor(db, null);
    await expect(call(db, onFile)).rejects.toThrow(new AccessDeniedError('signedIn', '请先登录'));
  });
});

/** Every other entry point of the repositories, each refused before it reads or writes anything. */
const ENTRY_POINTS: [string, (db: DeskDatabase, onFile: OnFile) => Promise<unknown>][] = [
  ['linkReception', (db, { petitionId }) => linkReception(db, petitionId, visit(), NOW)],
  ['findRepeatCandidates', (db) => findRepeatCandidates(db, [{ name: '张三', idNumber: '', phone: '13800001111' }])],
  ['getPetitionDetail', (db, { petitionId }) => getPetitionDetail(db, petitionId)],
  ['loadLedgerRowsByIds', (db, { petitionId }) => loadLedgerRowsByIds(db, [petitionId])],
  ['rebuildLedgerIndex', (db) => rebuildLedgerIndex(db)],
  ['getAttachment', (db) => getAttachment(db, 'a1')],
  ['getCaseState', (db, { petitionId }) => getCaseState(db, petitionId)],
  [
    'issueDocument',
    (db, { petitionId }) =>
      issueDocument(db, {
        petitionId,
        kind: 'acceptanceNotice',
        year: 2026,
        prefix: '信受',
        build: async () => new Uint8Array(),
        fileName: 'a.docx',
        now: NOW,
      }),
  ],
  ['reissueDocument', (db) => reissueDocument(db, { documentId: 'd1', build: async () => new Uint8Array(), now: NOW })],
  ['peekDocNo', (db) => peekDocNo(db, 'acceptanceNotice', 2026, { prefix: '信受' })],
  ['listDocuments', (db, { petitionId }) => listDocuments(db, petitionId)],
  ['revealPetitioners', (db, { petitionId }) => revealPetitioners(db, petitionId, NOW, '打印信访登记表')],
  ['setPetitionConfidential', (db, { petitionId }) => setPetitionConfidential(db, petitionId, true, NOW)],
  ['getReportDraft', (db) => getReportDraft(db, Q2_KEY)],
  [
    'issueReport',
    (db) =>
      issueReport(db, {
        draft: { ...Q2_KEY, scopeName: '', paragraphs: NO_PARAGRAPHS, edited: [], analysis: '原因', measures: '措施' },
        prefix: null,
        year: 2026,
        build: async () => new Uint8Array(),
        fileName: () => '报告.docx',
        now: NOW,
      }),
  ],
  ['listIssuedReports', (db) => listIssuedReports(db, 'all')],
  ['listReportVersions', (db) => listReportVersions(db, Q2_KEY)],
  ['saveDraft', (db) => saveDraft(db, 'registration', {})],
  ['loadDraft', (db) => loadDraft(db, 'registration')],
  ['clearDraft', (db) => clearDraft(db, 'registration')],
  ['listUnits', (db) => listUnits(db)],
  ['saveUnit', (db) => saveUnit(db, { id: '', parentId: null, name: '新单位', partyBranch: '', order: 9 })],
  ['deleteUnit', (db) => deleteUnit(db, 'unit-1')],
  ['listCategories', (db) => listCategories(db)],
  ['saveCategory', (db) => saveCategory(db, { id: '', parentId: null, name: '新类别', order: 99 })],
  ['deleteCategory', (db) => deleteCategory(db, 'cat-01')],
  ['registerRiskMatter', (db) => registerRiskMatter(db, riskMatterInput(), NOW)],
  ['addRiskUpdate', (db) => addRiskUpdate(db, 'r-1', { day: '2026-05-25', text: '走访' }, NOW)],
  [
    'closeRiskMatter',
    (db) => closeRiskMatter(db, 'r-1', { claims: [], confirmedOn: '2026-05-25', byLeaderAccount: false }, NOW),
  ],
  ['riskUpdatesOf', (db) => riskUpdatesOf(db, 'r-1')],
  ['riskMattersOfPetition', (db, { petitionId }) => riskMattersOfPetition(db, petitionId)],
  ['registerEmergency', (db) => registerEmergency(db, emergencyInput(), NOW)],
  ['recordArrival', (db) => recordArrival(db, 'e-1', { leaders: '张书记', arrivedAt: '2026-05-25T09:00' }, NOW)],
  [
    'addEmergencyStep',
    (db) => addEmergencyStep(db, 'e-1', { at: '2026-05-25T09:00', kind: '劝返', text: '劝返' }, NOW),
  ],
  ['addAftercare', (db) => addAftercare(db, 'e-1', { text: '补发', deadline: '2026-06-30' }, NOW)],
  ['setAftercareDone', (db) => setAftercareDone(db, 'e-1', 'm-1', true, NOW)],
  [
    'saveEmergencyAnalysis',
    (db) =>
      saveEmergencyAnalysis(db, 'e-1', { causeAnalysis: '', lossAssessment: '', lessons: '', reserveFundYuan: 0 }, NOW),
  ],
  ['closeEmergency', (db) => closeEmergency(db, 'e-1', '2026-05-25T09:00', NOW)],
  ['listEmergencies', (db) => listEmergencies(db)],
  ['getEmergency', (db) => getEmergency(db, 'e-1')],
  ['emergenciesOfRiskMatter', (db) => emergenciesOfRiskMatter(db, 'r-1')],
  ['updateActivity', (db) => updateActivity(db, 'a-1', activityInput({ date: '2026-05-25' }), NOW)],
  ['addActivityProblems', (db) => addActivityProblems(db, 'a-1', ['欠薪'], NOW)],
  [
    'setProblemOutcome',
    (db) => setProblemOutcome(db, 'a-1', 'p-1', { kind: 'closed', note: '已解决', on: '2026-05-25' }, NOW),
  ],
  ['getActivity', (db) => getActivity(db, 'a-1')],
  ['activitiesOfPetition', (db, { petitionId }) => activitiesOfPetition(db, petitionId)],
  ['activitiesOfRiskMatter', (db) => activitiesOfRiskMatter(db, 'r-1')],
  ['recordSuggestion', (db) => recordSuggestion(db, suggestionInput({ collectedOn: '2026-05-25' }), NOW)],
  [
    'changeSuggestionStatus',
    (db) =>
      changeSuggestionStatus(
        db,
        's-1',
        { to: '已答复', answer: '已答复', answeredOn: '2026-05-25', feedbackWay: '书面答复' },
        NOW,
      ),
  ],
  ['listSuggestions', (db) => listSuggestions(db)],
  ['suggestionsOfActivity', (db) => suggestionsOfActivity(db, 'a-1')],
  ['suggestionsDue', (db) => suggestionsDue(db)],
  ['revealSuggestionProposer', (db) => revealSuggestionProposer(db, 's-1', NOW)],
  ['recordHelp', (db, { petitionId }) => recordHelp(db, helpInput({ petitionId, date: '2026-05-25' }), NOW)],
  ['listHelps', (db) => listHelps(db)],
  ['helpsOfPetition', (db, { petitionId }) => helpsOfPetition(db, petitionId)],
  ['helpsOfActivity', (db) => helpsOfActivity(db, 'a-1')],
  [
    'outreachCountsForReport',
    (db) => outreachCountsForReport(db, { from: '2026-04-01', to: '2026-06-30' }, TEST_BRANCH.scopeKey, new Date()),
  ],
  [
    'outreachCountsForPeriods',
    (db) => outreachCountsForPeriods(db, [{ from: '2026-04-01', to: '2026-06-30' }], TEST_BRANCH.scopeKey, new Date()),
  ],
];

describe.each(ENTRY_POINTS)('%s', (_name, call) => {
  it('is refused with 请先登录 when nobody is signed in, writing nothing', async () => {
    const before = {
      petitions: await db.petitions.toArray(),
      units: await db.units.count(),
      categories: await db.categories.count(),
      settings: await db.settings.count(),
    };
    setActor(db, null);
    await expect(call(db, onFile)).rejects.toThrow(new AccessDeniedError('signedIn', '请先登录'));
    const after = {
      petitions: await db.petitions.toArray(),
      units: await db.units.count(),
      categories: await db.categories.count(),
      settings: await db.settings.count(),
    };
    expect(after).toEqual(before);
  });
});

describe('reads open to any account', () => {
  it('the settings are read even before sign-in (the sign-in screen reads the idle time); units need a signed-in account', async () => {
    setActor(db, null);
    await expect(getSettings(db)).resolves.toMatchObject({ idleLockMinutes: expect.any(Number) });
    await expect(listUnits(db)).rejects.toThrow('请先登录');
    setActor(db, actorAs('auditor'));
    await expect(listUnits(db)).resolves.not.toHaveLength(0);
  });

  it('a refused write leaves nothing behind', async () => {
    setActor(db, actorAs('leader'));
    const before = await db.petitions.count();
    await expect(registerPetition(db, visit(), NOW)).rejects.toBeInstanceOf(AccessDeniedError);
    expect(await db.petitions.count()).toBe(before);
    setActor(db, TEST_ADMIN);
    expect(await getPetitionDetail(db, onFile.petitionId)).not.toBeNull();
  });
});

describe('automatic backups are the system’s, and only main starts them', () => {
  it('run whoever is signed in, or nobody, but only for a token main sent; a chosen export still needs 备份和恢复数据', async () => {
    const db = freshDb(null);
    try {
      const key = await testBackupKey();
      const token = crypto.randomUUID();
      const automatic = () =>
        exportBackup(db, { appVersion: '0.0.0-test', createdAt: '2026-05-25T10:00', key, automatic: { token } });
      await expect(automatic()).rejects.toThrow('自动备份只能由本机程序按计划发起');
      admitAutoBackupToken(token);
      expect((await automatic()).counts.units).toBeGreaterThan(0);
      await expect(exportBackup(db, { appVersion: '0.0.0-test', createdAt: '2026-05-25T10:00', key })).rejects.toThrow(
        '请先登录',
      );
      setActor(db, { ...TEST_ADMIN, role: 'receptionist' });
      await expect(automatic()).rejects.toThrow('自动备份只能由本机程序按计划发起');
      await expect(exportBackup(db, { appVersion: '0.0.0-test', createdAt: '2026-05-25T10:00', key })).rejects.toThrow(
        AccessDeniedError,
      );
    } finally {
      db.close();
    }
  });
});

describe.each([...PERMISSION_LIST.map((permission) => [permission, CALLS[permission]] as const), ...ENTRY_POINTS])(
  '%s, while the account must change its initial password',
  (_name, call) => {
    it('is refused until the password is changed (build 9 of issue 11), writing nothing', async () => {
      setActor(db, { ...TEST_ADMIN, mustChangePassword: true });
      const before = {
        petitions: await db.petitions.count(),
        settings: await db.settings.count(),
        caseEvents: await db.caseEvents.count(),
      };
      await expect(call(db, onFile)).rejects.toThrow(
        new AccessDeniedError('initialPassword', '请先修改初始密码，再使用工作台'),
      );
      expect({
        petitions: await db.petitions.count(),
        settings: await db.settings.count(),
        caseEvents: await db.caseEvents.count(),
      }).toEqual(before);
    });
  },
);
