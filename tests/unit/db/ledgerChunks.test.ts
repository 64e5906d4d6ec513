import { describe, expect, it } from 'vitest';
import {
  decodeRow,
  encodeRow,
  LEDGER_INDEX_FORMAT,
  ledgerChunkKey,
  packChunk,
  putTuple,
  readChunk,
  StringInterner,
  type RowTuple,
} from '../../../renderer/src/db/ledgerChunks';
import { toLedgerRow, type LedgerRow } from '../../../renderer/src/domain/ledgerQuery';
import { buildSearchText } from '../../../renderer/src/domain/search';
import type { CaseClockFacts } from '../../../renderer/src/domain/deadlines';
import type { Petition } from '../../../renderer/src/domain/types';

function petition(seq: number, overrides: Partial<Petition> = {}): Petition {
  return {
    id: `p-${seq}`,
    regNo: `2026-${String(seq).padStart(4, '0')}`,
    year: 2026,
    seq,
    channel: '来信',
    receivedAt: '2026-05-20T10:00',
    petitionerIds: ['a', 'b'],
    representativeIds: [],
    headcount: 7,
    categoryId: 'cat-01-02',
    nature: '检举控告',
    unitId: null,
    summary: `反映${'采'.repeat(150)}`,
    demands: '要求核查',
    receivingOfficer: '王丽',
    flags: { collective: true, jointLetter: false, anonymous: false, levelSkipping: true, lawRelated: false },
    source: null,
    status: 'inProgress',
    receptionCount: 2,
    searchText: '2026-0001\n张三\nzhangsan\nzs',
    createdAt: '2026-05-20T10:00:00.000',
    updatedAt: '2026-05-21T10:00:00.000',
    ...overrides,
  };
}

const tuple = (seq: number): RowTuple => encodeRow(toLedgerRow(petition(seq), ['张三']));

