import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  correctionStart,
  correctPetition,
  linkedPetitions,
  linkPetitions,
  voidPetition,
} from '../../../renderer/src/db/corrections';
import type { DeskDatabase } from '../../../renderer/src/db/database';
import { RegistrationError } from '../../../renderer/src/db/errors';
import { getPetitionDetail, loadLedgerRows, registerPetition } from '../../../renderer/src/db/petitions';
import { setActor } from '../../../renderer/src/db/session';
import { buildCaseBoard } from '../../../renderer/src/domain/caseBoard';
import { caseEnvironment } from '../../../renderer/src/domain/caseEnvironment';
import { DEFAULT_SETTINGS } from '../../../renderer/src/domain/defaults';
import { matchesSearch } from '../../../renderer/src/domain/search';
import { statRecordsFromLedger } from '../../../renderer/src/domain/statistics';
import type { Petition } from '../../../renderer/src/domain/types';
import { NOW, person, visit } from '../domain/fixtures';
import { actorAs, freshDb, TEST_ADMIN } from './helpers';

let db: DeskDatabase;
beforeEach(() => {
  db = freshDb();
});
afterEach(() => db.close());

const LATER = new Date(2026, 4, 26, 9, 0);
const RECEPTIONIST = actorAs('receptionist', '王丽');

async function markReplied(p: Petition): Promise<void> {
  await db.petitions.put({
    ...p,
    status: 'replied',
    caseFacts: {
      nature: p.nature,
      receivedAt: p.receivedAt.slice(0, 10),
      acceptedAt: '2026-05-25',
      repliedAt: '2026-05-26',
    },
  });
}

