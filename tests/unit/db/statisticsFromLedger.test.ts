import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyCaseAction } from '../../../renderer/src/db/cases';
import type { DeskDatabase } from '../../../renderer/src/db/database';
import { linkReception, loadLedgerRows, registerPetition } from '../../../renderer/src/db/petitions';
import { getSettings } from '../../../renderer/src/db/settings';
import { caseEnvironment } from '../../../renderer/src/domain/caseEnvironment';
import type { CaseAction } from '../../../renderer/src/domain/workflowPayloads';
import {
  computeStatistics,
  monthlyTrend,
  quarterPeriod,
  statRecordsFromLedger,
  toStatRecords,
  yearPeriod,
  type StatPeriod,
  type StatScope,
} from '../../../renderer/src/domain/statistics';
import { createWorkCalendar } from '../../../renderer/src/domain/workCalendar';
import { queryLedger, DEFAULT_LEDGER_SORT } from '../../../renderer/src/domain/ledgerQuery';
import { barLink, computeDashboard } from '../../../renderer/src/features/dashboard/dashboardData';
import { ledgerViewFromSearch, toLedgerQuery } from '../../../renderer/src/services/ledgerView';
import { person, visit } from '../domain/fixtures';
import { freshDb } from './helpers';

let db: DeskDatabase;
beforeEach(() => {
  db = freshDb();
});
afterEach(() => db.close());

const at = (iso: string) => new Date(iso);
const act = (id: string, action: CaseAction, payload: object, day: string) =>
  applyCaseAction(db, id, action, payload, { now: at(`${day}T10:00`), calendar: createWorkCalendar() });
const GROUP = { jointLetter: false, anonymous: false, levelSkipping: true, lawRelated: false };

/**
 * An office's half year through the repositories: visits, letters, a group visit that skipped a level, repeat visits
 * (one by a group, one by letter), and cases accepted, replied, followed up, closed, rejected and forwarded.
 */
async function registerHalfYear(): Promise<void> {
  const a = await registerPetition(db, visit({ receivedAt: '2026-01-12T09:00' }), at('2026-01-12T10:00'));
  await act(a.id, 'accept', {}, '2026-01-13');
  await act(
    a.id,
    'reply',
    { claims: [{ claim: '补发', outcome: '予以支持', opinion: '补发差额' }], servedAt: '2026-02-20' },
    '2026-02-20',
  );
  await act(a.id, 'followUp', { date: '2026-02-25', satisfaction: '基本满意' }, '2026-02-25');
  await act(a.id, 'close', {}, '2026-02-26');

  const b = await registerPetition(
    db,
    visit({
      receivedAt: '2026-04-03T09:00',
      categoryId: 'cat-03-01',
      unitId: 'unit-1-1',
      headcount: 8,
      flags: GROUP,
      petitioners: [
        person({ name: '李秀兰', idNumber: '', phone: '13912345678', identityType: '离退休人员' }),
        person({ name: '赵丽', idNumber: '', phone: '13712345678', identityType: '职工家属' }),
      ],
    }),
    at('2026-04-03T10:00'),
  );
  await act(b.id, 'accept', {}, '2026-04-03');
  await linkReception(
    db,
    b.id,
    visit({
      receivedAt: '2026-05-06T09:00',
      headcount: 6,
      flags: { ...GROUP, levelSkipping: false },
      petitioners: [person({ name: '李秀兰', idNumber: '', phone: '13912345678', identityType: '离退休人员' })],
    }),
    at('2026-05-06T10:00'),
  );
  await linkReception(
    db,
    b.id,
    visit({
      channel: '来信',
      receivedAt: '2026-05-20T09:00',
      headcount: 1,
      petitioners: [person({ name: '李秀兰', idNumber: '', phone: '13912345678', identityType: '离退休人员' })],
    }),
    at('2026-05-20T10:00'),
  );

  const c = await registerPetition(
    db,
    visit({
      channel: '来信',
      receivedAt: '2026-05-08T15:00',
      categoryId: 'cat-06',
      nature: '求助',
      unitId: 'unit-1-2',
      petitioners: [person({ name: '王建国', idNumber: '', phone: '13600001111', identityType: '内退人员' })],
    }),
    at('2026-05-08T16:00'),
  );
  await act(c.id, 'reject', { reason: '已依法处理', whereToApply: '人民法院' }, '2026-05-09');
  const d = await registerPetition(
    db,
    visit({
      channel: '来电',
      receivedAt: '2026-06-15T11:00',
      nature: '检举控告',
      petitioners: [person({ name: '陈红', idNumber: '', phone: '13500001111' })],
    }),
    at('2026-06-15T12:00'),
  );
  await act(d.id, 'forwardToDiscipline', { toBody: '纪检监察机构' }, '2026-06-16');
  await registerPetition(db, visit({ receivedAt: '2026-06-30T17:00', unitId: null }), at('2026-06-30T17:30'));
}

