import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DeskDatabase } from '../../../../renderer/src/db/database';
import { importPetitions, previewAgainstDesk } from '../../../../renderer/src/db/imports';
import { getPetitionDetail, registerPetition } from '../../../../renderer/src/db/petitions';
import { setActor } from '../../../../renderer/src/db/session';
import { duplicateNote } from '../../../../renderer/src/domain/import/importPlan';
import type { ImportedRow } from '../../../../renderer/src/domain/import/readRow';
import type { Petition } from '../../../../renderer/src/domain/types';
import { person, visit } from '../../domain/fixtures';
import { candidate, importedPerson, importedRow } from '../../domain/import/importFixtures';
import { actorAs, counts, freshDb, TEST_ADMIN } from '../helpers';

/**
 * Review findings 1 and 4 of the import: a row already on the desk as a confidential matter, and a person on one,
 * stay opaque to an account without the 保密 grant, in the preview and in the write; a link is never made between
 * people with different valid ID numbers.
 */
const NOW = new Date(2026, 4, 25, 10, 0);
const ID = '410602199001011231';
const OTHER_ID = '140102197805203317';
const THIRD_ID = '32010619850712004X';
const CLERK = actorAs('receptionist', '孙接待');
const GRANTED_CLERK = actorAs('receptionist', '钱接待', true);

/** 王五's 检举 of 2025-03-05, as the ledger row that brought it in reads. */
const ACCUSATION: ImportedRow = importedRow({
  matter: '实名举报班组长虚报工时',
  category: '举报',
  people: [importedPerson('王五', ID, '13900002222')],
});

let db: DeskDatabase;
let secret: Petition;
beforeEach(async () => {
  db = freshDb();
  await importPetitions(db, { fileName: '2025年台账.xlsx', skipped: 0, candidates: [candidate(ACCUSATION)] }, NOW);
  const [stored] = await db.petitions.toArray();
  if (!stored?.confidential) throw new Error('the accusation should have come in confidential');
  secret = stored;
});
afterEach(() => db.close());

const wangWu = async () => db.petitioners.get(secret.petitionerIds[0] ?? '');
const request = (candidates: ReturnType<typeof candidate>[]) => ({
  fileName: '2025年台账（补）.xlsx',
  skipped: 0,
  candidates,
});

describe('a row that is already on the desk as a confidential matter (finding 1)', () => {
  it('is skipped in the preview of an account without the grant, which learns nothing else of it', async () => {
    setActor(db, CLERK);
    const [check] = await previewAgainstDesk(db, [ACCUSATION]);
    expect(check?.duplicateOf && duplicateNote(check.duplicateOf)).toBe('与一件保密信访事项相同，已跳过');
    expect(check?.repeatVisitors).toEqual([]);
    expect(JSON.stringify(check)).not.toMatch(new RegExp(`${secret.id}|${secret.regNo}|王五`));
    setActor(db, GRANTED_CLERK);
    expect((await previewAgainstDesk(db, [ACCUSATION]))[0]?.duplicateOf).toEqual({
      petitionId: secret.id,
      regNo: secret.regNo,
    });
  });

  it('is refused by the write for such an account, writing nothing, as it is for none with the grant', async () => {
    setActor(db, CLERK);
    const before = await counts(db);
    await expect(importPetitions(db, request([candidate(ACCUSATION, 7)]), NOW)).rejects.toThrow(
      '3月第7行：与一件保密信访事项相同，不能导入，请重新预览',
    );
    expect(await counts(db)).toEqual(before);
    // The clerk with the grant saw the matter's number and chose to import the row again.
    setActor(db, GRANTED_CLERK);
    await expect(importPetitions(db, request([candidate(ACCUSATION, 7)]), NOW)).resolves.toMatchObject({
      imported: 1,
    });
  });
});

