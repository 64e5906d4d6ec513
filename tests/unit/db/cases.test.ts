import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { applyCaseAction, CaseActionRefusedError, getCaseState } from '../../../renderer/src/db/cases';
import { onPetitionsChanged } from '../../../renderer/src/db/changes';
import type { DeskDatabase } from '../../../renderer/src/db/database';
import { MissingRecordError } from '../../../renderer/src/db/errors';
import { loadLedgerRows, loadLedgerRowsByIds, registerPetition } from '../../../renderer/src/db/petitions';
import { createWorkCalendar } from '../../../renderer/src/domain/workCalendar';
import { NOW, visit } from '../domain/fixtures';
import { setActor } from '../../../renderer/src/db/session';
import { adminNamed, freshDb, onStaff } from './helpers';
import { saveSettings } from '../../../renderer/src/db/settings';

let db: DeskDatabase;
beforeEach(async () => {
  db = freshDb(adminNamed('王丽'));
  await onStaff(db, '李强', '赵刚');
});
afterEach(() => {
  vi.restoreAllMocks();
  db.close();
});

const calendar = createWorkCalendar();
/** The context of an action taken by `actor`: the signed-in account is who the event records. */
const ctx = (now: Date, actor = '王丽') => {
  setActor(db, adminNamed(actor));
  return { now, calendar };
};
const assignment = {
  unitId: 'unit-1-1-1',
  unitName: '综采一队',
  leader: '李强',
  handler: '赵刚',
  dueDate: '2026-06-20',
};
const reply = { claims: [{ claim: '公开分配明细', outcome: '予以支持', opinion: '已公开' }], servedAt: '2026-06-10' };

/** Everything a refused action could have touched. */
async function snapshot() {
  return {
    petitions: await db.petitions.toArray(),
    events: await db.caseEvents.toArray(),
    chunks: await db.ledgerChunks.toArray(),
  };
}