async function storedRecords() {
  return toStatRecords({
    petitions: await db.petitions.toArray(),
    receptions: await db.receptions.toArray(),
    petitioners: await db.petitioners.toArray(),
  });
}

describe('statistics from the ledger’s in-memory rows', () => {
  it.each<[string, StatPeriod, StatScope]>([
    ['2026 Q2, whole company', quarterPeriod(2026, 2), { kind: 'all' }],
    ['2026, whole company', yearPeriod(2026), { kind: 'all' }],
    ['2026 Q1, 一号矿井 and below', quarterPeriod(2026, 1), { kind: 'unitSubtree', unitId: 'unit-1-1' }],
    ['2026, 选煤厂 and below', yearPeriod(2026), { kind: 'unitSubtree', unitId: 'unit-1-2' }],
    ['2026, 一号矿井机关党支部', yearPeriod(2026), { kind: 'branch', branch: '一号矿井机关党支部' }],
  ])('give every figure the stored records give: %s', async (_name, period, scope) => {
    await registerHalfYear();
    const env = caseEnvironment(await getSettings(db));
    const [units, categories] = [await db.units.toArray(), await db.categories.toArray()];
    const fromRows = statRecordsFromLedger(await loadLedgerRows(db));
    const fromStore = await storedRecords();
    const input = { units, categories, period, scope, env, today: '2026-07-01' };
    const expected = computeStatistics({ ...input, ...fromStore });
    expect(computeStatistics({ ...input, ...fromRows })).toEqual(expected);
    expect(monthlyTrend({ ...input, ...fromRows })).toEqual(monthlyTrend({ ...input, ...fromStore }));
  });

  it('counts the registered half year as written: contacts by their own day, the rating from the 回访', async () => {
    await registerHalfYear();
    const env = caseEnvironment(await getSettings(db));
    const records = statRecordsFromLedger(await loadLedgerRows(db));
    const base = {
      ...records,
      units: await db.units.toArray(),
      categories: await db.categories.toArray(),
      env,
      scope: { kind: 'all' } as const,
      today: '2026-07-01',
    };
    const q2 = computeStatistics({ ...base, period: quarterPeriod(2026, 2) });
    // 件: b, c, d, e. 批次: b's visit (8), its repeat visit (6), d's call (1), e's visit (1); letters count in 件 only.
    expect([q2.pieces, q2.batches, q2.persons]).toEqual([4, 4, 16]);
    expect(q2.collective).toEqual({ batches: 2, persons: 14 });
    expect(q2.levelSkipping).toEqual({ batches: 1, persons: 8 });
    expect(q2.repeat).toMatchObject({ batches: 1, persons: 6, pieces: 1 });
    expect(q2.acceptance).toEqual({ accepted: 1, rejected: 1, forwarded: 1 });
    expect(q2.byIdentity.filter((r) => r.count > 0).map((r) => [r.name, r.count])).toEqual([
      ['在职职工', 2],
      ['离退休人员', 1],
      ['内退人员', 1],
      ['职工家属', 1],
    ]);
    const q1 = computeStatistics({ ...base, period: quarterPeriod(2026, 1) });
    expect(q1.satisfaction).toMatchObject({
      replied: 1,
      rated: 1,
      basicallySatisfied: 1,
      satisfactionRate: 1,
      ratingRate: 1,
    });
    expect(
      monthlyTrend({ ...base, period: quarterPeriod(2026, 2) }).map((m) => [m.month, m.pieces, m.batches, m.persons]),
    ).toEqual([
      ['2026-04', 1, 1, 8],
      ['2026-05', 1, 1, 6],
      ['2026-06', 2, 2, 2],
    ]);
  });
});

