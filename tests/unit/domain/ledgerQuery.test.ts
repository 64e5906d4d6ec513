import { describe, expect, it } from 'vitest';
import {
  compareLedgerDefault,
  expandToDescendants,
  mergeLedgerRows,
  queryLedger,
  type LedgerQuery,
  type LedgerRow,
} from '../../../renderer/src/domain/ledgerQuery';
import { buildSearchText } from '../../../renderer/src/domain/search';
import { CHANNELS, NATURES, type PetitionStatus } from '../../../renderer/src/domain/types';

const NO_FLAGS = { collective: false, jointLetter: false, anonymous: false, levelSkipping: false, lawRelated: false };

function row(seq: number, receivedAt: string, overrides: Partial<LedgerRow> = {}): LedgerRow {
  const names = overrides.petitionerNames ?? ['张三'];
  const summary = overrides.summary ?? '反映拖欠工资';
  const regNo = `2026-${String(seq).padStart(4, '0')}`;
  return {
    id: `p${seq}`,
    regNo,
    year: 2026,
    seq,
    channel: '来访',
    receivedAt,
    categoryId: 'cat-01-01',
    nature: '申诉求决',
    unitId: 'unit-1-1-1',
    status: 'registered',
    flags: NO_FLAGS,
    receptionCount: 1,
    headcount: 1,
    petitionerNames: names,
    summary,
    searchText: buildSearchText({ names, phones: ['13800001111'], regNo, summary, demands: '' }),
    caseFacts: null,
    leader: null,
    identityTypes: [],
    receptions: [{ receivedAt, channel: '来访', headcount: 1, isRepeat: false, flags: NO_FLAGS }],
    confidential: false,
    confidentialView: null,
    ...overrides,
  };
}

const ROWS = [
  row(1, '2026-03-02T09:00', { petitionerNames: ['张三'], headcount: 1 }),
  row(2, '2026-03-15T14:30', {
    petitionerNames: ['李秀兰'],
    summary: '反映采煤沉陷房屋裂缝',
    categoryId: 'cat-10',
    unitId: 'unit-1-2',
    channel: '来信',
  }),
  row(3, '2026-03-31T23:59', {
    petitionerNames: ['王建国', '赵丽'],
    headcount: 12,
    flags: { ...NO_FLAGS, collective: true, levelSkipping: true },
    receptionCount: 3,
  }),
  row(4, '2026-04-01T00:00', {
    petitionerNames: ['刘强'],
    status: 'accepted',
    nature: '求助',
    categoryId: 'cat-11',
    receptionCount: 2,
  }),
  row(5, '2026-04-01T00:00', {
    petitionerNames: ['陈红'],
    flags: { ...NO_FLAGS, anonymous: true },
    unitId: null,
    categoryId: null,
  }),
].sort(compareLedgerDefault);

const q = (over: Partial<LedgerQuery> = {}): LedgerQuery => ({
  sort: { field: 'receivedAt', order: 'desc' },
  page: 1,
  pageSize: 20,
  ...over,
});
const nos = (r: { rows: LedgerRow[] }) => r.rows.map((x) => x.regNo.slice(-1)).join('');

describe('ledger query', () => {
  it('lists newest first, the higher number first on a tie', () => {
    expect(nos(queryLedger(ROWS, q()))).toBe('54321');
  });

  it('filters by an inclusive period on the received day', () => {
    expect(nos(queryLedger(ROWS, q({ from: '2026-03-15', to: '2026-03-31' })))).toBe('32');
    expect(nos(queryLedger(ROWS, q({ from: '2026-04-01' })))).toBe('54');
  });

  it('filters by channel, category set, nature, unit set and status', () => {
    expect(nos(queryLedger(ROWS, q({ channels: ['来信'] })))).toBe('2');
    expect(nos(queryLedger(ROWS, q({ categoryIds: ['cat-10', 'cat-11'] })))).toBe('42');
    expect(nos(queryLedger(ROWS, q({ natures: ['求助'] })))).toBe('4');
    expect(nos(queryLedger(ROWS, q({ unitIds: ['unit-1-2'] })))).toBe('2');
    expect(nos(queryLedger(ROWS, q({ statuses: ['accepted'] })))).toBe('4');
  });

  it('requires every chosen flag, with 重复访 meaning more than one reception', () => {
    expect(nos(queryLedger(ROWS, q({ flags: ['repeat'] })))).toBe('43');
    expect(nos(queryLedger(ROWS, q({ flags: ['repeat', 'collective'] })))).toBe('3');
    expect(nos(queryLedger(ROWS, q({ flags: ['collective', 'anonymous'] })))).toBe('');
  });

  it('searches names by pinyin initials, full pinyin and characters, and the summary', () => {
    expect(nos(queryLedger(ROWS, q({ text: 'lxl' })))).toBe('2');
    expect(nos(queryLedger(ROWS, q({ text: 'wangjianguo' })))).toBe('3');
    expect(nos(queryLedger(ROWS, q({ text: '赵丽' })))).toBe('3');
    expect(nos(queryLedger(ROWS, q({ text: '沉陷 裂缝' })))).toBe('2');
    expect(nos(queryLedger(ROWS, q({ text: '2026-0004' })))).toBe('4');
  });

  it('sorts by received time ascending, number, headcount and reception count', () => {
    expect(nos(queryLedger(ROWS, q({ sort: { field: 'receivedAt', order: 'asc' } })))).toBe('12345');
    expect(nos(queryLedger(ROWS, q({ sort: { field: 'regNo', order: 'asc' } })))).toBe('12345');
    expect(nos(queryLedger(ROWS, q({ sort: { field: 'regNo', order: 'desc' } })))).toBe('54321');
    expect(nos(queryLedger(ROWS, q({ sort: { field: 'headcount', order: 'desc' } })))).toBe('35421');
    // Ties keep the natural order (newest first) whatever the direction.
    expect(nos(queryLedger(ROWS, q({ sort: { field: 'receptionCount', order: 'asc' } })))).toBe('52143');
  });

  it('pages after filtering and sorting, reporting the filtered total', () => {
    const page2 = queryLedger(ROWS, q({ pageSize: 2, page: 2 }));
    expect(page2.total).toBe(5);
    expect(nos(page2)).toBe('32');
    expect(nos(queryLedger(ROWS, q({ pageSize: 2, page: 3, sort: { field: 'receivedAt', order: 'asc' } })))).toBe('5');
    expect(queryLedger(ROWS, q({ pageSize: 2, page: 4 })).rows).toEqual([]);
    const filtered = queryLedger(ROWS, q({ pageSize: 1, page: 2, flags: ['repeat'] }));
    expect([filtered.total, nos(filtered)]).toEqual([2, '3']);
  });

  it('does not reorder the caller’s rows when sorting', () => {
    const before = ROWS.map((r) => r.id).join();
    queryLedger(ROWS, q({ sort: { field: 'headcount', order: 'desc' } }));
    expect(ROWS.map((r) => r.id).join()).toBe(before);
  });

  it('merges changed rows back into the natural order', () => {
    const merged = mergeLedgerRows(ROWS, [row(6, '2026-03-20T08:00'), { ...ROWS[0]!, headcount: 99 }]);
    expect(merged.map((r) => r.seq).join('')).toBe('543621');
    expect(merged.find((r) => r.seq === 5)?.headcount).toBe(99);
  });

  it('expands a first-level category or a unit to its descendants', () => {
    const tree = [
      { id: 'a', parentId: null },
      { id: 'a1', parentId: 'a' },
      { id: 'a1x', parentId: 'a1' },
      { id: 'b', parentId: null },
    ];
    expect(expandToDescendants(tree, ['a']).sort()).toEqual(['a', 'a1', 'a1x']);
    expect(expandToDescendants(tree, ['b', 'a1x']).sort()).toEqual(['a1x', 'b']);
  });
});

