import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportBackup } from '../../../renderer/src/db/backup/exportBackup';
import { readBackup } from '../../../renderer/src/db/backup/readBackup';
import { restoreBackup } from '../../../renderer/src/db/backup/restoreBackup';
import { correctionStart, correctPetition } from '../../../renderer/src/db/corrections';
import type { DeskDatabase } from '../../../renderer/src/db/database';
import { loadPetitionContacts, revealPetitioner } from '../../../renderer/src/db/identity';
import { findRepeatCandidates } from '../../../renderer/src/db/petitioners';
import { getPetitionDetail, loadLedgerRows, registerPetition } from '../../../renderer/src/db/petitions';
import { setActor } from '../../../renderer/src/db/session';
import { shownPhone } from '../../../renderer/src/domain/idNumber';
import { contactPatch, knownContactOf } from '../../../renderer/src/domain/knownContact';
import { matchesSearch } from '../../../renderer/src/domain/search';
import { NOW, person, visit } from '../domain/fixtures';
import { addAdministrator, testBackupKey, WITH_PASSWORD } from './backup/backupKey';
import { actorAs, freshDb } from './helpers';

/** Issue 12, item 8: a phone prints as typed (0912-3456789), while recognition and search match its digits. */

const TYPED = '0912-3456789';
const DIGITS = '09123456789';
const LATER = new Date(2026, 4, 26, 9, 0);
const CLERK = actorAs('receptionist', '孙接待');

let db: DeskDatabase;
beforeEach(() => {
  db = freshDb();
});
afterEach(() => db.close());

const register = (phone = TYPED, overrides: Parameters<typeof visit>[0] = {}) =>
  registerPetition(db, visit({ petitioners: [person({ idNumber: '', phone })], ...overrides }), NOW);

describe('a registered phone', () => {
  it('is stored compacted for matching and as typed for showing', async () => {
    const saved = await register();
    expect(await db.petitioners.get(saved.petitionerIds[0]!)).toMatchObject({ phone: DIGITS, phoneAsTyped: TYPED });
  });

  it('recognises the person however the phone is punctuated, and search finds it either way', async () => {
    const saved = await register();
    const { candidates } = await findRepeatCandidates(db, [{ name: '张三', phone: '0912 345 6789' }]);
    expect(candidates.map((c) => c.petition.id)).toEqual([saved.id]);
    // The offer masks the typed form without showing a digit more than the compacted mask.
    expect(candidates[0]?.known.phone).toBe('091*-***6789');
    const stored = await db.petitions.get(saved.id);
    expect(matchesSearch(stored!.searchText, TYPED)).toBe(true);
    expect(matchesSearch(stored!.searchText, DIGITS)).toBe(true);
  });

  it('a later visit typed another way shows the newer typed form, still one person', async () => {
    const first = await register();
    const again = await register('(0912)3456789');
    expect(again.petitionerIds).toEqual(first.petitionerIds);
    expect(await db.petitioners.get(first.petitionerIds[0]!)).toMatchObject({
      phone: DIGITS,
      phoneAsTyped: '(0912)3456789',
    });
    // A blank phone on a later form keeps what was typed before.
    await register('', { petitioners: [person({ existingId: first.petitionerIds[0]!, idNumber: '', phone: '' })] });
    expect(await db.petitioners.get(first.petitionerIds[0]!)).toMatchObject({
      phone: DIGITS,
      phoneAsTyped: '(0912)3456789',
    });
  });

  it('the case page masks it and the audited reveal, the known-contact fill and the export show it as typed', async () => {
    const saved = await register();
    const detail = await getPetitionDetail(db, saved.id);
    expect(detail?.petitioners[0]?.phone).toBe('091*-***6789');
    expect(JSON.stringify(detail)).not.toContain(TYPED);
    const full = await revealPetitioner(db, saved.id, saved.petitionerIds[0]!, NOW);
    expect(shownPhone(full)).toBe(TYPED);
    expect(contactPatch({ phone: '', address: '', unitId: null }, knownContactOf(full)).phone).toBe(TYPED);
    const contacts = await loadPetitionContacts(db, [saved.id]);
    expect(contacts.get(saved.id)?.[0]?.phone).toBe(TYPED);
  });

  it('an older record without the typed form shows its stored number', async () => {
    const saved = await register('13800001111');
    const id = saved.petitionerIds[0]!;
    const { phoneAsTyped: _typed, ...older } = (await db.petitioners.get(id))!;
    await db.petitioners.put(older);
    expect(shownPhone(await revealPetitioner(db, saved.id, id, NOW))).toBe('13800001111');
    expect((await getPetitionDetail(db, saved.id))?.petitioners[0]?.phone).toBe('138****1111');
  });
});

describe('a confidential petitioner’s typed phone', () => {
  it('is removed for an account without the grant wherever the digits are: page, ledger, texts', async () => {
    const saved = await register(TYPED, {
      confidential: true,
      summary: `本人（电话${TYPED}）反映奖金分配不公。`,
      demands: `请回电0912 3456789。`,
    });
    setActor(db, CLERK);
    const seen = JSON.stringify([await getPetitionDetail(db, saved.id), await loadLedgerRows(db)]);
    for (const written of [TYPED, '0912 3456789', DIGITS, '3456789']) expect(seen).not.toContain(written);
  });
});

describe('修改登记 of a phone', () => {
  it('saves the typed form, and a change of punctuation only is a recorded change', async () => {
    const saved = await register();
    const start = await correctionStart(db, saved.id);
    const input = { ...start, petitioners: start.petitioners.map((p) => ({ ...p, phone: '0912 3456789' })) };
    const auditBefore = await db.audit.count();
    await correctPetition(db, saved.id, input, '电话按来访人写法登记', LATER);
    expect(await db.petitioners.get(saved.petitionerIds[0]!)).toMatchObject({
      phone: DIGITS,
      phoneAsTyped: '0912 3456789',
    });
    const event = (await db.caseEvents.where('petitionId').equals(saved.id).toArray()).find(
      (e) => e.type === 'registration-corrected',
    );
    expect(event?.data?.changes).toEqual([{ label: '联系电话', before: '091*-***6789', after: '091* ***6789' }]);
    expect(event?.text).not.toContain(TYPED);
    const trail = await db.audit.where('seq').above(auditBefore).toArray();
    expect(JSON.stringify(trail.filter((r) => r.entity === 'petitioners'))).toContain('0912 3456789');
  });

  it('does not say how a confidential petitioner’s phone was written', async () => {
    const saved = await register(TYPED, { confidential: true });
    const start = await correctionStart(db, saved.id);
    await correctPetition(
      db,
      saved.id,
      { ...start, petitioners: start.petitioners.map((p) => ({ ...p, phone: '09123456789' })) },
      '电话格式',
      LATER,
    );
    const event = (await db.caseEvents.where('petitionId').equals(saved.id).toArray()).find(
      (e) => e.type === 'registration-corrected',
    );
    expect(event?.data?.changes).toEqual([{ label: '联系电话', before: '（保密）', after: '（保密）已修改' }]);
  });
});

describe('a backup round trip', () => {
  it('keeps the typed phone', async () => {
    await addAdministrator(db);
    const saved = await register();
    const { blob } = await exportBackup(db, {
      appVersion: '0.1.0',
      createdAt: '2026-05-25T18:00:00',
      key: await testBackupKey(),
    });
    await db.petitioners.clear();
    await restoreBackup(db, await readBackup(blob, WITH_PASSWORD));
    expect(await db.petitioners.get(saved.petitionerIds[0]!)).toMatchObject({ phone: DIGITS, phoneAsTyped: TYPED });
  });
});
