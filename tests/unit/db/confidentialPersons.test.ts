import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DeskDatabase } from '../../../renderer/src/db/database';
import { AccessDeniedError } from '../../../renderer/src/db/session';
import { revealPetitioner } from '../../../renderer/src/db/identity';
import { findRepeatCandidates } from '../../../renderer/src/db/petitioners';
import { getPetitionDetail, linkReception, registerPetition } from '../../../renderer/src/db/petitions';
import { setActor } from '../../../renderer/src/db/session';
import { createUser } from '../../../renderer/src/db/users';
import type { Petition } from '../../../renderer/src/domain/types';
import { NOW, person, visit } from '../domain/fixtures';
import { actorAs, freshDb, TEST_ADMIN } from './helpers';

/** The whistleblower, as the administrator (granted) registered her 检举控告. */
const LI = {
  name: '李秀兰',
  gender: '女' as const,
  idNumber: '11010519491231002X',
  phone: '13912345678',
  address: '选煤厂家属院3号楼',
};
/** A person known by name + phone only, on a matter marked 保密. */
const ZHOU = { name: '周建军', idNumber: '', phone: '13700002222', address: '机电车间宿舍' };
/** A 接待员 without the grant, and one with it. */
const CLERK = actorAs('receptionist', '孙接待');
const GRANTED_CLERK = actorAs('receptionist', '钱接待', true);

/** An ordinary 咨询 about the housing subsidy, carrying whoever is typed. */
function enquiry(people: ReturnType<typeof person>[]) {
  return visit({ nature: '咨询', summary: '咨询住房补贴申领条件', demands: '告知申领流程', petitioners: people });
}

let db: DeskDatabase;
let complaint: Petition;
let marked: Petition;
beforeEach(async () => {
  db = freshDb();
  complaint = await registerPetition(
    db,
    visit({
      nature: '检举控告',
      petitioners: [person(LI)],
      summary: `${LI.name}实名检举班组长虚报工时。`,
      demands: '核查处理',
    }),
    NOW,
  );
  marked = await registerPetition(
    db,
    visit({
      petitioners: [person({ ...ZHOU, identityType: null, unitId: null })],
      summary: '反映宿舍漏雨',
      confidential: true,
    }),
    NOW,
  );
});
afterEach(() => db.close());

const stored = async (petition: Petition) => db.petitioners.get(petition.petitionerIds[0] ?? '');

