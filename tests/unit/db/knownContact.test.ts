import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DeskDatabase } from '../../../renderer/src/db/database';
import { revealPetitioner } from '../../../renderer/src/db/identity';
import { findRepeatCandidates } from '../../../renderer/src/db/petitioners';
import { registerPetition } from '../../../renderer/src/db/petitions';
import { setActor } from '../../../renderer/src/db/session';
import { contactPatch, fillableContact } from '../../../renderer/src/domain/knownContact';
import { NOW, person, visit } from '../domain/fixtures';
import { actorAs, freshDb } from './helpers';

/** 重复访 at the desk: what is on file of a recognised person is offered, masked, and filled only through the audited reveal. */

const ZHANG = {
  name: '张三',
  idNumber: '140102197805203317',
  phone: '13800001111',
  address: '矿区街12号',
  unitId: 'unit-1-1-1',
};
const LI = {
  name: '李秀兰',
  gender: '女' as const,
  idNumber: '11010519491231002X',
  phone: '13912345678',
  address: '选煤厂家属院3号楼',
  unitId: 'unit-1-2',
};
const CLERK = actorAs('receptionist', '孙接待');
const BLANK_ROW = { phone: '', address: '', unitId: null };

let db: DeskDatabase;
beforeEach(() => {
  db = freshDb();
});
afterEach(() => db.close());

describe('known contact of a recognised person', () => {
  it('names the person, the form row they were recognised as, and their contact with the phone masked', async () => {
    const earlier = await registerPetition(db, visit({ petitioners: [person(ZHANG)] }), NOW);
    setActor(db, CLERK);
    const { candidates } = await findRepeatCandidates(db, [
      { name: '王五', phone: '13600000000' },
      { idNumber: ZHANG.idNumber },
    ]);
    expect(candidates).toHaveLength(1);
    expect(candidates[0]).toMatchObject({
      personId: earlier.petitionerIds[0],
      forPerson: 1,
      known: { phone: '138****1111', address: ZHANG.address, unitId: ZHANG.unitId },
    });
    expect(JSON.stringify(candidates)).not.toContain(ZHANG.phone);
  });

  it('fills the full phone only through the audited reveal, and only into blank fields', async () => {
    const earlier = await registerPetition(db, visit({ petitioners: [person(ZHANG)] }), NOW);
    setActor(db, CLERK);
    const [candidate] = (await findRepeatCandidates(db, [{ idNumber: ZHANG.idNumber }])).candidates;
    if (!candidate) throw new Error('a candidate expected');
    const auditBefore = await db.audit.count();
    const onFile = await revealPetitioner(db, candidate.petition.id, candidate.personId, NOW, '信访登记时填入已知信息');
    expect(await db.audit.where('action').equals('unmask').count()).toBe(1);
    expect(await db.audit.count()).toBeGreaterThan(auditBefore);
    expect(contactPatch(BLANK_ROW, onFile)).toEqual({
      phone: ZHANG.phone,
      address: ZHANG.address,
      unitId: ZHANG.unitId,
    });
    expect(contactPatch({ ...BLANK_ROW, phone: '13700000000' }, onFile)).toEqual({
      address: ZHANG.address,
      unitId: ZHANG.unitId,
    });
    expect(earlier.petitionerIds).toContain(candidate.personId);
  });
});

describe('a person on a confidential matter, for an account without the 保密 grant (issue 11)', () => {
  it('offers nothing of theirs: no candidate, no phone, address or unit, only the notice', async () => {
    await registerPetition(
      db,
      visit({ nature: '检举控告', petitioners: [person(LI)], summary: '实名检举班组长虚报工时' }),
      NOW,
    );
    await registerPetition(db, visit({ nature: '咨询', petitioners: [person(LI)], summary: '咨询住房补贴' }), NOW);
    setActor(db, CLERK);
    for (const keys of [{ idNumber: LI.idNumber }, { name: LI.name, phone: LI.phone }]) {
      const lookup = await findRepeatCandidates(db, [keys]);
      expect(lookup.candidates).toEqual([]);
      expect(lookup.withheld).not.toBeNull();
      const text = JSON.stringify(lookup);
      for (const secret of [LI.address, LI.unitId, '5678', '虚报工时', '住房补贴'])
        expect(text, secret).not.toContain(secret);
      expect(lookup.candidates.flatMap((c) => fillableContact(BLANK_ROW, c.known))).toEqual([]);
    }
  });

  it('offers a granted account what is on file, as for anyone', async () => {
    await registerPetition(
      db,
      visit({ nature: '检举控告', petitioners: [person(LI)], summary: '实名检举班组长虚报工时' }),
      NOW,
    );
    setActor(db, actorAs('receptionist', '钱接待', true));
    const { candidates } = await findRepeatCandidates(db, [{ idNumber: LI.idNumber }]);
    expect(candidates.map((c) => c.known)).toEqual([{ phone: '139****5678', address: LI.address, unitId: LI.unitId }]);
  });
});
