import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DeskDatabase } from '../../../renderer/src/db/database';
import { MissingRecordError, RegistrationError } from '../../../renderer/src/db/errors';
import { findRepeatCandidates } from '../../../renderer/src/db/petitioners';
import {
  getPetitionDetail,
  linkReception,
  loadLedgerRowsByIds,
  registerPetition,
} from '../../../renderer/src/db/petitions';
import { matchesSearch } from '../../../renderer/src/domain/search';
import { NOW, person, visit } from '../domain/fixtures';
import { counts, freshDb } from './helpers';

let db: DeskDatabase;
beforeEach(() => {
  db = freshDb();
});
afterEach(() => db.close());

const LI = { name: '李秀兰', gender: '女' as const, idNumber: '11010519491231002X', phone: '13912345678' };

describe('findRepeatCandidates', () => {
  it('finds a person’s earlier petitions by ID number, newest first', async () => {
    const older = await registerPetition(db, visit({ receivedAt: '2026-03-02T09:00', petitioners: [person(LI)] }), NOW);
    const newer = await registerPetition(
      db,
      visit({ receivedAt: '2026-05-20T15:00', petitioners: [person(LI), person()], headcount: 2 }),
      NOW,
    );
    await registerPetition(db, visit(), NOW);
    const { candidates: found } = await findRepeatCandidates(db, [{ idNumber: '11010519491231002x' }]);
    expect(found.map((c) => c.petition.regNo)).toEqual([newer.regNo, older.regNo]);
    expect(found[0]).toMatchObject({
      petitionerName: '李秀兰',
      matchedBy: 'idNumber',
      petition: { status: 'registered', receivedAt: '2026-05-20T15:00' },
    });
  });

  it('finds them by name together with phone when no ID number was given', async () => {
    const earlier = await registerPetition(db, visit({ petitioners: [person({ ...LI, idNumber: '' })] }), NOW);
    const { candidates: found } = await findRepeatCandidates(db, [{ name: '李秀兰', phone: '139 1234 5678' }]);
    expect(found).toEqual([
      {
        petition: expect.objectContaining({ id: earlier.id }),
        petitionerName: '李秀兰',
        matchedBy: 'namePhone',
        personId: earlier.petitionerIds[0],
        forPerson: 0,
        known: { phone: '139****5678', address: '山西省太原市万柏林区矿区街12号', unitId: 'unit-1-1-1' },
      },
    ]);
  });

  it('does not match on a name alone, nor on a name with another phone', async () => {
    await registerPetition(db, visit({ petitioners: [person({ ...LI, idNumber: '' })] }), NOW);
    expect(await findRepeatCandidates(db, [{ name: '李秀兰' }])).toEqual({ candidates: [], withheld: null });
    expect(await findRepeatCandidates(db, [{ name: '李秀兰', phone: '13800009999' }])).toEqual({
      candidates: [],
      withheld: null,
    });
  });

  it('lists a petition once when several people on the form match it, preferring the ID number match', async () => {
    const joint = await registerPetition(db, visit({ petitioners: [person(), person(LI)], headcount: 2 }), NOW);
    const { candidates: found } = await findRepeatCandidates(db, [
      { name: '张三', phone: '13800001111' },
      { idNumber: LI.idNumber },
    ]);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ petition: { id: joint.id }, matchedBy: 'idNumber', petitionerName: '李秀兰' });
  });
});

describe('linkReception (重复访)', () => {
  it('adds a repeat reception and new people to the earlier petition and counts it', async () => {
    const earlier = await registerPetition(db, visit(), NOW);
    const later = new Date(2026, 4, 26, 9, 0);
    const form = visit({
      channel: '来电',
      receivedAt: '2026-05-26T08:45',
      petitioners: [person(), person(LI)],
      headcount: 2,
      categoryId: null,
      nature: null,
      summary: '再次询问精益奖金补发进度',
      attachments: [{ name: '录音说明.txt', mimeType: 'text/plain', size: 6, data: new Blob(['录音']) }],
    });
    const updated = await linkReception(db, earlier.id, form, later);
    expect(updated).toMatchObject({ id: earlier.id, regNo: '2026-0001', receptionCount: 2 });
    expect(matchesSearch(updated.searchText, 'lxl')).toBe(true);
    const detail = await getPetitionDetail(db, earlier.id);
    expect(detail?.petitioners.map((p) => p.name)).toEqual(['张三', '李秀兰']);
    expect(detail?.receptions.map((r) => [r.channel, r.isRepeat, r.note])).toEqual([
      ['来访', false, ''],
      ['来电', true, '再次询问精益奖金补发进度'],
    ]);
    expect(detail?.events.map((e) => e.text)).toEqual(['登记', '重复来访，已关联']);
    expect(detail?.attachments.map((a) => a.receptionId)).toEqual([detail?.receptions[1]?.id]);
    expect(await db.petitions.count()).toBe(1);
    expect(await db.settings.get('regNo:2026')).toEqual({ key: 'regNo:2026', value: 1 });
  });

  it('links a person found by name and phone without creating a second record of them', async () => {
    const earlier = await registerPetition(db, visit({ petitioners: [person({ idNumber: '' })] }), NOW);
    const form = visit({
      petitioners: [person({ idNumber: '', phone: '138 0000 1111' })],
      categoryId: null,
      nature: null,
      summary: '',
    });
    const updated = await linkReception(db, earlier.id, form, NOW);
    expect(await db.petitioners.count()).toBe(1);
    expect(updated.petitionerIds).toEqual(earlier.petitionerIds);
    const [row] = await loadLedgerRowsByIds(db, [earlier.id]);
    expect(row?.petitionerNames).toEqual(['张三']);
  });

  it('keeps the repeat visit’s own flags and source, so 集体访 and 越级访 are counted per 批次 (docs/domain.md §8)', async () => {
    const first = await registerPetition(db, visit(), NOW);
    const source = { body: '集团公司信访办', docNo: '集信转〔2026〕7号', date: '2026-05-24' };
    await linkReception(
      db,
      first.id,
      visit({
        channel: '上级转送',
        receivedAt: '2026-05-25T09:50',
        headcount: 6,
        source,
        flags: { jointLetter: false, anonymous: false, levelSkipping: true, lawRelated: false },
      }),
      NOW,
    );
    await linkReception(
      db,
      first.id,
      visit({ channel: '领导接待日', receivedAt: '2026-05-25T09:55', headcount: 6 }),
      NOW,
    );
    const receptions = (await getPetitionDetail(db, first.id))?.receptions ?? [];
    // A referral of 6 is no 集体访 (only a 来访 or 领导接待日 of 5 or more is); the 领导接待日 of 6 is.
    expect(
      receptions.map((r) => [r.isRepeat, r.flags.collective, r.flags.levelSkipping, r.source?.docNo ?? null]),
    ).toEqual([
      [false, false, false, null],
      [true, false, true, '集信转〔2026〕7号'],
      [true, true, false, null],
    ]);
  });

  it('refuses an invalid contact and a missing petition without writing anything', async () => {
    const earlier = await registerPetition(db, visit(), NOW);
    const before = await counts(db);
    await expect(linkReception(db, earlier.id, visit({ receivingOfficer: '' }), NOW)).rejects.toBeInstanceOf(
      RegistrationError,
    );
    await expect(linkReception(db, 'no-such-id', visit({ petitioners: [person(LI)] }), NOW)).rejects.toBeInstanceOf(
      MissingRecordError,
    );
    expect(await counts(db)).toEqual(before);
  });
});
