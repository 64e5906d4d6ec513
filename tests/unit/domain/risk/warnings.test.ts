import { describe, expect, it } from 'vitest';
import type { LedgerReception, LedgerRow } from '../../../../renderer/src/domain/ledgerQuery';
import type { PetitionFlags } from '../../../../renderer/src/domain/types';
import { DEFAULT_WARNING_THRESHOLDS, riskWarnings } from '../../../../renderer/src/domain/risk/warnings';

const NO_FLAGS: PetitionFlags = {
  collective: false,
  jointLetter: false,
  anonymous: false,
  levelSkipping: false,
  lawRelated: false,
};
const contact = (receivedAt: string, more: Partial<LedgerReception> = {}): LedgerReception => ({
  receivedAt,
  channel: '来访',
  headcount: 1,
  isRepeat: true,
  flags: NO_FLAGS,
  ...more,
});

/** A petition received at `receivedAt` (its registration contact first), with later contacts. */
function row(id: string, receivedAt: string, over: Partial<LedgerRow> = {}, later: LedgerReception[] = []): LedgerRow {
  const flags = over.flags ?? NO_FLAGS;
  return {
    id,
    regNo: `2026-${id}`,
    year: 2026,
    seq: 1,
    channel: '来访',
    receivedAt,
    categoryId: 'wages',
    nature: '申诉求决',
    unitId: 'mine-1',
    status: 'inProgress',
    flags,
    receptionCount: 1 + later.length,
    headcount: 1,
    petitionerNames: ['张三'],
    summary: '',
    searchText: '',
    caseFacts: null,
    leader: null,
    identityTypes: [],
    receptions: [contact(receivedAt, { isRepeat: false, flags }), ...later],
    confidential: false,
    confidentialView: null,
    ...over,
  };
}

const TODAY = '2026-06-30';
// Hand-counted. Windows: cluster and flagged 06-01…06-30 (30 days), repeat 05-02…06-30 (60 days).
const ROWS: LedgerRow[] = [
  // 工资 at 一号矿井: A, B, C inside 30 days (3: a cluster); D on 05-31 is outside.
  row('A', '2026-06-02T09:00'),
  row('B', '2026-06-15T10:00'),
  row('C', '2026-06-29T15:00'),
  row('D', '2026-05-31T09:00'),
  // 工资 at 二号矿井: two only.
  row('E', '2026-06-10T09:00', { unitId: 'mine-2' }),
  row('F', '2026-06-11T09:00', { unitId: 'mine-2' }),
  // 住房 at 一号矿井: three, but G is already on the screening ledger: two count.
  row('G', '2026-06-10T09:00', { categoryId: 'housing' }),
  row('H', '2026-06-11T09:00', { categoryId: 'housing' }),
  row('I', '2026-06-12T09:00', { categoryId: 'housing' }),
  // An old matter whose later visit on 06-20 was a 集体访; another whose 集体访 was on 05-20, outside 30 days.
  row('J', '2026-05-01T09:00', { categoryId: 'retiree' }, [
    contact('2026-06-20T09:00', { headcount: 12, flags: { ...NO_FLAGS, collective: true } }),
  ]),
  row('K', '2026-05-20T09:00', { categoryId: 'retiree', flags: { ...NO_FLAGS, collective: true } }),
  // A 越级访 registered on 06-25.
  row('L', '2026-06-25T09:00', { categoryId: 'insurance', flags: { ...NO_FLAGS, levelSkipping: true } }),
  // Four repeat visits within 60 days (05-05, 05-20, 06-10, 06-28); another with only one (06-20) inside them.
  row('M', '2026-04-01T09:00', { categoryId: 'social' }, [
    contact('2026-05-05T09:00'),
    contact('2026-05-20T09:00'),
    contact('2026-06-10T09:00'),
    contact('2026-06-28T09:00'),
  ]),
  row('N', '2026-03-01T09:00', { categoryId: 'social' }, [
    contact('2026-03-15T09:00'),
    contact('2026-04-20T09:00'),
    contact('2026-06-20T09:00'),
  ]),
];

