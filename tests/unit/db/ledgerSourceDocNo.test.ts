import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DeskDatabase } from '../../../renderer/src/db/database';
import { loadLedgerRows, registerPetition } from '../../../renderer/src/db/petitions';
import { setActor } from '../../../renderer/src/db/session';
import { queryLedger, type LedgerRow } from '../../../renderer/src/domain/ledgerQuery';
import { NOW, visit } from '../domain/fixtures';
import { actorAs, freshDb } from './helpers';

let db: DeskDatabase;
beforeEach(() => {
  db = freshDb();
});
afterEach(() => db.close());

const found = (rows: readonly LedgerRow[], text: string) =>
  queryLedger(rows, { text, sort: { field: 'receivedAt', order: 'desc' }, page: 1, pageSize: 20 }).rows.map(
    (r) => r.regNo,
  );

const forwarded = (docNo: string, overrides = {}) =>
  visit({ channel: '上级转送', source: { body: '集团公司信访办', docNo, date: '2026-05-20' }, ...overrides });

describe('the ledger search finds a forwarded matter by its 来文文号', () => {
  it('by the whole number or a part of it, and no other matter', async () => {
    const a = await registerPetition(db, forwarded('集信转〔2026〕12号'), NOW);
    const b = await registerPetition(db, forwarded('集信转〔2026〕7号'), NOW);
    await registerPetition(db, visit(), NOW);
    const rows = await loadLedgerRows(db);
    expect(found(rows, '集信转〔2026〕12号')).toEqual([a.regNo]);
    expect(found(rows, '〔2026〕7号')).toEqual([b.regNo]);
    expect(found(rows, '集信转').sort()).toEqual([a.regNo, b.regNo]);
  });

  it('for an account without the 保密 grant too, on a confidential matter whose people it cannot search', async () => {
    const complaint = await registerPetition(
      db,
      forwarded('集纪转〔2026〕3号', { nature: '检举控告', summary: '反映区队长虚报工时' }),
      NOW,
    );
    setActor(db, actorAs('receptionist', '孙接待'));
    const rows = await loadLedgerRows(db);
    expect(found(rows, '集纪转〔2026〕3号')).toEqual([complaint.regNo]);
    expect(found(rows, 'zs')).toEqual([]);
  });
});