describe('correctPetition', () => {
  it('rewrites the registration, its first reception and ledger row at once, and records each change before and after with the reason', async () => {
    const saved = await registerPetition(db, visit(), NOW);
    const corrected = await correctPetition(
      db,
      saved.id,
      visit({
        categoryId: 'cat-01-01',
        unitId: 'unit-1-1-2',
        headcount: 2,
        petitioners: [person({ existingId: saved.petitionerIds[0]!, name: '张叁' })],
      }),
      '类别、单位和姓名登记有误',
      LATER,
    );
    expect(corrected).toMatchObject({
      regNo: '2026-0001',
      categoryId: 'cat-01-01',
      unitId: 'unit-1-1-2',
      headcount: 2,
      status: 'registered',
      correctedAt: '2026-05-26T09:00:00.000',
    });
    const detail = await getPetitionDetail(db, saved.id);
    expect(detail?.receptions).toHaveLength(1);
    expect(detail?.receptions[0]?.headcount).toBe(2);
    const event = detail?.events.find((e) => e.type === 'registration-corrected');
    expect(event?.actor).toBe(TEST_ADMIN.displayName);
    expect(event?.data?.reason).toBe('类别、单位和姓名登记有误');
    const changes = event?.data?.changes as Array<{ label: string; before: string; after: string }>;
    expect(changes.map((c) => c.label)).toEqual(['人数', '信访人', '问题类别', '涉及单位']);
    expect(changes.find((c) => c.label === '信访人')).toEqual({ label: '信访人', before: '张三', after: '张叁' });
    expect(changes.find((c) => c.label === '涉及单位')).toEqual({
      label: '涉及单位',
      before: '综采一队',
      after: '掘进二队',
    });
    expect(changes.find((c) => c.label === '问题类别')?.before).toBe('工资福利 / 绩效/精益奖金分配');
    // No ids or raw field names in what the timeline shows.
    expect(event?.text).not.toMatch(/unit-|cat-|[0-9a-f]{8}-[0-9a-f]{4}|categoryId|unitId/);
    expect(event?.text).toContain('修改原因：类别、单位和姓名登记有误');
    const rows = await loadLedgerRows(db);
    expect(rows[0]).toMatchObject({ categoryId: 'cat-01-01', unitId: 'unit-1-1-2', petitionerNames: ['张叁'] });
    const stored = await db.petitions.get(saved.id);
    expect(matchesSearch(stored!.searchText, '张叁')).toBe(true);
    expect(statRecordsFromLedger(rows).receptions[0]?.headcount).toBe(2);
  });

  it('lets a 接待员 correct until the reply is issued, then only a 管理员; other roles never', async () => {
    const saved = await registerPetition(db, visit(), NOW);
    setActor(db, RECEPTIONIST);
    await correctPetition(db, saved.id, visit({ demands: '要求补发差额。' }), '诉求记录不准', LATER);
    setActor(db, actorAs('handler', '刘专干'));
    await expect(correctPetition(db, saved.id, visit({ demands: '要求公开。' }), '改', LATER)).rejects.toThrow('无权');
    setActor(db, TEST_ADMIN);
    await markReplied((await db.petitions.get(saved.id))!);
    setActor(db, RECEPTIONIST);
    await expect(correctPetition(db, saved.id, visit({ demands: '要求公开。' }), '改', LATER)).rejects.toThrow(
      '已出具答复意见，只有管理员可以修改登记',
    );
    setActor(db, TEST_ADMIN);
    const byAdmin = await correctPetition(db, saved.id, visit({ demands: '要求公开。' }), '接待员记错', LATER);
    expect(byAdmin.demands).toBe('要求公开。');
    // What the case recorded is kept; the reply date is not lost by the correction.
    expect(byAdmin.status).toBe('replied');
    expect(byAdmin.caseFacts?.repliedAt).toBe('2026-05-26');
  });

  it('requires a reason and writes nothing when the form, the reason or a reference is wrong', async () => {
    const saved = await registerPetition(db, visit(), NOW);
    const before = await db.petitions.get(saved.id);
    const events = await db.caseEvents.count();
    const blank = await correctPetition(db, saved.id, visit({ demands: '改' }), '  ', LATER).catch((e: unknown) => e);
    expect(blank).toBeInstanceOf(RegistrationError);
    expect((blank as RegistrationError).errors.reason).toBe('请填写修改原因');
    await expect(
      correctPetition(db, saved.id, visit({ unitId: 'no-such-unit', demands: '改' }), '单位错', LATER),
    ).rejects.toBeInstanceOf(RegistrationError);
    await expect(correctPetition(db, saved.id, visit(), '没改', LATER)).rejects.toThrow();
    expect(await db.petitions.get(saved.id)).toEqual(before);
    expect(await db.caseEvents.count()).toBe(events);
  });

  it('refuses a confidential petition to an account without the 保密 grant, and hides its people in the change record', async () => {
    const saved = await registerPetition(db, visit({ confidential: true }), NOW);
    setActor(db, RECEPTIONIST);
    await expect(correctPetition(db, saved.id, visit({ confidential: false }), '不需保密', LATER)).rejects.toThrow(
      '保密',
    );
    expect((await db.petitions.get(saved.id))?.confidential).toBe(true);
    setActor(db, TEST_ADMIN);
    await correctPetition(
      db,
      saved.id,
      visit({ confidential: true, petitioners: [person({ existingId: saved.petitionerIds[0]!, name: '张叁' })] }),
      '姓名错',
      LATER,
    );
    const event = (await db.caseEvents.where('petitionId').equals(saved.id).toArray()).find(
      (e) => e.type === 'registration-corrected',
    );
    expect(JSON.stringify(event)).not.toMatch(/张三|张叁/);
    // The ledger index is rebuilt with the scrubber: the corrected name does not reach an account without the grant.
    setActor(db, RECEPTIONIST);
    expect(JSON.stringify(await loadLedgerRows(db))).not.toMatch(/张三|张叁/);
  });

  it('toggles 保密 on through a correction, scrubbing the row for accounts without the grant', async () => {
    const saved = await registerPetition(db, visit(), NOW);
    setActor(db, RECEPTIONIST);
    await correctPetition(db, saved.id, visit({ confidential: true }), '本人要求保密', LATER);
    expect(JSON.stringify(await loadLedgerRows(db))).not.toContain('张三');
  });
});

describe('correctionStart', () => {
  it('fills the form with what is stored, ID number and phone blank, and a blank one keeps the stored value', async () => {
    const saved = await registerPetition(db, visit(), NOW);
    const start = await correctionStart(db, saved.id);
    expect(start).toMatchObject({ channel: '来访', categoryId: 'cat-01-02', unitId: 'unit-1-1-1', headcount: 1 });
    expect(start.petitioners[0]).toMatchObject({
      existingId: saved.petitionerIds[0],
      name: '张三',
      idNumber: '',
      phone: '',
    });
    await correctPetition(db, saved.id, { ...start, demands: '要求补发差额。' }, '诉求记录不准', LATER);
    expect(await db.petitioners.get(saved.petitionerIds[0]!)).toMatchObject({
      idNumber: '140102197805203317',
      phone: '13800001111',
    });
  });

  it('refuses a confidential petition to an account without the grant', async () => {
    const saved = await registerPetition(db, visit({ nature: '检举控告' }), NOW);
    setActor(db, RECEPTIONIST);
    await expect(correctionStart(db, saved.id)).rejects.toThrow('保密');
  });
});