describe('ledger chunk format', () => {
  it('puts 500 consecutive numbers of a year in one chunk, with keys that sort in registration order', () => {
    expect([ledgerChunkKey(2026, 1), ledgerChunkKey(2026, 499), ledgerChunkKey(2026, 500), ledgerChunkKey(2027, 1)]).toEqual([
      '2026:0000',
      '2026:0000',
      '2026:0001',
      '2027:0000',
    ]);
    const keys = [ledgerChunkKey(2026, 9_999), ledgerChunkKey(2026, 10_000), ledgerChunkKey(2025, 120_000)];
    expect([...keys].sort()).toEqual([ledgerChunkKey(2025, 120_000), ledgerChunkKey(2026, 9_999), ledgerChunkKey(2026, 10_000)]);
  });

  it('gives back every field of a row, with the fields in toLedgerRow’s order', () => {
    const row = toLedgerRow(petition(3), ['张三', '李秀兰']);
    const stored = packChunk('2026:0000', [encodeRow(row)]);
    const read = readChunk(stored);
    if (!('tuples' in read)) throw new Error(read.problem);
    const decoded = decodeRow(read.tuples[0] as RowTuple, new StringInterner());
    expect(decoded).toEqual(row);
    expect(Object.keys(decoded)).toEqual(Object.keys(row));
    expect(decoded.summary).toHaveLength(80);
  });

  it('stores a summary that the search text holds verbatim as its place there, and reads it back equal', () => {
    const strings = new StringInterner();
    const roundTrip = (summary: string, demands = '要求核查') => {
      const searchText = buildSearchText({ names: ['张三'], phones: [], regNo: '2026-0001', summary, demands });
      const row = toLedgerRow(petition(1, { summary, demands, searchText }), ['张三']);
      const t = encodeRow(row);
      return { stored: t[14], read: decodeRow(JSON.parse(JSON.stringify(t)) as RowTuple, strings).summary, expected: row.summary };
    };
    const long = roundTrip(`反映${'采'.repeat(150)}`);
    expect(typeof long.stored).toBe('number');
    expect(long.read).toBe(long.expected);
    expect(long.read).toHaveLength(80);
    const short = roundTrip('反映一号矿井综采一队奖金分配不公开，要求补发', '要求补发差额');
    expect(typeof short.stored).toBe('number');
    expect(short.read).toBe('反映一号矿井综采一队奖金分配不公开，要求补发');
    // Upper case and line breaks are changed in the search text: such a summary is kept as text.
    for (const summary of ['反映GPS定位考勤系统记录有误，要求更正', '反映奖金分配不公开，\n要求补发差额和说明']) {
      const kept = roundTrip(summary);
      expect(kept.stored).toBe(summary);
      expect(kept.read).toBe(summary);
    }
  });

  it('shares one flags object and one copy of each repeated string between rows', () => {
    const strings = new StringInterner();
    const read = readChunk(packChunk('2026:0000', [tuple(1), tuple(2)]));
    if (!('tuples' in read)) throw new Error(read.problem);
    const [a, b] = read.tuples.map((t) => decodeRow(t, strings)) as [LedgerRow, LedgerRow];
    expect(a.flags).toBe(b.flags);
    expect(a.flags).toEqual({ collective: true, jointLetter: false, anonymous: false, levelSkipping: true, lawRelated: false });
    expect(Object.isFrozen(a.flags)).toBe(true);
    expect(strings.intern('cat-01-02')).toBe(a.categoryId);
  });

  it('keeps a chunk ascending by number, replacing a row that is already there', () => {
    const tuples: RowTuple[] = [];
    for (const seq of [5, 2, 9, 7]) putTuple(tuples, tuple(seq));
    putTuple(tuples, encodeRow(toLedgerRow(petition(7, { status: 'closed' }), ['张三'])));
    expect(tuples.map((t) => t[3])).toEqual([2, 5, 7, 9]);
    expect(tuples[2]?.[9]).toBe('closed');
  });

  it('reports a chunk of another format, or one that is not its JSON, instead of misreading it', () => {
    const good = packChunk('2026:0000', [tuple(1)]);
    expect(readChunk(good)).toEqual({ tuples: [tuple(1)] });
    expect(readChunk({ ...good, format: LEDGER_INDEX_FORMAT + 1 })).toEqual({ problem: expect.stringContaining('格式') });
    expect(readChunk({ ...good, rows: '[["p-1", "2026-0001"' })).toEqual({ problem: expect.stringContaining('无法解析') });
    expect(readChunk({ ...good, rows: '[["p-1", "2026-0001"]]' })).toEqual({ problem: expect.stringContaining('不是台账行') });
  });

  describe('clock facts', () => {
    const strings = () => new StringInterner();
    const roundTrip = (row: LedgerRow, interner = strings()) => decodeRow(JSON.parse(JSON.stringify(encodeRow(row))) as RowTuple, interner);
    const assigned: CaseClockFacts = {
      nature: '检举控告',
      receivedAt: '2026-05-20',
      acceptedAt: '2026-05-21',
      assignment: { unitId: 'unit-1-1', unitName: '一号矿井', leader: '王矿长', handler: '李科长', dueDate: '2026-06-20', assignedAt: '2026-05-22' },
      lastSupervisedAt: '2026-05-24',
      pauses: [{ from: '2026-05-23', reason: '听证' }],
    };

    it.each<[string, CaseClockFacts, unknown]>([
      ['stores an open case’s facts without the nature and day the row already holds', assigned, { acceptedAt: '2026-05-21', assignment: assigned.assignment, lastSupervisedAt: '2026-05-24', pauses: assigned.pauses }],
      ['keeps a nature or day that differs from the row’s', { nature: '申诉求决', receivedAt: '2026-05-19' }, { nature: '申诉求决', receivedAt: '2026-05-19' }],
      ['stores the bare facts of a case only registered as an empty object', { nature: '检举控告', receivedAt: '2026-05-20' }, {}],
    ])('%s, and reads them back equal', (_rule, facts, stored) => {
      const row = toLedgerRow(petition(4), ['张三'], facts);
      expect(encodeRow(row)[16]).toEqual(stored);
      expect(roundTrip(row)).toEqual(row);
      expect(roundTrip(row).caseFacts).toEqual(facts);
    });

    it.each(['closed', 'rejected', 'forwarded', 'final'] as const)('a %s case carries no facts, in memory or stored', (status) => {
      const row = toLedgerRow(petition(5, { status, caseFacts: assigned }), ['张三']);
      expect(row.caseFacts).toBeNull();
      expect(encodeRow(row)[16]).toBeNull();
      expect(roundTrip(row).caseFacts).toBeNull();
    });

    it('shares one frozen facts object between the registered cases of the same nature and day', () => {
      const interner = strings();
      const bare = { nature: '检举控告', receivedAt: '2026-05-20' } as const;
      const [a, b, c] = [1, 2, 3].map((seq) => roundTrip(toLedgerRow(petition(seq, { status: 'registered' }), ['张三'], bare), interner));
      const d = roundTrip(toLedgerRow(petition(4, { receivedAt: '2026-05-21T08:00' }), ['张三'], { ...bare, receivedAt: '2026-05-21' }), interner);
      expect(a?.caseFacts).toBe(b?.caseFacts);
      expect(a?.caseFacts).toBe(c?.caseFacts);
      expect(Object.isFrozen(a?.caseFacts)).toBe(true);
      expect(d?.caseFacts).not.toBe(a?.caseFacts);
      expect(d?.caseFacts).toEqual({ nature: '检举控告', receivedAt: '2026-05-21' });
    });

    it('refuses a chunk of 16-field rows (format 1, before the facts) even if its format were mislabelled', () => {
      const old = JSON.stringify([tuple(1).slice(0, 16)]);
      expect(readChunk({ key: '2026:0000', format: LEDGER_INDEX_FORMAT, rows: old })).toEqual({ problem: expect.stringContaining('不是台账行') });
      expect(readChunk({ key: '2026:0000', format: 1, rows: old })).toEqual({ problem: expect.stringContaining('格式为 1') });
    });
  });
});