describe('the dashboard’s links to the ledger', () => {
  it.each<[string, StatScope]>([
    ['the whole company', { kind: 'all' }],
    ['一号矿井 and below', { kind: 'unitSubtree', unitId: 'unit-1-1' }],
    // The branch covers 一号矿井 itself but not 综采一队 below it (a branch of its own): the link lists units exactly.
    ['一号矿井机关党支部', { kind: 'branch', branch: '一号矿井机关党支部' }],
    ['综采一队党支部', { kind: 'branch', branch: '综采一队党支部' }],
  ])(
    'open a ledger whose count equals the figure, for every 件, category, unit and month (%s)',
    async (_name, scope) => {
      await registerHalfYear();
      const env = caseEnvironment(await getSettings(db));
      const [units, categories, rows] = [
        await db.units.toArray(),
        await db.categories.toArray(),
        await loadLedgerRows(db),
      ];
      const ledgerCount = (link: string) => {
        const linked = ledgerViewFromSearch(new URLSearchParams(link.slice(link.indexOf('?') + 1)));
        if (!linked) throw new Error(`no filter in ${link}`);
        expect(linked.problems).toEqual([]);
        return queryLedger(rows, {
          ...toLedgerQuery(linked.view, categories, units),
          sort: DEFAULT_LEDGER_SORT,
          page: 1,
          pageSize: 10,
        }).total;
      };
      const dashboard = computeDashboard({
        rows,
        units,
        categories,
        env,
        period: yearPeriod(2026),
        kind: 'year',
        scope,
        today: '2026-07-01',
      });
      const figures: [string, number, string][] = [];
      const pieces = dashboard.headlines.find((h) => h.key === 'pieces');
      if (!pieces?.link) throw new Error('件 has no link');
      figures.push(['件', dashboard.current.pieces, pieces.link]);
      for (const r of dashboard.current.byCategory)
        if (r.key !== null) figures.push([r.name, r.count, barLink(dashboard.baseFilter, { categoryId: r.key })]);
      for (const r of dashboard.current.byUnit)
        if (r.key !== null) figures.push([r.name, r.count, barLink(dashboard.baseFilter, { unitId: r.key })]);
      for (const m of dashboard.trend)
        figures.push([m.month, m.pieces, barLink(dashboard.baseFilter, { period: m.period })]);
      expect(figures.length).toBeGreaterThan(12);
      expect(figures.map(([name, , link]) => [name, ledgerCount(link)])).toEqual(
        figures.map(([name, count]) => [name, count]),
      );
    },
  );

  it('a 党支部 that leaves out a sub-unit counts fewer than the unit’s subtree, and so does its ledger', async () => {
    await registerHalfYear();
    const env = caseEnvironment(await getSettings(db));
    const [units, categories, rows] = [
      await db.units.toArray(),
      await db.categories.toArray(),
      await loadLedgerRows(db),
    ];
    const of = (scope: StatScope) =>
      computeDashboard({
        rows,
        units,
        categories,
        env,
        period: yearPeriod(2026),
        kind: 'year',
        scope,
        today: '2026-07-01',
      });
    // 一号矿井 and below: a, b, d (a and d at 综采一队, which has a branch of its own); its 机关党支部: only b.
    expect(of({ kind: 'unitSubtree', unitId: 'unit-1-1' }).current.pieces).toBe(3);
    const branch = of({ kind: 'branch', branch: '一号矿井机关党支部' });
    expect(branch.current.pieces).toBe(1);
    expect(branch.baseFilter.exactUnits).toBe(true);
    expect(branch.baseFilter.unitIds).toContain('unit-1-1');
    expect(branch.baseFilter.unitIds).not.toContain('unit-1-1-1');
  });
});
