import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DeskDatabase } from '../../../renderer/src/db/database';
import { revealPetitioner, revealPetitioners, withFullIdentity } from '../../../renderer/src/db/identity';
import { entityLabel } from '../../../renderer/src/domain/audit/entities';
import { getPetitionDetail, registerPetition } from '../../../renderer/src/db/petitions';
import { AccessDeniedError, setActor } from '../../../renderer/src/db/session';
import type { Petition } from '../../../renderer/src/domain/types';
import { NOW, person, visit } from '../domain/fixtures';
import { actorAs, freshDb } from './helpers';

const ZHANG = { idNumber: '140102197805203317', phone: '13800001111' };
const LI = { name: '李秀兰', gender: '女' as const, idNumber: '11010519491231002X', phone: '13912345678' };
const HANDLER = actorAs('handler', '赵办理');

let db: DeskDatabase;
let petition: Petition;
beforeEach(async () => {
  db = freshDb();
  petition = await registerPetition(db, visit({ petitioners: [person(), person(LI)], headcount: 2 }), NOW);
});
afterEach(() => db.close());

const unmaskRecords = async () => (await db.audit.toArray()).filter((r) => r.action === 'unmask');

describe('the case page’s people, masked by default (docs/domain.md §11)', () => {
  it('gives ID numbers and phones masked, and writes no audit record for it', async () => {
    setActor(db, HANDLER);
    const detail = await getPetitionDetail(db, petition.id);
    expect(detail?.petitioners.map((p) => [p.name, p.idNumber, p.phone])).toEqual([
      ['张三', '1401**********3317', '138****1111'],
      ['李秀兰', '1101**********002X', '139****5678'],
    ]);
    expect(JSON.stringify(detail)).not.toContain(ZHANG.idNumber);
    expect(JSON.stringify(detail)).not.toContain(ZHANG.phone);
    expect(await unmaskRecords()).toEqual([]);
  });
});

describe('显示完整信息 (revealPetitioner)', () => {
  it('gives one person’s full ID number and phone and records who saw them, and when, without their name', async () => {
    setActor(db, HANDLER);
    const [zhangId, liId] = petition.petitionerIds;
    const full = await revealPetitioner(db, petition.id, liId ?? '', new Date(2026, 4, 25, 10, 5));
    expect(full).toMatchObject(LI);
    expect(await unmaskRecords()).toEqual([
      expect.objectContaining({
        at: '2026-05-25T10:05:00.000',
        actorId: HANDLER.userId,
        actorName: '赵办理',
        actorRole: 'handler',
        entity: 'petitioners',
        entityId: liId,
        summary: `查看完整信息：信访事项 ${petition.regNo} 第2位信访人的身份证号和联系电话`,
      }),
    ]);
    expect(JSON.stringify(await unmaskRecords())).not.toContain(LI.name);
    expect(zhangId).toBeTruthy();
  });

  it('is refused to a role without identity.unmask, recording nothing', async () => {
    setActor(db, actorAs('auditor'));
    await expect(revealPetitioner(db, petition.id, petition.petitionerIds[0] ?? '', NOW)).rejects.toThrow(
      new AccessDeniedError('identity.unmask', '当前账号（审计员）无权查看完整的身份证号和电话'),
    );
    expect(await unmaskRecords()).toEqual([]);
  });

  it('is refused for a confidential matter without the grant, and given with it', async () => {
    const complaint = await registerPetition(db, visit({ nature: '检举控告', petitioners: [person(LI)] }), NOW);
    const liId = complaint.petitionerIds[0] ?? '';
    setActor(db, HANDLER);
    await expect(revealPetitioner(db, complaint.id, liId, NOW)).rejects.toThrow(
      `信访事项 ${complaint.regNo} 已保密，当前账号无权查看信访人身份`,
    );
    expect(await unmaskRecords()).toEqual([]);
    setActor(db, actorAs('handler', '钱办理', true));
    expect(await revealPetitioner(db, complaint.id, liId, NOW)).toMatchObject({ idNumber: LI.idNumber });
    expect(await unmaskRecords()).toHaveLength(1);
  });

  it('only reveals a person of that petition', async () => {
    const other = await registerPetition(
      db,
      visit({ petitioners: [person({ name: '王五', idNumber: '', phone: '13600003333' })] }),
      NOW,
    );
    await expect(revealPetitioner(db, petition.id, other.petitionerIds[0] ?? '', NOW)).rejects.toThrow(
      '该信访人不在此信访事项中',
    );
    expect(await unmaskRecords()).toEqual([]);
  });
});

describe('documents that print the full identity (the 登记表, a 交办单) go through the same audited path', () => {
  it('reads every person in full with one audit record naming the document', async () => {
    setActor(db, HANDLER);
    const people = await revealPetitioners(db, petition.id, NOW, '打印信访登记表');
    expect(people.map((p) => p.idNumber)).toEqual([ZHANG.idNumber, LI.idNumber]);
    const detail = await withFullIdentity(db, (await getPetitionDetail(db, petition.id))!, NOW, '打印信访登记表');
    expect(detail.petitioners.map((p) => p.phone)).toEqual([ZHANG.phone, LI.phone]);
    // Named by the table, as every other record of a petition is: the 审计日志 labels and filters them as 信访事项.
    expect((await unmaskRecords()).map((r) => [r.entity, entityLabel(r.entity)])).toEqual([
      ['petitions', '信访事项'],
      ['petitions', '信访事项'],
    ]);
    expect((await unmaskRecords()).map((r) => r.summary)).toEqual([
      `打印信访登记表：信访事项 ${petition.regNo} 全部2位信访人的身份证号和联系电话`,
      `打印信访登记表：信访事项 ${petition.regNo} 全部2位信访人的身份证号和联系电话`,
    ]);
  });
});
