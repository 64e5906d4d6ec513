import { afterEach, describe, expect, it } from 'vitest';
import type { DeskDatabase } from '../../../renderer/src/db/database';
import { linkReception, registerPetition } from '../../../renderer/src/db/petitions';
import { loadReportRecords } from '../../../renderer/src/db/reportRecords';
import { caseEnvironment } from '../../../renderer/src/domain/caseEnvironment';
import { DEFAULT_SETTINGS } from '../../../renderer/src/domain/defaults';
import { computeStatistics, quarterPeriod, toStatRecords, type StatScope } from '../../../renderer/src/domain/statistics';
import { countedWindow } from '../../../renderer/src/documents/report/period';
import { NOW, visit } from '../domain/fixtures';
import { freshDb } from './helpers';

let db: DeskDatabase;
afterEach(() => db?.close());

describe('the records a report reads', () => {
  it('give the same figures as the whole tables, an old matter’s repeat visit in the quarter included', async () => {
    db = freshDb();
    const old = await registerPetition(db, visit({ receivedAt: '2023-02-01T09:00' }), NOW);
    await registerPetition(db, visit({ receivedAt: '2025-05-10T09:00' }), NOW);
    await registerPetition(db, visit({ receivedAt: '2026-01-10T09:00', unitId: 'unit-2' }), NOW);
    await registerPetition(db, visit({ receivedAt: '2026-04-03T09:00', headcount: 6 }), NOW);
    await registerPetition(db, visit({ receivedAt: '2026-05-20T09:00', channel: '来信' }), NOW);
    await linkReception(db, old.id, visit({ receivedAt: '2026-05-21T10:00', headcount: 2 }), NOW);

    const period = { kind: 'quarter', year: 2026, quarter: 2 } as const;
    const loaded = await loadReportRecords(db, countedWindow(period));
    const all = toStatRecords({ petitions: await db.petitions.toArray(), receptions: await db.receptions.toArray(), petitioners: [] });
    const base = { units: await db.units.toArray(), categories: await db.categories.toArray(), env: caseEnvironment(DEFAULT_SETTINGS), today: '2026-07-01' };
    for (const scope of [{ kind: 'all' }, { kind: 'unitSubtree', unitId: 'unit-1' }] as StatScope[]) {
      for (const p of [quarterPeriod(2026, 2), quarterPeriod(2026, 1), quarterPeriod(2025, 2)]) {
        const fromLoaded = computeStatistics({ ...base, ...loaded, period: p, scope });
        const fromAll = computeStatistics({ ...base, ...all, period: p, scope });
        expect(fromLoaded, `${scope.kind} ${p.from}`).toEqual(fromAll);
      }
    }
    const q2 = computeStatistics({ ...base, ...loaded, period: quarterPeriod(2026, 2), scope: { kind: 'unitSubtree', unitId: 'unit-1' } });
    expect([q2.batches, q2.persons, q2.pieces, q2.repeat.pieces]).toEqual([2, 8, 2, 1]);
    // Candidates: only the matters first received in the window.
    expect(loaded.candidates.map((c) => c.receivedAt).sort()).toEqual(['2025-05-10T09:00', '2026-01-10T09:00', '2026-04-03T09:00', '2026-05-20T09:00']);
  });
});
