import { describe, expect, it } from 'vitest';
import { ledgerChunkKey, packChunk, putRow, readChunk } from '../../../renderer/src/ledger/chunks';
import {
  columnsProblem,
  decodeColumns,
  encodeColumns,
  LEDGER_FIELDS,
  LEDGER_FORMAT,
  ledgerFormatOf,
  SharedValues,
  type LedgerField,
  type StoredColumns,
} from '../../../renderer/src/ledger/codec';
import {
  toLedgerRow,
  type LedgerReception,
  type LedgerRow,
  type LedgerRowRelated,
} from '../../../renderer/src/domain/ledgerQuery';
import { buildSearchText } from '../../../renderer/src/domain/search';
import type { CaseClockFacts } from '../../../renderer/src/domain/deadlines';
import { buildCaseBoard } from '../../../renderer/src/domain/caseBoard';
import { caseEnvironment } from '../../../renderer/src/domain/caseEnvironment';
import { DEFAULT_SETTINGS } from '../../../renderer/src/domain/defaults';
import type { IdentityType, Petition } from '../../../renderer/src/domain/types';

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

/** The registration's own contact of petition(seq, overrides). */
function ownContact(p: Petition): LedgerReception {
  return { receivedAt: p.receivedAt, channel: p.channel, headcount: p.headcount, isRepeat: false, flags: p.flags };
}

/** The petitioners' names and 身份 and the petition's contacts: its registration's unless others are given. */
function related(
  names: string[],
  p: Petition = petition(1),
  more: { types?: (IdentityType | null)[]; receptions?: LedgerReception[] } = {},
): LedgerRowRelated {
  return {
    petitionerNames: names,
    identityTypes: more.types ?? ['在职职工'],
    receptions: more.receptions ?? [ownContact(p)],
  };
}

/** The row of petition(seq, overrides) with its own contact. */
function rowOf(seq: number, overrides: Partial<Petition> = {}, names = ['张三'], facts?: CaseClockFacts): LedgerRow {
  const p = petition(seq, overrides);
  return toLedgerRow(p, related(names, p), facts);
}

/** What the chunk stores of this row's field (a repeated string as its place in the chunk's dictionary). */
const storedField = (row: LedgerRow, name: keyof LedgerRow): unknown => encodeColumns([row]).columns[name]?.[0];

/** The row written into a chunk's columns and read back, as a load reads it. */
const roundTrip = (row: LedgerRow, shared = new SharedValues()): LedgerRow =>
  decodeColumns(JSON.parse(JSON.stringify(encodeColumns([row]))) as StoredColumns, shared)[0] as LedgerRow;

/** The rows of a chunk, or the test fails with its problem. */
function rowsIn(chunk: ReturnType<typeof packChunk>, shared = new SharedValues()): LedgerRow[] {
  const read = readChunk(chunk, shared);
  if (!('rows' in read)) throw new Error(read.problem);
  return read.rows;
}

