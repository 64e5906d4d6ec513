import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getAttachment } from '../../../renderer/src/db/attachments';
import { onPetitionsChanged } from '../../../renderer/src/db/changes';
import type { DeskDatabase } from '../../../renderer/src/db/database';
import { RegistrationError } from '../../../renderer/src/db/errors';
import { getPetitionDetail, loadLedgerRowsByIds, registerPetition } from '../../../renderer/src/db/petitions';
import type { AttachmentInput } from '../../../renderer/src/domain/registration';
import { matchesSearch } from '../../../renderer/src/domain/search';
import { NOW, person, visit } from '../domain/fixtures';
import { counts, freshDb } from './helpers';

let db: DeskDatabase;
beforeEach(() => {
  db = freshDb();
});
afterEach(() => {
  vi.restoreAllMocks();
  db.close();
});

const scan = (): AttachmentInput => ({
  name: '工资条.jpg',
  mimeType: 'image/jpeg',
  size: 5,
  data: new Blob(['12345'], { type: 'image/jpeg' }),
});

describe('registerPetition', () => {
  it('saves the petition, its first reception, the people, the attachment and a 登记 event', async () => {
    const two = [
      person({ isRepresentative: true }),
      person({ name: '李秀兰', gender: '女', idNumber: '11010519491231002x', phone: '13912345678' }),
    ];
    const petition = await registerPetition(db, visit({ petitioners: two, headcount: 2, attachments: [scan()] }), NOW);
    expect(petition).toMatchObject({
      regNo: '2026-0001',
      year: 2026,
      seq: 1,
      status: 'registered',
      receptionCount: 1,
      headcount: 2,
    });
    const detail = await getPetitionDetail(db, petition.id);
    expect(detail?.petitioners.map((p) => p.name)).toEqual(['张三', '李秀兰']);
    // Stored upper-cased in full; the case page's detail shows it masked.
    expect((await db.petitioners.get(detail?.petitioners[1]?.id ?? ''))?.idNumber).toBe('11010519491231002X');
    expect(detail?.petitioners[1]?.idNumber).toBe('1101**********002X');
    expect(petition.representativeIds).toEqual([detail?.petitioners[0]?.id]);
    expect(detail?.receptions).toHaveLength(1);
    expect(detail?.receptions[0]).toMatchObject({ isRepeat: false, headcount: 2, receivingOfficer: '王丽' });
    expect(detail?.events.map((e) => [e.type, e.text])).toEqual([['registered', '登记']]);
    expect(await (await getAttachment(db, detail?.attachments[0]?.id ?? ''))?.data.text()).toBe('12345');
    expect(detail?.attachments[0]?.receptionId).toBe(detail?.receptions[0]?.id);
    expect(detail?.category?.name).toBe('绩效/精益奖金分配');
    expect(detail?.parentCategory?.name).toBe('工资福利');
    expect(detail?.unit?.name).toBe('综采一队');
  });

  it('numbers two saves in a row 0001 then 0002', async () => {
    const first = await registerPetition(db, visit(), NOW);
    const second = await registerPetition(
      db,
      visit({ petitioners: [person({ name: '李秀兰', idNumber: '', phone: '' })] }),
      NOW,
    );
    expect([first.regNo, second.regNo]).toEqual(['2026-0001', '2026-0002']);
  });

  it('gives concurrent saves distinct numbers', async () => {
    const saved = await Promise.all([1, 2, 3, 4].map(() => registerPetition(db, visit(), NOW)));
    expect(saved.map((p) => p.regNo).sort()).toEqual(['2026-0001', '2026-0002', '2026-0003', '2026-0004']);
  });

  it('starts numbering again at 0001 in a new year', async () => {
    const lastOfYear = new Date(2026, 11, 31, 23, 59);
    const firstOfYear = new Date(2027, 0, 1, 0, 5);
    await registerPetition(db, visit({ receivedAt: '2026-12-31T23:30' }), new Date(2026, 11, 31, 23, 40));
    const december = await registerPetition(db, visit({ receivedAt: '2026-12-31T23:59' }), lastOfYear);
    const january = await registerPetition(db, visit({ receivedAt: '2027-01-01T00:01' }), firstOfYear);
    expect([december.regNo, january.regNo]).toEqual(['2026-0002', '2027-0001']);
    expect(await db.settings.get('regNo:2026')).toEqual({ key: 'regNo:2026', value: 2 });
  });

  it('reuses and updates a picked person, and recognises an unpicked one by ID number', async () => {
    const first = await registerPetition(db, visit(), NOW);
    const zhang = first.petitionerIds[0]!;
    const picked = await registerPetition(
      db,
      visit({ petitioners: [person({ existingId: zhang, phone: '13700002222', address: '' })] }),
      NOW,
    );
    const typedAgain = await registerPetition(db, visit({ petitioners: [person({ phone: '' })] }), NOW);
    expect(picked.petitionerIds).toEqual([zhang]);
    expect(typedAgain.petitionerIds).toEqual([zhang]);
    expect(await db.petitioners.count()).toBe(1);
    const stored = await db.petitioners.get(zhang);
    // The new phone is kept; blank fields on the form did not erase the address or the phone.
    expect(stored).toMatchObject({ phone: '13700002222', address: '山西省太原市万柏林区矿区街12号' });
  });

  it('recognises an unpicked person without an ID number by name and phone, however the phone was typed', async () => {
    const first = await registerPetition(db, visit({ petitioners: [person({ idNumber: '', address: '' })] }), NOW);
    const again = await registerPetition(
      db,
      visit({ petitioners: [person({ idNumber: '', phone: '138 0000 1111' })] }),
      NOW,
    );
    expect(again.petitionerIds).toEqual(first.petitionerIds);
    expect(await db.petitioners.count()).toBe(1);
    expect(await db.petitioners.get(first.petitionerIds[0]!)).toMatchObject({
      address: '山西省太原市万柏林区矿区街12号',
    });
  });

  it('does not take a namesake with another phone for the same person', async () => {
    await registerPetition(db, visit({ petitioners: [person({ idNumber: '' })] }), NOW);
    await registerPetition(db, visit({ petitioners: [person({ idNumber: '', phone: '13900003333' })] }), NOW);
    expect(await db.petitioners.count()).toBe(2);
  });

  it('refreshes the search text of a person’s other petitions when the form changes their phone', async () => {
    const first = await registerPetition(db, visit(), NOW);
    const second = await registerPetition(db, visit({ petitioners: [person({ phone: '13700002222' })] }), NOW);
    const stored = await db.petitions.get(first.id);
    expect(matchesSearch(stored?.searchText ?? '', '137-0000-2222')).toBe(true);
    const [row] = await loadLedgerRowsByIds(db, [first.id]);
    expect(matchesSearch(row?.searchText ?? '', '13700002222')).toBe(true);
    expect(second.petitionerIds).toEqual(first.petitionerIds);
  });

  it('writes nothing and throws the field errors when the form is invalid', async () => {
    const before = await counts(db);
    const error = await registerPetition(
      db,
      visit({ summary: '', petitioners: [person({ idNumber: '410602199001011234' })] }),
      NOW,
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RegistrationError);
    expect((error as RegistrationError).errors).toEqual({
      summary: '请填写反映问题摘要',
      'petitioners.0.idNumber': '身份证号校验位不正确，请核对',
    });
    expect(await counts(db)).toEqual(before);
  });

  it('leaves nothing behind, not even a used number, when an attachment cannot be stored', async () => {
    await registerPetition(db, visit(), NOW);
    const before = await counts(db);
    const broken = { ...scan(), data: (() => 'not a blob') as unknown as Blob };
    const newPerson = person({ name: '李秀兰', idNumber: '11010519491231002X' });
    await expect(
      registerPetition(db, visit({ petitioners: [newPerson], attachments: [broken] }), NOW),
    ).rejects.toThrow();
    expect(await counts(db)).toEqual(before);
    expect((await db.settings.get('regNo:2026'))?.value).toBe(1);
    expect((await registerPetition(db, visit(), NOW)).regNo).toBe('2026-0002');
  });

  it('rolls back the petition, reception and people when the last write of the transaction fails', async () => {
    const before = await counts(db);
    vi.spyOn(db.caseEvents, 'add').mockRejectedValue(new Error('磁盘已满'));
    await expect(registerPetition(db, visit({ attachments: [scan()] }), NOW)).rejects.toThrow('磁盘已满');
    expect(await counts(db)).toEqual(before);
    expect(await db.settings.get('regNo:2026')).toBeUndefined();
  });

  it('announces the new petition after it is committed', async () => {
    const seen: { ids: string[]; insideTransaction: boolean }[] = [];
    const stop = onPetitionsChanged((ids) => seen.push({ ids, insideTransaction: Boolean(Dexie.currentTransaction) }));
    const petition = await registerPetition(db, visit(), NOW);
    stop();
    await registerPetition(db, visit(), NOW);
    expect(seen).toEqual([{ ids: [petition.id], insideTransaction: false }]);
  });
});
