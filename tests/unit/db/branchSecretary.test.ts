import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadStatisticsRows, loadStatisticsRowsByIds } from '../../../renderer/src/db/branchScope';
import type { DeskDatabase } from '../../../renderer/src/db/database';
import { loadPetitionContacts } from '../../../renderer/src/db/identity';
import { addPartyBranch, assignUnitToBranch } from '../../../renderer/src/db/partyBranches';
import { findRepeatCandidates } from '../../../renderer/src/db/petitioners';
import {
  getPetitionDetail,
  loadLedgerRows,
  loadLedgerRowsByIds,
  registerPetition,
} from '../../../renderer/src/db/petitions';
import { getReportDraft, listIssuedReports, saveReportDraft, type ReportDraft } from '../../../renderer/src/db/reports';
import { AccessDeniedError, setActor } from '../../../renderer/src/db/session';
import { getSettings } from '../../../renderer/src/db/settings';
import { loadTypicalCaseTexts } from '../../../renderer/src/db/typicalCaseTexts';
import type { Actor } from '../../../renderer/src/domain/access/account';
import { caseEnvironment } from '../../../renderer/src/domain/caseEnvironment';
import { computeStatistics, quarterPeriod, statRecordsFromLedger } from '../../../renderer/src/domain/statistics';
import { retellCase } from '../../../renderer/src/domain/statistics/retell';
import type { Petition } from '../../../renderer/src/domain/types';
import { NOW, person, visit } from '../domain/fixtures';
import { actorAs, freshDb, TEST_ADMIN } from './helpers';

/** The branch's 书记, bound to it as 账号管理 binds the account (UserAccount.partyBranchId → Actor). */
let secretary: Actor;
let db: DeskDatabase;
let inBranch: Petition;
let inBranchToo: Petition;
let elsewhere: Petition;

const ZHANG = { name: '张建国', idNumber: '140102197805203317', phone: '13800001111', address: '矿区街12号' };

beforeEach(async () => {
  db = freshDb();
  const branch = await addPartyBranch(db, '综采掘进联合党支部');
  await assignUnitToBranch(db, 'unit-1-1-1', branch.id);
  await assignUnitToBranch(db, 'unit-1-1-2', branch.id);
  inBranch = await registerPetition(
    db,
    visit({
      unitId: 'unit-1-1-1',
      petitioners: [person(ZHANG)],
      summary: `${ZHANG.name}反映奖金分配不公开，住${ZHANG.address}，电话${ZHANG.phone}。`,
    }),
    NOW,
  );
  inBranchToo = await registerPetition(
    db,
    visit({ unitId: 'unit-1-1-2', petitioners: [person({ name: '李四', idNumber: '', phone: '13900002222' })] }),
    NOW,
  );
  elsewhere = await registerPetition(
    db,
    visit({ unitId: 'unit-1-2-1', petitioners: [person({ name: '王五', idNumber: '', phone: '13700003333' })] }),
    NOW,
  );
  secretary = { ...actorAs('branchSecretary', '王书记'), partyBranchId: branch.id };
  setActor(db, secretary);
});
afterEach(() => db.close());

const draft = (scopeKey: string): ReportDraft => ({
  kind: 'quarter',
  periodKey: '2026-Q2',
  scopeKey,
  scopeName: '综采掘进联合党支部',
  paragraphs: { basic: [], features: [], problems: [], handling: [] },
  edited: [],
  analysis: '',
  measures: '',
});

describe('a 党支部书记 session reads no personal record', () => {
  it('is refused the ledger, the petition page, contacts and the repeat-visitor search', async () => {
    await expect(loadLedgerRows(db)).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(loadLedgerRowsByIds(db, [inBranch.id])).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(getPetitionDetail(db, inBranch.id)).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(loadPetitionContacts(db, [inBranch.id])).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(
      findRepeatCandidates(db, [{ name: ZHANG.name, idNumber: ZHANG.idNumber, phone: '' }]),
    ).rejects.toBeInstanceOf(AccessDeniedError);
  });
});