describe('a person on a confidential matter, for an account without the grant (findings 1 and 4)', () => {
  const enquiry = (who = importedPerson('王五', ID)) =>
    importedRow({ receivedDate: '2025-06-02', matter: '咨询住房补贴', category: '住房', people: [who] });

  it('gets a record of their own, linked by sameAsPersonId, when the preview could not offer them', async () => {
    const before = await wangWu();
    setActor(db, CLERK);
    expect((await previewAgainstDesk(db, [enquiry()]))[0]?.repeatVisitors).toEqual([]);
    await importPetitions(db, request([candidate(enquiry())]), NOW);
    const imported = (await db.petitions.toArray()).find((p) => p.id !== secret.id);
    const [own = ''] = imported?.petitionerIds ?? [];
    expect(own).not.toBe(secret.petitionerIds[0]);
    expect(await db.petitioners.get(own)).toMatchObject({ name: '王五', idNumber: ID, phone: '' });
    expect((await db.petitioners.get(own))?.sameAsPersonId).toBe(secret.petitionerIds[0]);
    expect((await getPetitionDetail(db, imported?.id ?? ''))?.petitioners[0]?.sameAsPersonId).toBeUndefined();
    expect(await wangWu()).toEqual(before);
    setActor(db, GRANTED_CLERK);
    expect((await getPetitionDetail(db, imported?.id ?? ''))?.petitioners[0]?.sameAsPersonId).toBe(
      secret.petitionerIds[0],
    );
  });

  it('is never linked by a request that names them: the write makes the same record of their own', async () => {
    const before = await wangWu();
    setActor(db, CLERK);
    const row = enquiry(importedPerson('王五', null, '13900002222'));
    await importPetitions(db, request([candidate(row, 3, { personIds: [secret.petitionerIds[0] ?? null] })]), NOW);
    const imported = (await db.petitions.toArray()).find((p) => p.id !== secret.id);
    const own = await db.petitioners.get(imported?.petitionerIds[0] ?? '');
    expect(own?.id).not.toBe(secret.petitionerIds[0]);
    expect(own).toMatchObject({
      name: '王五',
      idNumber: '',
      phone: '13900002222',
      sameAsPersonId: secret.petitionerIds[0],
    });
    // Nothing of the confidential person was filled or changed.
    expect(await wangWu()).toEqual(before);
  });

  it('learns nothing from a request that names them: it is answered as the same request without the link', async () => {
    setActor(db, CLERK);
    // A different valid ID: refused for a person the account can see, so a refusal here would say the hidden one's
    // ID differs. The row is imported as if unlinked: a record of its own, standing for nobody.
    const stranger = enquiry(importedPerson('王五', OTHER_ID));
    await importPetitions(db, request([candidate(stranger, 3, { personIds: [secret.petitionerIds[0] ?? null] })]), NOW);
    const imported = (await db.petitions.toArray()).find((p) => p.id !== secret.id);
    const own = await db.petitioners.get(imported?.petitionerIds[0] ?? '');
    expect(own).toMatchObject({ name: '王五', idNumber: OTHER_ID });
    expect(own?.id).not.toBe(secret.petitionerIds[0]);
    expect(own?.sameAsPersonId).toBeUndefined();
  });

  it('is linked as usual for an account with the grant', async () => {
    setActor(db, GRANTED_CLERK);
    const [check] = await previewAgainstDesk(db, [enquiry()]);
    expect(check?.repeatVisitors).toMatchObject([{ personId: secret.petitionerIds[0], matchedBy: 'idNumber' }]);
    await importPetitions(
      db,
      request([candidate(enquiry(), 3, { personIds: [secret.petitionerIds[0] ?? null] })]),
      NOW,
    );
    const imported = (await db.petitions.toArray()).find((p) => p.id !== secret.id);
    expect(imported?.petitionerIds).toEqual(secret.petitionerIds);
  });
});

describe('repeat visitors with different ID numbers (finding 4)', () => {
  beforeEach(async () => {
    setActor(db, TEST_ADMIN);
    await registerPetition(
      db,
      visit({ petitioners: [person({ name: '李四', idNumber: OTHER_ID, phone: '13911112222' })] }),
      NOW,
    );
  });
  const li = (idNumber: string | null) =>
    importedRow({ receivedDate: '2025-07-01', people: [importedPerson('李四', idNumber, '13911112222')] });

  it('offers a person by name + phone only when their valid ID numbers do not differ', async () => {
    const [differs, without] = await previewAgainstDesk(db, [li(THIRD_ID), li(null)]);
    expect(differs?.repeatVisitors).toEqual([]);
    expect(without?.repeatVisitors).toMatchObject([{ name: '李四', matchedBy: 'namePhone' }]);
  });

  it('refuses a request that links them anyway, writing nothing', async () => {
    const [desk] = await db.petitioners.where('idNumber').equals(OTHER_ID).toArray();
    const before = await counts(db);
    await expect(
      importPetitions(db, request([candidate(li(THIRD_ID), 5, { personIds: [desk?.id ?? null] })]), NOW),
    ).rejects.toThrow('3月第5行：李四的身份证号与所选的信访人不同，不是同一人，请重新预览');
    expect(await counts(db)).toEqual(before);
  });
});