describe('registration by an account without the 保密 grant (finding 1)', () => {
  it('gives a person typed with a whistleblower’s ID number, phone and address blank, a record of their own', async () => {
    const before = await stored(complaint);
    setActor(db, CLERK);
    const petition = await registerPetition(
      db,
      enquiry([person({ name: LI.name, idNumber: LI.idNumber, phone: '', address: '', unitId: null })]),
      NOW,
    );
    expect(petition.petitionerIds).toHaveLength(1);
    expect(petition.petitionerIds[0]).not.toBe(complaint.petitionerIds[0]);
    expect(petition.searchText).not.toContain(LI.phone);

    const detail = await getPetitionDetail(db, petition.id);
    expect(detail?.petitioners).toEqual([expect.objectContaining({ name: LI.name, phone: '', address: '' })]);
    const revealed = await revealPetitioner(db, petition.id, petition.petitionerIds[0] ?? '', NOW);
    expect(revealed).toMatchObject({ idNumber: LI.idNumber, phone: '', address: '' });
    expect(JSON.stringify([detail, revealed])).not.toMatch(/13912345678|选煤厂家属院/);
    // Nothing of the confidential person changed.
    expect(await stored(complaint)).toEqual(before);
  });

  it('leaves the confidential person’s record as it was when another name is typed', async () => {
    const before = await stored(complaint);
    setActor(db, CLERK);
    await registerPetition(
      db,
      enquiry([person({ name: '王小红', idNumber: LI.idNumber, phone: '13600001234', address: '' })]),
      NOW,
    );
    expect(await stored(complaint)).toEqual(before);
    setActor(db, TEST_ADMIN);
    expect((await getPetitionDetail(db, complaint.id))?.petitioners[0]?.name).toBe(LI.name);
  });

  it('does the same for a person recognised by name + phone on a matter marked 保密', async () => {
    const before = await stored(marked);
    setActor(db, CLERK);
    const petition = await registerPetition(
      db,
      enquiry([person({ name: ZHOU.name, idNumber: '', phone: ZHOU.phone, address: '' })]),
      NOW,
    );
    expect(petition.petitionerIds[0]).not.toBe(marked.petitionerIds[0]);
    expect((await getPetitionDetail(db, petition.id))?.petitioners[0]).toMatchObject({ name: ZHOU.name, address: '' });
    expect(await stored(marked)).toEqual(before);
  });

  it('treats a picked person (existingId) on a confidential matter the same way', async () => {
    const before = await stored(complaint);
    setActor(db, CLERK);
    const petition = await registerPetition(
      db,
      enquiry([
        person({ existingId: complaint.petitionerIds[0] ?? '', name: '王小红', idNumber: '', phone: '', address: '' }),
      ]),
      NOW,
    );
    expect(petition.petitionerIds[0]).not.toBe(complaint.petitionerIds[0]);
    expect(await stored(complaint)).toEqual(before);
  });

  it('links the new record to the stored person: the link is kept for granted accounts and given to no other', async () => {
    setActor(db, CLERK);
    const petition = await registerPetition(
      db,
      enquiry([person({ name: LI.name, idNumber: LI.idNumber, phone: '', address: '' })]),
      NOW,
    );
    const own = petition.petitionerIds[0] ?? '';
    expect((await db.petitioners.get(own))?.sameAsPersonId).toBe(complaint.petitionerIds[0]);
    expect((await getPetitionDetail(db, petition.id))?.petitioners[0]?.sameAsPersonId).toBeUndefined();
    expect((await revealPetitioner(db, petition.id, own, NOW)).sameAsPersonId).toBeUndefined();
    setActor(db, GRANTED_CLERK);
    expect((await getPetitionDetail(db, petition.id))?.petitioners[0]?.sameAsPersonId).toBe(complaint.petitionerIds[0]);
  });

  it('reuses that record at the next visit instead of adding another', async () => {
    setActor(db, CLERK);
    const first = await registerPetition(
      db,
      enquiry([person({ name: LI.name, idNumber: LI.idNumber, phone: '', address: '' })]),
      NOW,
    );
    const second = await registerPetition(
      db,
      enquiry([person({ name: LI.name, idNumber: LI.idNumber, phone: '13600001234', address: '' })]),
      NOW,
    );
    expect(second.petitionerIds).toEqual(first.petitionerIds);
    expect(await db.petitioners.count()).toBe(3);
  });

  it('keeps today’s merge for an account with the grant, into the stored person rather than a linked record', async () => {
    setActor(db, CLERK);
    await registerPetition(
      db,
      enquiry([person({ name: LI.name, idNumber: LI.idNumber, phone: '', address: '' })]),
      NOW,
    );
    setActor(db, GRANTED_CLERK);
    const petition = await registerPetition(
      db,
      enquiry([person({ name: LI.name, idNumber: LI.idNumber, phone: '', address: '' })]),
      NOW,
    );
    expect(petition.petitionerIds).toEqual(complaint.petitionerIds);
    expect((await getPetitionDetail(db, petition.id))?.petitioners[0]).toMatchObject({
      name: LI.name,
      phone: '139****5678',
      address: LI.address,
    });
  });

  it('still merges an ordinary person, on no confidential matter, as before', async () => {
    const open = await registerPetition(db, visit(), NOW);
    setActor(db, CLERK);
    const petition = await registerPetition(db, enquiry([person({ phone: '', address: '' })]), NOW);
    expect(petition.petitionerIds).toEqual(open.petitionerIds);
  });
});