describe('ledger query at 100,000 rows', () => {
  const SURNAMES = ['张', '李', '王', '刘', '陈', '杨', '赵', '黄', '周', '吴'];
  const GIVEN = ['三', '秀兰', '建国', '丽', '强', '红', '伟', '芳', '军', '敏'];
  const STATUSES: PetitionStatus[] = ['registered', 'accepted', 'assigned', 'inProgress', 'replied', 'closed'];
  // Search text is built the way the app builds it, but for 100 names only, so setup stays quick.
  const textCache = new Map<string, string>();
  const big: LedgerRow[] = [];
  for (let i = 0; i < 100_000; i++) {
    const name = `${SURNAMES[i % 10]}${GIVEN[(i * 7) % 10]}`;
    const day = new Date(2024, 0, 1 + Math.floor(i / 110), 8 + (i % 9), i % 60);
    const receivedAt = `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}T${String(day.getHours()).padStart(2, '0')}:${String(day.getMinutes()).padStart(2, '0')}`;
    let text = textCache.get(name);
    if (text === undefined) {
      text = buildSearchText({ names: [name], phones: [], regNo: '', summary: '', demands: '' });
      textCache.set(name, text);
    }
    big.push({
      ...row(i + 1, receivedAt),
      channel: CHANNELS[i % CHANNELS.length]!,
      nature: NATURES[i % NATURES.length]!,
      categoryId: `cat-${String((i % 15) + 1).padStart(2, '0')}`,
      status: STATUSES[i % STATUSES.length]!,
      headcount: 1 + (i % 13),
      receptionCount: 1 + (i % 4 === 0 ? 1 : 0),
      petitionerNames: [name],
      searchText: `${text}\n2026-${i}\n反映第${i % 500}号问题`,
    });
  }
  big.sort(compareLedgerDefault);

  const cases: [string, Partial<LedgerQuery>][] = [
    ['first page, no filter', {}],
    ['channel + status filter', { channels: ['来访', '来信'], statuses: ['accepted'] }],
    ['pinyin initials search', { text: 'zs' }],
    ['text search, two terms', { text: '问题 zhangsan' }],
    ['sort by headcount desc, no filter', { sort: { field: 'headcount', order: 'desc' } }],
    ['sort by reception count asc, no filter', { sort: { field: 'receptionCount', order: 'asc' } }],
    ['sort by regNo desc, no filter', { sort: { field: 'regNo', order: 'desc' } }],
    [
      'sort by regNo asc with period filter',
      { from: '2024-06-01', to: '2025-06-30', sort: { field: 'regNo', order: 'asc' } },
    ],
    ['received time ascending', { sort: { field: 'receivedAt', order: 'asc' } }],
  ];

  it.each(cases)('answers “%s” in under 200 ms', (_name, over) => {
    const query = q({ pageSize: 50, ...over });
    queryLedger(big, query); // warm the JIT as a session's second query would be
    const times: number[] = [];
    let total = 0;
    for (let k = 0; k < 5; k++) {
      const t0 = performance.now();
      total = queryLedger(big, query).total;
      times.push(performance.now() - t0);
    }
    const median = times.sort((a, b) => a - b)[2]!;
    console.log(`queryLedger 100k ${_name}: median ${median.toFixed(1)} ms, ${total} matches`);
    expect(total).toBeGreaterThan(0);
    expect(median).toBeLessThan(200);
  });
});
