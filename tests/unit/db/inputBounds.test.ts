import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyCaseAction, CaseActionRefusedError } from '../../../renderer/src/db/cases';
import { saveCategory } from '../../../renderer/src/db/categories';
import type { DeskDatabase } from '../../../renderer/src/db/database';
import { RegistrationError } from '../../../renderer/src/db/errors';
import { registerPetition } from '../../../renderer/src/db/petitions';
import { saveSettings } from '../../../renderer/src/db/settings';
import { saveUnit } from '../../../renderer/src/db/units';
import { createUser } from '../../../renderer/src/db/users';
import { TEXT_LIMITS } from '../../../renderer/src/domain/textLimits';
import { createWorkCalendar } from '../../../renderer/src/domain/workCalendar';
import { NOW, person, visit } from '../domain/fixtures';
import { counts, freshDb } from './helpers';

let db: DeskDatabase;
beforeEach(() => {
  db = freshDb();
});
afterEach(() => db.close());

async function refusal(write: Promise<unknown>): Promise<unknown> {
  return write.then(
    () => {
      throw new Error('the write was accepted');
    },
    (error: unknown) => error,
  );
}

describe('registration below the UI', () => {
  it.each([
    [
      'a 100,000-character summary',
      visit({ summary: '欠'.repeat(100_000) }),
      { summary: `反映问题摘要不能超过${TEXT_LIMITS.summary}字（当前100000字）` },
    ],
    [
      'a zero-width-space name',
      visit({ petitioners: [person({ name: '\u200B' })] }),
      { 'petitioners.0.name': '信访人姓名须含有可见的文字' },
    ],
    ['a headcount of 1e9', visit({ headcount: 1e9 }), { headcount: '人数不能超过10000人' }],
    [
      'an unknown category id',
      visit({ categoryId: 'cat-forged' }),
      { categoryId: '所选问题类别不存在，可能已被删除，请重新选择' },
    ],
    [
      'an unknown unit id',
      visit({ unitId: 'unit-forged' }),
      { unitId: '所选涉及单位不存在，可能已被删除，请重新选择' },
    ],
    [
      'an unknown unit id on a petitioner',
      visit({ petitioners: [person({ unitId: 'unit-forged' })] }),
      { 'petitioners.0.unitId': '所选工作单位不存在，可能已被删除，请重新选择' },
    ],
  ])('refuses %s with a Chinese message and writes nothing', async (_label, input, errors) => {
    const before = await counts(db);
    const error = await refusal(registerPetition(db, input, NOW));
    expect(error).toBeInstanceOf(RegistrationError);
    expect((error as RegistrationError).errors).toEqual(errors);
    expect(await counts(db)).toEqual(before);
  });

  it('stores the fields without U+FFFE, U+FFFF, lone surrogates or C0 controls', async () => {
    const petition = await registerPetition(
      db,
      visit({ summary: '反映\uFFFE拖欠\uD800工资\u0007', petitioners: [person({ name: '张\uFFFF三' })] }),
      NOW,
    );
    const stored = await db.petitions.get(petition.id);
    expect(stored?.summary).toBe('反映拖欠工资');
    const people = await db.petitioners.bulkGet(stored?.petitionerIds ?? []);
    expect(people.map((p) => p?.name)).toEqual(['张三']);
  });
});

describe('case actions below the UI', () => {
  it('refuses an assignment to a unit that does not exist', async () => {
    const petition = await registerPetition(db, visit(), NOW);
    const ctx = { now: new Date(2026, 4, 25, 11, 0), calendar: createWorkCalendar() };
    await applyCaseAction(db, petition.id, 'accept', {}, ctx);
    const assignment = {
      unitId: 'unit-forged',
      unitName: '伪造单位',
      leader: '李强',
      handler: '赵刚',
      dueDate: '2026-06-20',
    };
    const error = await refusal(applyCaseAction(db, petition.id, 'assign', assignment, ctx));
    expect(error).toBeInstanceOf(CaseActionRefusedError);
    expect((error as CaseActionRefusedError).reason).toBe('所选承办单位不存在，可能已被删除，请重新选择');
    expect((await db.petitions.get(petition.id))?.status).toBe('accepted');
  });
});

describe('reference data and accounts below the UI', () => {
  it('refuses a unit or category name over its limit or without a visible character', async () => {
    const unit = {
      id: '',
      name: '矿'.repeat(TEXT_LIMITS.referenceName + 1),
      parentId: null,
      order: 0,
      partyBranch: '',
    };
    await expect(saveUnit(db, unit)).rejects.toThrow(`单位名称不能超过${TEXT_LIMITS.referenceName}字`);
    await expect(saveUnit(db, { ...unit, name: '\u200B\u3000' })).rejects.toThrow('请填写单位名称');
    await expect(saveCategory(db, { id: '', name: '\uFEFF', parentId: null, order: 0 })).rejects.toThrow(
      '请填写类别名称',
    );
  });

  it('strips what XML cannot carry from a unit name before storing it', async () => {
    const saved = await saveUnit(db, { id: '', name: '综采\uFFFE二队', parentId: null, order: 9, partyBranch: '' });
    expect((await db.units.get(saved.id))?.name).toBe('综采二队');
  });

  it('refuses a unit whose parent does not exist', async () => {
    await expect(
      saveUnit(db, { id: '', name: '综采二队', parentId: 'unit-forged', order: 0, partyBranch: '' }),
    ).rejects.toThrow('上级单位不存在');
  });

  it('refuses an account display name of only zero-width characters', async () => {
    const input = {
      username: 'clerk2',
      displayName: '\u200B\u200B',
      password: 'Desk-2026-pass!',
      role: 'receptionist' as const,
      confidentialAccess: false,
    };
    await expect(createUser(db, input, NOW)).rejects.toThrow('姓名须含有可见的文字');
  });

  it('refuses an organisation name of only zero-width characters and strips U+FFFF from it', async () => {
    await expect(saveSettings(db, { orgName: '\u200B' })).rejects.toThrow('请填写单位名称');
    expect((await saveSettings(db, { orgName: '某\uFFFF煤业公司' })).orgName).toBe('某煤业公司');
  });
});