describe('补充接待 (linkReception) by an account without the grant', () => {
  it('adds a person typed with a whistleblower’s ID number to an ordinary matter as their own record', async () => {
    const before = await stored(complaint);
    const open = await registerPetition(db, visit(), NOW);
    setActor(db, CLERK);
    const updated = await linkReception(
      db,
      open.id,
      enquiry([person({ name: '王小红', idNumber: LI.idNumber, phone: '', address: '' })]),
      NOW,
    );
    expect(updated.petitionerIds).toHaveLength(2);
    expect(updated.petitionerIds).not.toContain(complaint.petitionerIds[0]);
    expect(updated.searchText).not.toContain(LI.phone);
    expect(await stored(complaint)).toEqual(before);
  });

  it('is refused on a confidential matter, writing nothing', async () => {
    setActor(db, CLERK);
    const receptions = await db.receptions.count();
    await expect(
      linkReception(db, complaint.id, enquiry([person({ name: LI.name, idNumber: LI.idNumber })]), NOW),
    ).rejects.toThrow(
      new AccessDeniedError('records.register', '该信访事项已保密，请联系有保密权限的人员办理补充接待'),
    );
    expect(await db.receptions.count()).toBe(receptions);
  });
});

describe('repeat detection for an account without the grant (finding 3)', () => {
  beforeEach(async () => {
    await createUser(
      db,
      { username: 'wangli', displayName: '王丽', password: 'xinfang2026', role: 'admin', confidentialAccess: true },
      NOW,
    );
    await createUser(
      db,
      { username: 'zhaob', displayName: '赵斌', password: 'banli2026', role: 'handler', confidentialAccess: false },
      NOW,
    );
  });

  it.each([
    ['ID number', { idNumber: LI.idNumber.toLowerCase() }],
    ['name + phone', { name: LI.name, phone: LI.phone }],
    ['name + phone of a matter marked 保密', { name: ZHOU.name, phone: ZHOU.phone }],
  ])('by %s: no matter, only that one needing the grant exists and who holds it', async (_how, keys) => {
    setActor(db, CLERK);
    const found = await findRepeatCandidates(db, [keys]);
    expect(found).toEqual({ candidates: [], withheld: { grantHolders: ['管理员 王丽'] } });
    expect(JSON.stringify(found)).not.toMatch(/2026-000|2026-05|检举|虚报|漏雨|李秀兰|周建军/);
  });

  it('lists neither the ordinary matters of a person who is also on a confidential one', async () => {
    setActor(db, GRANTED_CLERK);
    const ordinary = await registerPetition(db, enquiry([person(LI)]), NOW);
    expect(ordinary.petitionerIds).toEqual(complaint.petitionerIds);
    setActor(db, CLERK);
    const found = await findRepeatCandidates(db, [{ idNumber: LI.idNumber }]);
    expect(found.candidates).toEqual([]);
    expect(found.withheld).not.toBeNull();
  });

  it('lists the matters of the linked record, registered without the grant, beside the notice', async () => {
    setActor(db, CLERK);
    const own = await registerPetition(
      db,
      enquiry([person({ name: '王小红', idNumber: LI.idNumber, phone: '', address: '' })]),
      NOW,
    );
    const found = await findRepeatCandidates(db, [{ idNumber: LI.idNumber }]);
    expect(found.candidates.map((c) => [c.petition.regNo, c.petitionerName])).toEqual([[own.regNo, '王小红']]);
    expect(found.withheld).toEqual({ grantHolders: ['管理员 王丽'] });
  });

  it('says nothing for people on no confidential matter', async () => {
    const open = await registerPetition(db, visit(), NOW);
    setActor(db, CLERK);
    const found = await findRepeatCandidates(db, [{ idNumber: '140102197805203317' }]);
    expect(found.candidates.map((c) => c.petition.regNo)).toEqual([open.regNo]);
    expect(found.withheld).toBeNull();
  });

  it('keeps today’s list for an account with the grant: the matter, its person and its summary', async () => {
    setActor(db, GRANTED_CLERK);
    const found = await findRepeatCandidates(db, [{ idNumber: LI.idNumber }]);
    expect(found.withheld).toBeNull();
    expect(found.candidates).toEqual([
      expect.objectContaining({
        petition: expect.objectContaining({ regNo: complaint.regNo, summary: complaint.summary }),
        petitionerName: LI.name,
        matchedBy: 'idNumber',
      }),
    ]);
  });
});
