import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DeskDatabase } from '../../../renderer/src/db/database';
import {
  addPartyBranch,
  assignUnitToBranch,
  listPartyBranches,
  renamePartyBranch,
  setBranchUnits,
  setPartyBranchRetired,
} from '../../../renderer/src/db/partyBranches';
import { getReportDraft, listIssuedReports, saveReportDraft, type ReportDraft } from '../../../renderer/src/db/reports';
import { AccessDeniedError, setActor } from '../../../renderer/src/db/session';
import { saveUnit } from '../../../renderer/src/db/units';
import { createUser, updateUser } from '../../../renderer/src/db/users';
import { namedBranchId } from '../../../renderer/src/domain/partyBranches';
import { actorAs, freshDb, TEST_ADMIN } from './helpers';

// 20,000 rounds instead of the real count: see fastPasswords.ts.
vi.mock('../../../renderer/src/domain/access/password', async (importOriginal) =>
  (await import('./fastPasswords')).fastPasswords(importOriginal),
);

const NOW = new Date(2026, 10, 28, 9, 0);
const emptyDraft = (scopeKey: string, scopeName: string): ReportDraft => ({
  kind: 'quarter',
  periodKey: '2026-Q3',
  scopeKey,
  scopeName,
  paragraphs: { basic: [], features: [], problems: [], handling: [] },
  edited: [],
  analysis: '原因',
  measures: '措施',
});

let db: DeskDatabase;
beforeEach(() => {
  db = freshDb();
});
afterEach(() => db.close());

const unitBranch = async (id: string) => (await db.units.get(id))?.partyBranch;