describe('applyCaseAction', () => {
  it('moves a case through accept, assign and reply, recording each event, the facts and the ledger row', async () => {
    const petition = await registerPetition(db, visit(), NOW);
    expect(await getCaseState(db, petition.id)).toEqual({
      status: 'registered',
      facts: { nature: '申诉求决', receivedAt: '2026-05-25' },
    });

    // A minute after registering: the timeline is ordered by time.
    await applyCaseAction(db, petition.id, 'accept', {}, ctx(new Date(NOW.getTime() + 60_000)));
    await applyCaseAction(db, petition.id, 'assign', assignment, ctx(new Date(2026, 4, 26, 9, 0), '刘主任'));
    const last = await applyCaseAction(db, petition.id, 'reply', reply, ctx(new Date(2026, 5, 10, 15, 0)));

    expect(last.petition).toMatchObject({ status: 'replied', updatedAt: '2026-06-10T15:00:00.000' });
    const state = await getCaseState(db, petition.id);
    expect(state?.status).toBe('replied');
    expect(state?.facts).toMatchObject({ acceptedAt: '2026-05-25', repliedAt: '2026-06-10', servedAt: '2026-06-10' });
    const events = await db.caseEvents.where('petitionId').equals(petition.id).sortBy('at');
    expect(events.map((e) => [e.type, e.actor])).toEqual([
      ['registered', '王丽'],
      ['accept', '王丽'],
      ['assign', '刘主任'],
      ['reply', '王丽'],
    ]);
    expect(events[1]?.text).toBe('受理，办理期限至2026年7月24日');
    expect(events[3]?.id).toBe(last.event.id);
    expect((await loadLedgerRowsByIds(db, [petition.id]))[0]?.status).toBe('replied');
  });

  it('keeps the persisted ledger index in step, so loading it needs no rebuild', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const petition = await registerPetition(db, visit(), NOW);
    await applyCaseAction(db, petition.id, 'accept', {}, ctx(NOW));
    expect((await loadLedgerRows(db)).map((r) => r.status)).toEqual(['accepted']);
    expect(warn).not.toHaveBeenCalled();
  });

  it('announces the changed petition after the commit', async () => {
    const petition = await registerPetition(db, visit(), NOW);
    const reads: Array<Promise<string | undefined>> = [];
    const off = onPetitionsChanged((ids) => reads.push(...ids.map(async (id) => (await db.petitions.get(id))?.status)));
    await applyCaseAction(db, petition.id, 'accept', {}, ctx(NOW));
    off();
    // A listener reading the petition when told sees the new status: the event came after the commit.
    expect(await Promise.all(reads)).toEqual(['accepted']);
  });

  it('refuses an action the status does not allow, with the Chinese reason, writing nothing', async () => {
    const petition = await registerPetition(db, visit(), NOW);
    const before = await snapshot();
    const listener = vi.fn();
    const off = onPetitionsChanged(listener);
    const attempt = applyCaseAction(db, petition.id, 'reply', reply, ctx(NOW));
    await expect(attempt).rejects.toBeInstanceOf(CaseActionRefusedError);
    await expect(attempt).rejects.toMatchObject({
      action: 'reply',
      reason: expect.stringContaining('当前状态为“已登记”，不能'),
    });
    off();
    expect(await snapshot()).toEqual(before);
    expect(listener).not.toHaveBeenCalled();
  });

  it('refuses an invalid payload or date the same way', async () => {
    const petition = await registerPetition(db, visit(), NOW);
    await applyCaseAction(db, petition.id, 'accept', {}, ctx(NOW));
    const before = await snapshot();
    await expect(
      applyCaseAction(db, petition.id, 'assign', { ...assignment, leader: '' }, ctx(NOW)),
    ).rejects.toMatchObject({
      name: 'CaseActionRefusedError',
      reason: expect.stringContaining('请填写包案领导'),
    });
    await expect(
      applyCaseAction(db, petition.id, 'assign', { ...assignment, dueDate: '2026-05-01' }, ctx(NOW)),
    ).rejects.toMatchObject({
      reason: '交办期限不能早于今天',
    });
    expect(await snapshot()).toEqual(before);
  });

  it('takes a 包案领导 and 承办人 only from 办理人员, each serving in that duty', async () => {
    const petition = await registerPetition(db, visit(), NOW);
    await applyCaseAction(db, petition.id, 'accept', {}, ctx(NOW));
    const before = await snapshot();
    // A typed name nobody listed is refused, and so is a listed person for a duty they do not take.
    await expect(
      applyCaseAction(db, petition.id, 'assign', { ...assignment, leader: '李 强' }, ctx(NOW)),
    ).rejects.toMatchObject({
      reason: '包案领导“李 强”不在办理人员名单中，请从名单中选择，或先添加到名单',
    });
    await saveSettings(db, {
      staff: [
        { name: '李强', leads: true, handles: false, retired: false },
        { name: '赵刚', leads: true, handles: false, retired: false },
      ],
    });
    await expect(applyCaseAction(db, petition.id, 'assign', assignment, ctx(NOW))).rejects.toMatchObject({
      reason: '承办人“赵刚”不在办理人员名单中，请从名单中选择，或先添加到名单',
    });
    expect(await snapshot()).toEqual(before);
    await saveSettings(db, {
      staff: [
        { name: '李强', leads: true, handles: false, retired: false },
        { name: '赵刚', leads: false, handles: true, retired: false },
      ],
    });
    await applyCaseAction(db, petition.id, 'assign', assignment, ctx(NOW));
    expect((await getCaseState(db, petition.id))?.facts.assignment).toMatchObject({ leader: '李强', handler: '赵刚' });
  });

  it('reports a petition that does not exist', async () => {
    await expect(applyCaseAction(db, 'nope', 'accept', {}, ctx(NOW))).rejects.toBeInstanceOf(MissingRecordError);
    expect(await getCaseState(db, 'nope')).toBeNull();
  });

  it('marks a matter forwarded by a superior body so its objection clock runs', async () => {
    const petition = await registerPetition(
      db,
      visit({
        channel: '上级转送',
        source: { body: '集团公司信访办', docNo: '集信转〔2026〕5号', date: '2026-05-20' },
      }),
      NOW,
    );
    expect((await getCaseState(db, petition.id))?.facts.forwardedToUs).toBe(true);
  });

  it('a case forwarded before the transfer day was recorded reads it from closedAt, so its 受理告知期限 stays stopped', async () => {
    const petition = await registerPetition(db, visit(), NOW);
    const stored = await db.petitions.get(petition.id);
    await db.petitions.put({
      ...stored!,
      status: 'forwarded',
      caseFacts: { nature: petition.nature, receivedAt: '2026-05-25', closedAt: '2026-05-26' },
    });
    expect((await getCaseState(db, petition.id))?.facts).toMatchObject({
      closedAt: '2026-05-26',
      forwardedAt: '2026-05-26',
    });
  });

  it('registration stores the case clock facts with the petition, so no reader has to fill them in', async () => {
    const petition = await registerPetition(db, visit(), NOW);
    expect((await db.petitions.get(petition.id))?.caseFacts).toEqual({
      nature: petition.nature,
      receivedAt: petition.receivedAt.slice(0, 10),
    });
  });
});