describe('ledger chunk format', () => {
  it('puts 500 consecutive numbers of a year in one chunk, with keys that sort in registration order', () => {
    expect([
      ledgerChunkKey(2026, 1),
      ledgerChunkKey(2026, 499),
      ledgerChunkKey(2026, 500),
      ledgerChunkKey(2027, 1),
    ]).toEqual(['2026:0000', '2026:0000', '2026:0001', '2027:0000']);
    const keys = [ledgerChunkKey(2026, 9_999), ledgerChunkKey(2026, 10_000), ledgerChunkKey(2025, 120_000)];
    expect([...keys].sort()).toEqual([
      ledgerChunkKey(2025, 120_000),
      ledgerChunkKey(2026, 9_999),
      ledgerChunkKey(2026, 10_000),
    ]);
  });

  it('gives back every field of a row, with the fields in toLedgerRow’s order', () => {
    const row = rowOf(3, {}, ['张三', '李秀兰']);
    const decoded = rowsIn(packChunk('2026:0000', [row]))[0] as LedgerRow;
    expect(decoded).toEqual(row);
    expect(Object.keys(decoded)).toEqual(Object.keys(row));
    expect(decoded.summary).toHaveLength(80);
  });

  it('stores a summary that the search text holds verbatim as its place there, and reads it back equal', () => {
    const summaryTrip = (summary: string, demands = '要求核查') => {
      const searchText = buildSearchText({ names: ['张三'], phones: [], regNo: '2026-0001', summary, demands });
      const row = rowOf(1, { summary, demands, searchText });
      return { stored: storedField(row, 'summary'), read: roundTrip(row).summary, expected: row.summary };
    };
    const long = summaryTrip(`反映${'采'.repeat(150)}`);
    expect(typeof long.stored).toBe('number');
    expect(long.read).toBe(long.expected);
    expect(long.read).toHaveLength(80);
    const short = summaryTrip('反映一号矿井综采一队奖金分配不公开，要求补发', '要求补发差额');
    expect(typeof short.stored).toBe('number');
    expect(short.read).toBe('反映一号矿井综采一队奖金分配不公开，要求补发');
    // Upper case and line breaks are changed in the search text: such a summary is kept as text.
    for (const summary of ['反映GPS定位考勤系统记录有误，要求更正', '反映奖金分配不公开，\n要求补发差额和说明']) {
      const kept = summaryTrip(summary);
      expect(kept.stored).toBe(summary);
      expect(kept.read).toBe(summary);
    }
  });

  it('shares one flags object and one copy of each repeated string between rows', () => {
    const shared = new SharedValues();
    const [a, b] = rowsIn(packChunk('2026:0000', [rowOf(1), rowOf(2)]), shared) as [LedgerRow, LedgerRow];
    expect(a.flags).toBe(b.flags);
    expect(a.flags).toEqual({
      collective: true,
      jointLetter: false,
      anonymous: false,
      levelSkipping: true,
      lawRelated: false,
    });
    expect(Object.isFrozen(a.flags)).toBe(true);
    expect(shared.intern('cat-01-02')).toBe(a.categoryId);
    expect(a.categoryId).toBe(b.categoryId);
  });

  it('keeps a chunk ascending by number, replacing a row that is already there', () => {
    const rows: LedgerRow[] = [];
    for (const seq of [5, 2, 9, 7]) putRow(rows, rowOf(seq));
    putRow(rows, rowOf(7, { status: 'closed' }));
    expect(rows.map((r) => r.seq)).toEqual([2, 5, 7, 9]);
    expect(rows[2]?.status).toBe('closed');
  });

  it('reports a chunk of another format, or one that is not its JSON, instead of misreading it', () => {
    const good = packChunk('2026:0000', [rowOf(1)]);
    const shared = new SharedValues();
    expect(readChunk(good, shared)).toEqual({ rows: [rowOf(1)] });
    expect(readChunk({ ...good, format: LEDGER_FORMAT + 1 }, shared)).toEqual({
      problem: expect.stringContaining('格式'),
    });
    expect(readChunk({ ...good, rows: '{"dictionary":["来信"' }, shared)).toEqual({
      problem: expect.stringContaining('无法解析'),
    });
    expect(readChunk({ ...good, rows: '[["p-1", "2026-0001"]]' }, shared)).toEqual({
      problem: expect.stringContaining('不是台账行'),
    });
    const columns = JSON.parse(good.rows) as StoredColumns;
    const withoutStatus = { ...columns, columns: { ...columns.columns, status: undefined } };
    expect(readChunk({ ...good, rows: JSON.stringify(withoutStatus) }, shared)).toEqual({
      problem: expect.stringContaining('缺少 status 列'),
    });
    const shortStatus = { ...columns, columns: { ...columns.columns, status: [] } };
    expect(readChunk({ ...good, rows: JSON.stringify(shortStatus) }, shared)).toEqual({
      problem: expect.stringContaining('status 列的行数'),
    });
  });

  describe('clock facts', () => {
    const strings = () => new SharedValues();
    const assigned: CaseClockFacts = {
      nature: '检举控告',
      receivedAt: '2026-05-20',
      acceptedAt: '2026-05-21',
      assignment: {
        unitId: 'unit-1-1',
        unitName: '一号矿井',
        leader: '王矿长',
        handler: '李科长',
        dueDate: '2026-06-20',
        assignedAt: '2026-05-22',
      },
      lastSupervisedAt: '2026-05-24',
      pauses: [{ from: '2026-05-23', reason: '听证' }],
    };

    it.each<[string, CaseClockFacts, unknown]>([
      [
        'stores an open case’s facts without the nature and day the row already holds',
        assigned,
        {
          acceptedAt: '2026-05-21',
          assignment: assigned.assignment,
          lastSupervisedAt: '2026-05-24',
          pauses: assigned.pauses,
        },
      ],
      [
        'keeps a nature or day that differs from the row’s',
        { nature: '申诉求决', receivedAt: '2026-05-19' },
        { nature: '申诉求决', receivedAt: '2026-05-19' },
      ],
      [
        'stores the bare facts of a case only registered as an empty object',
        { nature: '检举控告', receivedAt: '2026-05-20' },
        {},
      ],
    ])('%s, and reads them back equal', (_rule, facts, stored) => {
      const row = rowOf(4, {}, ['张三'], facts);
      expect(storedField(row, 'caseFacts')).toEqual(stored);
      expect(roundTrip(row)).toEqual(row);
      expect(roundTrip(row).caseFacts).toEqual(facts);
    });

    it.each(['closed', 'rejected', 'forwarded', 'final'] as const)(
      'a %s case keeps only the facts the statistics read',
      (status) => {
        const finished: CaseClockFacts = {
          ...assigned,
          pauses: [{ from: '2026-05-23', to: '2026-05-25', reason: '听证' }],
          // Nothing owed any more: a refusal's notice issued, the reply served (else awaitsOffice keeps the whole facts).
          acceptanceNoticeIssuedAt: '2026-05-21',
          repliedAt: '2026-06-10',
          servedAt: '2026-06-11',
          closedAt: '2026-06-20',
          followUp: { date: '2026-06-18', satisfaction: '基本满意' },
        };
        const row = rowOf(5, { status, caseFacts: finished });
        const kept = {
          nature: '检举控告',
          receivedAt: '2026-05-20',
          acceptedAt: '2026-05-21',
          acceptanceNoticeIssuedAt: '2026-05-21',
          pauses: finished.pauses,
          repliedAt: '2026-06-10',
          servedAt: '2026-06-11',
          closedAt: '2026-06-20',
          followUp: { date: '2026-06-18', satisfaction: '基本满意' },
        };
        expect(row.caseFacts).toEqual(kept);
        expect(storedField(row, 'caseFacts')).not.toHaveProperty('assignment');
        expect(roundTrip(row).caseFacts).toEqual(kept);
      },
    );

    it.each<[string, 'rejected' | 'closed', CaseClockFacts]>([
      [
        'a 不予受理 whose written notice is not issued yet',
        'rejected',
        { nature: '申诉求决', receivedAt: '2026-05-20', closedAt: '2026-05-22' },
      ],
      [
        'a 办结 whose 处理意见书 is not recorded as served',
        'closed',
        {
          nature: '申诉求决',
          receivedAt: '2026-05-20',
          acceptedAt: '2026-05-21',
          repliedAt: '2026-06-10',
          closedAt: '2026-06-20',
          assignment: assigned.assignment,
        },
      ],
    ])('%s keeps its whole facts: the 督办台 still lists it', (_rule, status, facts) => {
      const row = rowOf(6, { status, caseFacts: facts });
      expect(row.caseFacts).toEqual(facts);
      expect(roundTrip(row).caseFacts).toEqual(facts);
    });

    it.each<[string, 'rejected' | 'closed' | 'final', CaseClockFacts]>([
      [
        'a 不予受理 with its notice issued',
        'rejected',
        {
          nature: '申诉求决',
          receivedAt: '2026-05-20',
          closedAt: '2026-05-22',
          acceptanceNoticeIssuedAt: '2026-05-22',
        },
      ],
      [
        'a 办结 whose reply was served',
        'closed',
        {
          nature: '申诉求决',
          receivedAt: '2026-05-20',
          acceptedAt: '2026-05-21',
          repliedAt: '2026-06-10',
          servedAt: '2026-06-12',
          closedAt: '2026-06-20',
        },
      ],
      [
        'a 终结 whose 复核意见书 was served',
        'final',
        {
          nature: '申诉求决',
          receivedAt: '2026-05-20',
          acceptedAt: '2026-05-21',
          repliedAt: '2026-06-10',
          servedAt: '2026-06-12',
          reviewRequestedAt: '2026-06-20',
          reviewDecidedAt: '2026-07-01',
          reviewServedAt: '2026-07-02',
          recheckRequestedAt: '2026-07-10',
          recheckDecidedAt: '2026-07-20',
          recheckServedAt: '2026-07-21',
        },
      ],
    ])('%s leaves the 督办台 from its stored row too, not only from its whole facts', (_rule, status, facts) => {
      const row = roundTrip(rowOf(7, { status, caseFacts: facts }));
      expect(buildCaseBoard([row], caseEnvironment(DEFAULT_SETTINGS), '2026-08-01').open).toEqual([]);
    });

    it('shares one frozen follow-up object between the cases rated on the same day alike', () => {
      const interner = strings();
      const facts = (seq: number): CaseClockFacts => ({
        nature: '检举控告',
        receivedAt: '2026-05-20',
        acceptedAt: `2026-05-2${seq}`,
        repliedAt: '2026-06-10',
        followUp: { date: '2026-06-18', satisfaction: '满意' },
      });
      const [a, b] = [1, 2].map((seq) => roundTrip(rowOf(seq, { status: 'closed', caseFacts: facts(seq) }), interner));
      expect(a?.caseFacts?.followUp).toBe(b?.caseFacts?.followUp);
      expect(a?.caseFacts?.acceptedAt).toBe('2026-05-21');
      expect(b?.caseFacts?.acceptedAt).toBe('2026-05-22');
    });

    it('shares one frozen facts object between the registered cases of the same nature and day', () => {
      const interner = strings();
      const bare = { nature: '检举控告', receivedAt: '2026-05-20' } as const;
      const [a, b, c] = [1, 2, 3].map((seq) =>
        roundTrip(rowOf(seq, { status: 'registered' }, ['张三'], bare), interner),
      );
      const d = roundTrip(
        rowOf(4, { receivedAt: '2026-05-21T08:00' }, ['张三'], { ...bare, receivedAt: '2026-05-21' }),
        interner,
      );
      expect(a?.caseFacts).toBe(b?.caseFacts);
      expect(a?.caseFacts).toBe(c?.caseFacts);
      expect(Object.isFrozen(a?.caseFacts)).toBe(true);
      expect(d?.caseFacts).not.toBe(a?.caseFacts);
      expect(d?.caseFacts).toEqual({ nature: '检举控告', receivedAt: '2026-05-21' });
    });

    it.each([1, 2, 7])(
      'refuses a chunk of format %i (a positional tuple per row) even if its format were mislabelled',
      (format) => {
        const row = rowOf(1);
        const old = JSON.stringify([[row.id, row.regNo, row.year, row.seq, row.channel, row.receivedAt]]);
        const shared = new SharedValues();
        expect(readChunk({ key: '2026:0000', format: LEDGER_FORMAT, rows: old }, shared)).toEqual({
          problem: expect.stringContaining('不是台账行'),
        });
        expect(readChunk({ key: '2026:0000', format, rows: old }, shared)).toEqual({
          problem: expect.stringContaining(`格式为 ${format}`),
        });
      },
    );
  });

  describe('身份 and contacts (format 3)', () => {
    it('keeps the distinct 身份 types in their list order, as one frozen array shared by rows alike', () => {
      const p = petition(1);
      const row = toLedgerRow(
        p,
        related(['张三', '李四', '王五'], p, { types: ['职工家属', null, '在职职工', '职工家属'] }),
      );
      expect(row.identityTypes).toEqual(['在职职工', '职工家属']);
      const interner = new SharedValues();
      const [a, b] = [
        row,
        toLedgerRow(petition(2), related(['赵六'], petition(2), { types: ['在职职工', '职工家属'] })),
      ].map((r) => roundTrip(r, interner));
      expect(a?.identityTypes).toEqual(['在职职工', '职工家属']);
      expect(a?.identityTypes).toBe(b?.identityTypes);
      expect(Object.isFrozen(a?.identityTypes)).toBe(true);
      expect(roundTrip(toLedgerRow(p, related(['匿名'], p, { types: [null] }))).identityTypes).toEqual([]);
    });

    it('stores the registration’s own contact as null and reads it back as the row’s moment, channel, headcount and flags', () => {
      const row = rowOf(1);
      expect(storedField(row, 'receptions')).toBeNull();
      const read = roundTrip(row);
      expect(read.receptions).toEqual([
        { receivedAt: '2026-05-20T10:00', channel: '来信', headcount: 7, isRepeat: false, flags: row.flags },
      ]);
      expect(read.receptions[0]?.flags).toBe(read.flags);
    });

    it('stores repeat contacts, oldest first, each with its own channel, headcount and flags', () => {
      const p = petition(1);
      const repeat: LedgerReception = {
        receivedAt: '2026-06-01T09:00',
        channel: '来访',
        headcount: 12,
        isRepeat: true,
        flags: { ...p.flags, levelSkipping: false },
      };
      const row = toLedgerRow(p, related(['张三'], p, { receptions: [repeat, ownContact(p)] }));
      expect(row.receptions).toEqual([ownContact(p), repeat]);
      expect(storedField(row, 'receptions')).toEqual([
        0,
        ['2026-06-01T09:00', encodeColumns([row]).dictionary.indexOf('来访'), 12, 0b00001, 1],
      ]);
      expect(roundTrip(row)).toEqual(row);
    });

    it('stores a first contact that differs from the petition (its flags edited later) in full', () => {
      const p = petition(1);
      const first = { ...ownContact(p), flags: { ...p.flags, collective: false } };
      const row = toLedgerRow(p, related(['张三'], p, { receptions: [first] }));
      expect(storedField(row, 'receptions')).toEqual([
        ['2026-05-20T10:00', encodeColumns([row]).dictionary.indexOf('来信'), 7, 0b01000, 0],
      ]);
      expect(roundTrip(row)).toEqual(row);
    });
  });

  describe('the field table', () => {
    /** A row with every field set to something other than its default: each contact, facts, a confidential view. */
    function fullRow(): LedgerRow {
      const p = petition(9, {
        unitId: 'unit-1-1',
        categoryId: 'cat-02',
        status: 'accepted',
        confidential: true,
        receptionCount: 2,
      });
      const repeat: LedgerReception = {
        receivedAt: '2026-06-01T09:00',
        channel: '来访',
        headcount: 3,
        isRepeat: true,
        flags: { ...p.flags, lawRelated: true },
      };
      const facts: CaseClockFacts = {
        nature: '检举控告',
        receivedAt: '2026-05-20',
        acceptedAt: '2026-05-21',
        assignment: {
          unitId: 'unit-1-1',
          unitName: '一号矿井',
          leader: '李强',
          handler: '赵刚',
          dueDate: '2026-06-20',
          assignedAt: '2026-05-22',
        },
        lastSupervisedAt: '2026-05-24',
      };
      return toLedgerRow(
        p,
        {
          ...related(['张三', '李秀兰'], p, { types: ['在职职工', '职工家属'], receptions: [ownContact(p), repeat] }),
          scrubIdentity: (text) => text.replace('张三', '某某'),
        },
        facts,
      );
    }

    it('gives back every field of a fully populated row, none of them at its default', () => {
      const row = fullRow();
      for (const [name, value] of Object.entries(row))
        expect(value, name).not.toSatisfy(
          (v: unknown) => v === null || v === false || v === '' || (Array.isArray(v) && v.length === 0),
        );
      expect(row.confidentialView).not.toBeNull();
      expect(LEDGER_FIELDS.map((f) => f.name)).toEqual(Object.keys(row));
      expect(roundTrip(row)).toEqual(row);
      expect(Object.keys(roundTrip(row))).toEqual(Object.keys(row));
    });

    it('derives the format from the fields: another encoding, order or field changes it', () => {
      const table = LEDGER_FIELDS.map((f) => ({ name: f.name, encoding: f.encoding }));
      expect(ledgerFormatOf(table)).toBe(LEDGER_FORMAT);
      const changed = [
        table.map((f) => (f.name === 'searchText' ? { ...f, encoding: `${f.encoding}, one more thing` } : f)),
        [...table.slice(1), table[0] as (typeof table)[number]],
        [...table, { name: 'leader', encoding: 'text' }],
        table.slice(1),
      ];
      const formats = changed.map(ledgerFormatOf);
      expect(new Set([LEDGER_FORMAT, ...formats]).size).toBe(changed.length + 1);
      // Above the hand-numbered formats of the tuples, so a chunk of theirs never reads as current.
      for (const format of [LEDGER_FORMAT, ...formats]) expect(format).toBeGreaterThan(7);
    });

    it('has a decoder for every field, and refuses a chunk written without a field the table has gained', () => {
      // The compiler refuses a field without its decoder (typecheck fails if this line stops being an error).
      // @ts-expect-error a field must say how it is read back
      const withoutDecode: LedgerField<'regNo', string> = {
        name: 'regNo',
        encoding: 'text',
        encode: (row) => row.regNo,
      };
      void withoutDecode;
      for (const f of LEDGER_FIELDS) expect(typeof f.decode, f.name).toBe('function');
      const stored = encodeColumns([fullRow()]);
      const grown = [...LEDGER_FIELDS, { name: 'handler', encoding: 'text' }];
      expect(columnsProblem(stored, grown)).toBe('缺少 handler 列');
      expect(columnsProblem(stored)).toBeNull();
    });
  });
});
