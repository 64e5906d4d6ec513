import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DeskDatabase } from '../../../renderer/src/db/database';
import {
  getPetitionDetail,
  loadLedgerRows,
  loadLedgerRowsByIds,
  registerPetition,
} from '../../../renderer/src/db/petitions';
import { queryLedger } from '../../../renderer/src/domain/ledgerQuery';
import { NOW, person, visit } from '../domain/fixtures';
import { freshDb } from './helpers';

let db: DeskDatabase;
beforeEach(() => {
  db = freshDb();
});
afterEach(() => db.close());

describe('ledger rows from the database', () => {
  it('loads every petition as a compact row, newest received first, with its petitioners’ names', async () => {
    const a = await registerPetition(db, visit({ receivedAt: '2026-05-01T08:00' }), NOW);
    const b = await registerPetition(
      db,
      visit({
        receivedAt: '2026-05-20T10:00',
        petitioners: [person({ name: '李秀兰', idNumber: '' }), person({ name: '赵丽', idNumber: '', phone: '' })],
        headcount: 6,
        summary: '采'.repeat(200),
      }),
      NOW,
    );
    const rows = await loadLedgerRows(db);
    expect(rows.map((r) => r.id)).toEqual([b.id, a.id]);
    expect(rows[0]).toMatchObject({
      regNo: '2026-0002',
      petitionerNames: ['李秀兰', '赵丽'],
      headcount: 6,
      flags: { collective: true },
    });
    expect(rows[0]?.summary).toHaveLength(80);
    expect(
      queryLedger(rows, { text: 'zl', sort: { field: 'receivedAt', order: 'desc' }, page: 1, pageSize: 20 }).rows.map(
        (r) => r.id,
      ),
    ).toEqual([b.id]);
    expect(await loadLedgerRowsByIds(db, [a.id, 'gone'])).toEqual([rows[1]]);
  });

  it('carries no ordinary petitioner’s phone in the clear, yet the whole phone typed into the search finds the petition', async () => {
    const saved = await registerPetition(
      db,
      visit({ petitioners: [person({ name: '李秀兰', idNumber: '', phone: '13912340000' })] }),
      NOW,
    );
    const rows = await loadLedgerRows(db);
    expect(JSON.stringify(rows)).not.toContain('13912340000');
    expect(JSON.stringify(rows)).not.toMatch(/1391234/);
    const found = (text: string) =>
      queryLedger(rows, { text, sort: { field: 'receivedAt', order: 'desc' }, page: 1, pageSize: 20 }).rows.map(
        (r) => r.id,
      );
    expect(found('139-1234-0000')).toEqual([saved.id]);
    expect(found('0000')).toEqual([saved.id]);
    expect(found('13912340001')).toEqual([]);
  });

  it('returns null for the detail of a petition that does not exist', async () => {
    expect(await getPetitionDetail(db, 'no-such-id')).toBeNull();
  });
});