describe('研判预警 (suggestions to 挂号 from the petition ledger)', () => {
  it('finds exactly the hand-counted situations, newest first', () => {
    const warnings = riskWarnings(ROWS, TODAY, { registered: new Set(['G']) });
    // count: the cluster's petitions; M's repeat visits within 60 days; one 越级访 and one 集体访 contact.
    expect(warnings.map((w) => [w.kind, w.petitionIds, w.count])).toEqual([
      ['cluster', ['C', 'B', 'A'], 3],
      ['repeat', ['M'], 4],
      ['levelSkipping', ['L'], 1],
      ['collective', ['J'], 1],
    ]);
    expect(warnings[0]).toMatchObject({ key: 'cluster:wages|mine-1', categoryId: 'wages', unitId: 'mine-1' });
  });

  it('counts the housing cluster once G is not yet on the ledger', () => {
    const kinds = riskWarnings(ROWS, TODAY).map((w) => w.key);
    expect(kinds).toContain('cluster:housing|mine-1');
  });

  it('keeps a dismissed suggestion hidden until a new petition joins it', () => {
    const dismissed = [{ key: 'cluster:wages|mine-1', petitionIds: ['A', 'B', 'C'] }];
    const options = { registered: new Set(['G']), dismissed };
    expect(riskWarnings(ROWS, TODAY, options).map((w) => w.kind)).not.toContain('cluster');
    const joined = riskWarnings([...ROWS, row('P', '2026-06-30T08:30')], TODAY, options);
    expect(joined.find((w) => w.kind === 'cluster')?.petitionIds).toEqual(['P', 'C', 'B', 'A']);
  });

  it('reads its thresholds from settings', () => {
    const thresholds = {
      ...DEFAULT_WARNING_THRESHOLDS,
      cluster: { petitions: 2, days: 30 },
      repeat: { visits: 1, days: 60 },
    };
    const keys = riskWarnings(ROWS, TODAY, { thresholds, registered: new Set(['G']) }).map((w) => w.key);
    expect(keys).toEqual(expect.arrayContaining(['cluster:wages|mine-2', 'cluster:housing|mine-1', 'repeat:N']));
  });

  it('ignores contacts after today (a clock set back) and petitions without unit or category for clusters', () => {
    const rows = [
      row('Q', '2026-06-20T09:00', { unitId: null }),
      row('R', '2026-06-21T09:00', { unitId: null }),
      row('S', '2026-06-22T09:00', { unitId: null }),
      row('T', '2026-07-02T09:00', { categoryId: 'x', flags: { ...NO_FLAGS, collective: true } }),
    ];
    expect(riskWarnings(rows, TODAY)).toEqual([]);
  });

  it('raises nothing from a confidential petition (检举控告 or marked 保密): a suggestion would tell the unit it was reported', () => {
    const secret = { confidential: true };
    const rows = [
      row('U', '2026-06-20T09:00', secret),
      row('V', '2026-06-21T09:00', secret),
      row('W', '2026-06-22T09:00', secret),
      row('X', '2026-06-25T09:00', { ...secret, flags: { ...NO_FLAGS, collective: true } }),
    ];
    expect(riskWarnings(rows, TODAY)).toEqual([]);
  });

  it('brings a dismissed 集体访 back when a later 集体访 comes on the same petition', () => {
    const first = contact('2026-06-10T09:00', { headcount: 8, flags: { ...NO_FLAGS, collective: true } });
    const before = row('Y', '2026-05-01T09:00', { categoryId: 'x' }, [first]);
    const [warning] = riskWarnings([before], TODAY);
    if (!warning) throw new Error('a 集体访 suggestion expected');
    const dismissed = [{ key: warning.key, petitionIds: warning.petitionIds, latestAt: warning.latestAt }];
    expect(riskWarnings([before], TODAY, { dismissed })).toEqual([]);
    const again = contact('2026-06-28T09:00', { headcount: 9, flags: { ...NO_FLAGS, collective: true } });
    const after = row('Y', '2026-05-01T09:00', { categoryId: 'x' }, [first, again]);
    expect(riskWarnings([after], TODAY, { dismissed }).map((w) => [w.kind, w.count])).toEqual([['collective', 2]]);
  });
});
