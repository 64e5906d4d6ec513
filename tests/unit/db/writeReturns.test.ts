import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyCaseAction } from '../../../renderer/src/db/cases';
import type { DeskDatabase } from '../../../renderer/src/db/database';
import { setPetitionConfidential } from '../../../renderer/src/db/identity';
import { linkReception, registerPetition } from '../../../renderer/src/db/petitions';
import { setActor } from '../../../renderer/src/db/session';
import type { Petition } from '../../../renderer/src/domain/types';
import { createWorkCalendar } from '../../../renderer/src/domain/workCalendar';
import { NOW, person, visit } from '../domain/fixtures';
import { actorAs, freshDb } from './helpers';
import { complaintByLi, LI } from './whistleblower';

/** Build item 3 of issue 11: what a write gives back is a read too, and must not carry more than the account may see. */
const LEAK = /李\s*秀\s*兰|139[\s-]*1234[\s-]*0000|19491231|选煤厂家属院/u;
const LATER = new Date(NOW.getTime() + 60_000);

let db: DeskDatabase;
let complaint: Petition;
beforeEach(async () => {
  db = freshDb();
  complaint = await registerPetition(
    db,
    complaintByLi({ summary: `${LI.name}检举班组长虚报工时，电话139-1234-0000。`, demands: `请回复${LI.name}` }),
    NOW,
  );
});
afterEach(() => db.close());

describe('an account without the grant gets back a confidential matter as it may read it', () => {
  it('a case action: the petition and the event it wrote', async () => {
    setActor(db, actorAs('handler'));
    const result = await applyCaseAction(
      db,
      complaint.id,
      'addNote',
      { note: `已联系${LI.name}` },
      { now: LATER, calendar: createWorkCalendar() },
    );
    expect(JSON.stringify(result)).not.toMatch(LEAK);
    expect(result.petition.summary).toBe('（保密）检举班组长虚报工时，电话（保密）。');
    expect(result.event.text).toBe('办理记录：已联系（保密）');
    expect(result.petition.petitionerIds).not.toContain(complaint.petitionerIds[0]);
  });

  it('marking it 保密 again', async () => {
    setActor(db, actorAs('handler'));
    expect(JSON.stringify(await setPetitionConfidential(db, complaint.id, true, LATER))).not.toMatch(LEAK);
  });

  it('linking a repeat visit to it is refused (补充接待 of a confidential matter needs the grant), so nothing comes back', async () => {
    setActor(db, actorAs('receptionist'));
    await expect(
      linkReception(
        db,
        complaint.id,
        visit({ petitioners: [person({ name: '周建军', idNumber: '', phone: '13700002222' })], summary: '又来了' }),
        LATER,
      ),
    ).rejects.toThrow('该信访事项已保密');
  });

  it('while an account with the grant gets it as stored', async () => {
    setActor(db, actorAs('handler', '钱办理', true));
    const result = await applyCaseAction(
      db,
      complaint.id,
      'addNote',
      { note: `已联系${LI.name}` },
      { now: LATER, calendar: createWorkCalendar() },
    );
    expect(result.petition).toEqual(await db.petitions.get(complaint.id));
    expect(result.event.text).toBe(`办理记录：已联系${LI.name}`);
  });
});