describe('voidPetition', () => {
  it('shows 已作废, leaves statistics and the board, keeps the number taken, and records the reason', async () => {
    const mistaken = await registerPetition(db, visit(), NOW);
    const kept = await registerPetition(
      db,
      visit({ petitioners: [person({ name: '李秀兰', idNumber: '', phone: '' })] }),
      NOW,
    );
    const env = caseEnvironment(DEFAULT_SETTINGS);
    expect(buildCaseBoard(await loadLedgerRows(db), env, '2026-05-26').open).toHaveLength(2);
    const voided = await voidPetition(db, mistaken.id, '重复登记', LATER);
    expect(voided).toMatchObject({
      status: 'voided',
      voided: { reason: '重复登记', by: TEST_ADMIN.displayName, statusBefore: 'registered' },
    });
    const rows = await loadLedgerRows(db);
    expect(rows.map((r) => [r.regNo, r.status])).toEqual(
      expect.arrayContaining([
        ['2026-0001', 'voided'],
        ['2026-0002', 'registered'],
      ]),
    );
    const stats = statRecordsFromLedger(rows);
    expect(stats.petitions.map((p) => p.regNo)).toEqual(['2026-0002']);
    expect(stats.receptions.map((r) => r.petitionId)).toEqual([kept.id]);
    expect(buildCaseBoard(rows, env, '2026-05-26').open.map((r) => r.regNo)).toEqual(['2026-0002']);
    const next = await registerPetition(db, visit(), LATER);
    expect(next.regNo).toBe('2026-0003');
    const events = (await getPetitionDetail(db, mistaken.id))?.events ?? [];
    expect(events.at(-1)?.text).toBe('作废（原状态：已登记）。作废原因：重复登记');
    await expect(correctPetition(db, mistaken.id, visit({ demands: '改' }), '改', LATER)).rejects.toThrow(
      '该登记已作废',
    );
  });

  it('lets a 接待员 void only before any case action, requires a reason', async () => {
    const a = await registerPetition(db, visit(), NOW);
    const b = await registerPetition(db, visit(), NOW);
    await db.petitions.update(b.id, { status: 'accepted' });
    setActor(db, RECEPTIONIST);
    await expect(voidPetition(db, a.id, ' ', LATER)).rejects.toBeInstanceOf(RegistrationError);
    await expect(voidPetition(db, b.id, '误登', LATER)).rejects.toThrow('已开始办理，只有管理员可以作废');
    expect((await voidPetition(db, a.id, '误登', LATER)).status).toBe('voided');
    setActor(db, actorAs('leader', '赵书记'));
    await expect(voidPetition(db, b.id, '误登', LATER)).rejects.toThrow();
    setActor(db, TEST_ADMIN);
    expect((await voidPetition(db, b.id, '误登', LATER)).voided?.statusBefore).toBe('accepted');
  });
});

describe('linkPetitions', () => {
  it('links a call and a collective visit both ways; each stays its own 件', async () => {
    const call = await registerPetition(db, visit({ channel: '来电' }), NOW);
    const group = await registerPetition(
      db,
      visit({ headcount: 12, petitioners: [person({ isRepresentative: true })] }),
      NOW,
    );
    await linkPetitions(db, call.id, '2026-0002', LATER);
    expect((await linkedPetitions(db, call.id)).map((l) => l.regNo)).toEqual(['2026-0002']);
    expect((await linkedPetitions(db, group.id)).map((l) => l.regNo)).toEqual(['2026-0001']);
    expect(statRecordsFromLedger(await loadLedgerRows(db)).petitions).toHaveLength(2);
    await expect(linkPetitions(db, group.id, '2026-0001', LATER)).rejects.toThrow('已关联2026-0001');
    await expect(linkPetitions(db, group.id, '2026-0002', LATER)).rejects.toThrow('不能关联到本事项自身');
    await expect(linkPetitions(db, group.id, '2026-0099', LATER)).rejects.toThrow(
      '没有登记编号为「2026-0099」的信访事项',
    );
  });
});