describe('设置 → 党支部: add, rename, retire, assign', () => {
  it('lists the branches the default units name, and a new one after them', async () => {
    const before = await listPartyBranches(db);
    expect(before.map((b) => b.name)).toContain('综采一队党支部');
    expect(before.find((b) => b.name === '综采一队党支部')).toEqual({
      id: namedBranchId('综采一队党支部'),
      name: '综采一队党支部',
      retired: false,
    });
    const added = await addPartyBranch(db, '  第一联合党支部 ');
    expect(added.name).toBe('第一联合党支部');
    expect((await listPartyBranches(db)).at(-1)).toEqual(added);
  });

  it('refuses an empty name and a name another branch (even a retired one) has, in Chinese', async () => {
    await expect(addPartyBranch(db, '   ')).rejects.toThrow('请填写党支部名称');
    await expect(addPartyBranch(db, '综采一队党支部')).rejects.toThrow(
      '已有名为“综采一队党支部”的党支部，请换一个名称',
    );
    const old = await addPartyBranch(db, '旧党支部');
    await setPartyBranchRetired(db, old.id, true);
    await expect(addPartyBranch(db, '旧党支部')).rejects.toThrow('已有名为“旧党支部”的党支部（已撤销），请换一个名称');
    const other = await addPartyBranch(db, '新党支部');
    await expect(renamePartyBranch(db, other.id, '旧党支部')).rejects.toThrow('已有名为“旧党支部”的党支部（已撤销）');
    await expect(renamePartyBranch(db, other.id, '')).rejects.toThrow('请填写党支部名称');
    await expect(addPartyBranch(db, '党'.repeat(51))).rejects.toThrow('党支部名称不能超过50字');
  });

  it('assigns a unit to one branch at most: assigning it elsewhere moves it, null takes it out', async () => {
    const branch = await addPartyBranch(db, '第一联合党支部');
    await assignUnitToBranch(db, 'unit-1-1-1', branch.id);
    expect(await unitBranch('unit-1-1-1')).toBe('第一联合党支部');
    const other = await addPartyBranch(db, '第二联合党支部');
    await assignUnitToBranch(db, 'unit-1-1-1', other.id);
    expect(await unitBranch('unit-1-1-1')).toBe('第二联合党支部');
    await assignUnitToBranch(db, 'unit-1-1-1', null);
    expect(await unitBranch('unit-1-1-1')).toBe('');
  });

  it("划入单位 sets a branch's units at once: listed units move in (leaving their branch), the others of it leave", async () => {
    const branch = await addPartyBranch(db, '第一联合党支部');
    await setBranchUnits(db, branch.id, ['unit-1-1-1', 'unit-1-1-2']);
    expect([await unitBranch('unit-1-1-1'), await unitBranch('unit-1-1-2')]).toEqual([
      '第一联合党支部',
      '第一联合党支部',
    ]);
    await setBranchUnits(db, branch.id, ['unit-1-1-2', 'unit-1-1-3']);
    expect([await unitBranch('unit-1-1-1'), await unitBranch('unit-1-1-2'), await unitBranch('unit-1-1-3')]).toEqual([
      '',
      '第一联合党支部',
      '第一联合党支部',
    ]);
    await expect(setBranchUnits(db, branch.id, ['unit-1-1-2', 'unit-gone'])).rejects.toThrow('所选单位不存在');
    // Refused as a whole: nothing moved.
    expect(await unitBranch('unit-1-1-3')).toBe('第一联合党支部');
    await setPartyBranchRetired(db, branch.id, true);
    await expect(setBranchUnits(db, branch.id, ['unit-1-1-2', 'unit-1-1-3', 'unit-1-1-4'])).rejects.toThrow(
      '已撤销，不能再划入单位',
    );
    await setBranchUnits(db, branch.id, ['unit-1-1-2']);
    expect(await unitBranch('unit-1-1-3')).toBe('');
  });

  it('a retired branch keeps its units and its name on the list, but takes no new unit and no new account', async () => {
    const branch = await addPartyBranch(db, '第一联合党支部');
    await assignUnitToBranch(db, 'unit-1-1-1', branch.id);
    await setPartyBranchRetired(db, branch.id, true);
    expect(await unitBranch('unit-1-1-1')).toBe('第一联合党支部');
    expect((await listPartyBranches(db)).find((b) => b.id === branch.id)?.retired).toBe(true);
    await expect(assignUnitToBranch(db, 'unit-1-1-2', branch.id)).rejects.toThrow(
      '党支部“第一联合党支部”已撤销，不能再划入单位',
    );
    const unit = await db.units.get('unit-1-1-2');
    await expect(saveUnit(db, { ...unit!, partyBranch: '第一联合党支部' })).rejects.toThrow('已撤销，不能再划入单位');
    await expect(
      createUser(
        db,
        {
          username: 'shuji',
          displayName: '王书记',
          password: 'Shuji-2026!x',
          role: 'branchSecretary',
          confidentialAccess: false,
          partyBranchId: branch.id,
        },
        NOW,
      ),
    ).rejects.toThrow('党支部“第一联合党支部”已撤销，不能再指定给账号');
    await setPartyBranchRetired(db, branch.id, false);
    await assignUnitToBranch(db, 'unit-1-1-2', branch.id);
    expect(await unitBranch('unit-1-1-2')).toBe('第一联合党支部');
  });

  it('a rename moves the units, the draft and the issued history with it, in one go; the id stays', async () => {
    const branch = await addPartyBranch(db, '第一联合党支部');
    await assignUnitToBranch(db, 'unit-1-1-1', branch.id);
    await saveReportDraft(db, emptyDraft('branch:第一联合党支部', '第一联合党支部'), NOW);
    await db.reports.add({
      ...(await db.reports.toCollection().first())!,
      id: 'issued-1',
      status: 'issued',
      version: 1,
      issuedAt: '2026-10-08T09:00:00',
    });
    const renamed = await renamePartyBranch(db, branch.id, '综采联合党支部');
    expect(renamed).toEqual({ id: branch.id, name: '综采联合党支部', retired: false });
    expect(await unitBranch('unit-1-1-1')).toBe('综采联合党支部');
    const draft = await getReportDraft(db, {
      kind: 'quarter',
      periodKey: '2026-Q3',
      scopeKey: 'branch:综采联合党支部',
    });
    expect(draft?.analysis).toBe('原因');
    expect(
      await getReportDraft(db, { kind: 'quarter', periodKey: '2026-Q3', scopeKey: 'branch:第一联合党支部' }),
    ).toBeNull();
    const issued = await listIssuedReports(db, 'branch:综采联合党支部');
    // The issued report keeps the name it was issued under.
    expect(issued.map((r) => [r.id, r.scopeName])).toEqual([['issued-1', '第一联合党支部']]);
  });

  it('a branch known only from its units keeps its id once it is assigned by id (a 书记 stays bound to it)', async () => {
    const id = namedBranchId('通风科党支部');
    await saveUnit(db, { ...(await db.units.get('unit-1-1-4'))!, partyBranch: '通风科党支部' });
    const account = await createUser(
      db,
      {
        username: 'tfk',
        displayName: '通风书记',
        password: 'Shuji-2026!x',
        role: 'branchSecretary',
        confidentialAccess: true,
        partyBranchId: id,
      },
      NOW,
    );
    expect(account).toMatchObject({ partyBranchId: id, confidentialAccess: false });
    await assignUnitToBranch(db, 'unit-1-1-4', null);
    expect((await listPartyBranches(db)).find((b) => b.id === id)?.name).toBe('通风科党支部');
  });

  it('only the 管理员 changes branches; any signed-in account reads them', async () => {
    setActor(db, actorAs('leader'));
    await expect(addPartyBranch(db, '某党支部')).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(assignUnitToBranch(db, 'unit-1-1-1', null)).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(listPartyBranches(db)).resolves.not.toHaveLength(0);
    setActor(db, TEST_ADMIN);
  });
});

describe('账号: a 党支部书记 is bound to one branch', () => {
  it('must name a branch; another role names none', async () => {
    const base = { username: 'shuji', displayName: '王书记', password: 'Shuji-2026!x', confidentialAccess: false };
    await expect(createUser(db, { ...base, role: 'branchSecretary' }, NOW)).rejects.toThrow(
      '请选择该党支部书记所属的党支部',
    );
    const branch = await addPartyBranch(db, '第一联合党支部');
    const secretary = await createUser(db, { ...base, role: 'branchSecretary', partyBranchId: branch.id }, NOW);
    expect(secretary.partyBranchId).toBe(branch.id);
    const handler = await updateUser(db, secretary.id, { role: 'handler' }, NOW);
    expect(handler.partyBranchId).toBeUndefined();
    await expect(updateUser(db, secretary.id, { role: 'branchSecretary' }, NOW)).rejects.toThrow(
      '请选择该党支部书记所属的党支部',
    );
  });
});