describe('a 党支部书记 session sees its branch only, without persons', () => {
  it("gets its branch's units' petitions only, with no name, number, phone or address", async () => {
    const rows = await loadStatisticsRows(db);
    expect(rows.map((r) => r.id).sort()).toEqual([inBranch.id, inBranchToo.id].sort());
    const text = JSON.stringify(rows);
    for (const secret of [ZHANG.name, ZHANG.phone, ZHANG.idNumber, ZHANG.address, '李四', '13900002222', '王五'])
      expect(text).not.toContain(secret);
    expect(rows.find((r) => r.id === inBranch.id)?.summary).toContain('奖金分配不公开');
    // A changed petition of another branch announced on the change bus does not come in either.
    expect((await loadStatisticsRowsByIds(db, [inBranch.id, elsewhere.id])).map((r) => r.id)).toEqual([inBranch.id]);
  });

  it('its statistics, whatever scope is asked, count only its units', async () => {
    const env = caseEnvironment(await getSettings(db));
    const records = statRecordsFromLedger(await loadStatisticsRows(db));
    const base = {
      ...records,
      units: await db.units.toArray(),
      categories: await db.categories.toArray(),
      period: quarterPeriod(2026, 2),
      env,
    };
    expect(computeStatistics({ ...base, scope: { kind: 'all' } }).pieces).toBe(2);
    expect(computeStatistics({ ...base, scope: { kind: 'branch', branch: '综采掘进联合党支部' } }).pieces).toBe(2);
    expect(computeStatistics({ ...base, scope: { kind: 'unitSubtree', unitId: 'unit-1-2' } }).pieces).toBe(0);
  });

  it("reads its branch's typical-case texts only, cleaned of who asked", async () => {
    const texts = await loadTypicalCaseTexts(db, [inBranch.id, elsewhere.id]);
    expect([...texts.keys()]).toEqual([inBranch.id]);
    const text = texts.get(inBranch.id)!;
    // The report's 某-name only (张某), never the name.
    expect(text.petitionerNames).toEqual(['张某']);
    for (const secret of [ZHANG.name, ZHANG.phone, ZHANG.address]) expect(text.summary).not.toContain(secret);
    expect(text.summary).toContain('奖金分配不公开');
  });

  it('gets a typical case retold as the report retells it for anyone: 某-names, no number left behind its label', async () => {
    const retold = (text: { summary: string; petitionerNames: readonly string[] }) =>
      retellCase({ ...text, channel: '来访', headcount: 1, anonymous: false, confidential: false });
    const forSecretary = retold((await loadTypicalCaseTexts(db, [inBranch.id])).get(inBranch.id)!);
    setActor(db, TEST_ADMIN);
    const forAdmin = retold((await loadTypicalCaseTexts(db, [inBranch.id])).get(inBranch.id)!);
    expect(forSecretary).toBe('张某来访反映，奖金分配不公开。');
    expect(forSecretary).toBe(forAdmin);
  });

  it("drafts and reads its branch's report only", async () => {
    await expect(saveReportDraft(db, draft('all'), NOW)).rejects.toThrow(
      '当前账号只能查看和起草“综采掘进联合党支部”的研判分析报告',
    );
    await expect(saveReportDraft(db, draft('unit:unit-1-1'), NOW)).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(getReportDraft(db, { kind: 'quarter', periodKey: '2026-Q2', scopeKey: 'all' })).rejects.toBeInstanceOf(
      AccessDeniedError,
    );
    await expect(listIssuedReports(db, 'all')).rejects.toBeInstanceOf(AccessDeniedError);
    await saveReportDraft(db, draft('branch:综采掘进联合党支部'), NOW);
    expect(
      await getReportDraft(db, { kind: 'quarter', periodKey: '2026-Q2', scopeKey: 'branch:综采掘进联合党支部' }),
    ).not.toBeNull();
    expect(await listIssuedReports(db, 'branch:综采掘进联合党支部')).toEqual([]);
  });

  it('is refused everything when its account names no branch', async () => {
    const { partyBranchId: _none, ...unbound } = actorAs('branchSecretary', '无支部');
    setActor(db, unbound);
    await expect(loadStatisticsRows(db)).rejects.toThrow('本账号未指定所属党支部');
    await expect(loadTypicalCaseTexts(db, [inBranch.id])).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(saveReportDraft(db, draft('branch:综采掘进联合党支部'), NOW)).rejects.toBeInstanceOf(
      AccessDeniedError,
    );
  });

  it('other roles read statistics as before: the 领导 gets every petition', async () => {
    setActor(db, actorAs('leader'));
    expect(await loadStatisticsRows(db)).toHaveLength(3);
    setActor(db, TEST_ADMIN);
  });
});
