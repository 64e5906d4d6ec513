import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyCaseAction } from '../../../renderer/src/db/cases';
import type { DeskDatabase } from '../../../renderer/src/db/database';
import { findRepeatCandidates } from '../../../renderer/src/db/petitioners';
import {
  getPetitionDetail,
  loadLedgerRows,
  loadLedgerRowsByIds,
  registerPetition,
} from '../../../renderer/src/db/petitions';
import { setActor } from '../../../renderer/src/db/session';
import { DEFAULT_LEDGER_SORT, queryLedger } from '../../../renderer/src/domain/ledgerQuery';
import type { Petition } from '../../../renderer/src/domain/types';
import { createWorkCalendar } from '../../../renderer/src/domain/workCalendar';
import { NOW } from '../domain/fixtures';
import { actorAs, freshDb } from './helpers';
import { complaintByLi, LI } from './whistleblower';

/**
 * Finding 6 of issue 11: the scrubber replaced literal matches only, so the complainant's phone written another way
 * than on file survived in the ledger row, the case page and the repeat candidates of an account without the grant.
 */
/** The phone and ID number as a clerk may type them into the free text. */
const WRITTEN = ['139-1234-0000', '１３９１２３４００００', '+86 139 1234 0000', '110105 19491231 002x'];
/** Any spelling of the phone or ID number, and the name with a space inside. */
const LEAK = /139[\s-]*1234[\s-]*0000|１３９|1234[\s-]*0000|19491231|李\s*秀\s*兰/u;
const LATER = new Date(NOW.getTime() + 60_000);

let db: DeskDatabase;
let complaint: Petition;
beforeEach(async () => {
  db = freshDb();
  complaint = await registerPetition(
    db,
    complaintByLi({
      summary: `李 秀兰检举班组长虚报工时，电话${WRITTEN[0]}，备用${WRITTEN[1]}。`,
      demands: `请回电${WRITTEN[2]}，身份证${WRITTEN[3]}。`,
    }),
    NOW,
  );
  await applyCaseAction(
    db,
    complaint.id,
    'addNote',
    { note: `已回电${WRITTEN[0]}` },
    { now: LATER, calendar: createWorkCalendar() },
  );
});
afterEach(() => db.close());

describe('an account without the grant reads no spelling of a confidential petitioner’s phone or ID number', () => {
  it.each([
    ['the persisted ledger rows', () => loadLedgerRows(db)],
    ['fresh ledger rows after a change', () => loadLedgerRowsByIds(db, [complaint.id])],
  ])('%s: not in the summary, nor found by the search box', async (_, load) => {
    setActor(db, actorAs('handler'));
    const rows = await load();
    expect(JSON.stringify(rows)).not.toMatch(LEAK);
    expect(rows[0]?.summary).toContain('（保密）检举班组长虚报工时，电话（保密），备用（保密）');
    for (const term of ['12340000', '1391234', '19491231']) {
      expect(queryLedger(rows, { sort: DEFAULT_LEDGER_SORT, page: 1, pageSize: 50, text: term }).rows, term).toEqual(
        [],
      );
    }
  });

  it('the case page: summary, demands, the reception’s note and the timeline', async () => {
    setActor(db, actorAs('handler'));
    const detail = await getPetitionDetail(db, complaint.id);
    expect(JSON.stringify(detail)).not.toMatch(LEAK);
    expect(detail?.petition.demands).toBe('请回电（保密），身份证（保密）。');
    expect(detail?.events.at(-1)?.text).toContain('已回电（保密）');
  });

  it('the repeat candidates offered at registration', async () => {
    setActor(db, actorAs('receptionist'));
    const candidates = await findRepeatCandidates(db, [{ name: LI.name, idNumber: LI.idNumber, phone: LI.phone }]);
    expect(JSON.stringify(candidates)).not.toMatch(LEAK);
  });
});
