import type { CaseClockFacts } from '../domain/deadlines';
import {
  identityTypeList,
  LEDGER_SUMMARY_LENGTH,
  type ConfidentialRowView,
  type LedgerReception,
  type LedgerRow,
} from '../domain/ledgerQuery';
import type { Channel, IdentityType, Nature, PetitionFlags, PetitionStatus } from '../domain/types';

/**
 * The ledger's persisted index, packed: each record holds the rows of up to LEDGER_CHUNK_SIZE petitions of one year
 * as a single JSON string of tuples. Reading 200 long strings and parsing them costs a fraction of structured-cloning
 * 100,000 petitions and their petitioners (bench: seconds down to a few hundred milliseconds). Pure: no Dexie here.
 */
export interface LedgerChunk {
  /** `${year}:${block}` with the block zero-padded, so keys sort in registration order. */
  key: string;
  /** LEDGER_INDEX_FORMAT when written; any other value makes the loader rebuild the whole index. */
  format: number;
  /** JSON array of RowTuple, ascending by seq. */
  rows: string;
}

/**
 * Bump whenever RowTuple, the flag bits or the row's contents change: stored chunks are then rebuilt on load.
 * 1: the reception desk's rows. 2: open cases carry their clock facts (the 督办 board). 3: every case carries its
 * facts (a finished one only those the statistics read), with its petitioners' 身份 and its contacts (statistics).
 * 4: a confidential row (保密) carries what an account without the grant sees instead of its names and texts.
 * 5: that view scrubbed by domain/access/scrubIdentity.ts, which finds a phone or ID number however it is written.
 * 6: phones in the search text as a digest and their last four digits, never in the clear (domain/search.ts).
 * 7: a forwarded matter's 来文文号 in the search text (withSourceDocNo).
 */
export const LEDGER_INDEX_FORMAT = 7;

/**
 * Rows per chunk. Measured in Chromium at 100,000 rows: 100–1,000 read and parse in about the same time, while a
 * save rewrites its whole chunk (about 6 ms at 500, 13 ms at 1,000); 500 keeps both low.
 */
export const LEDGER_CHUNK_SIZE = 500;

/** A petition's chunk never changes: year and seq are assigned once, at registration. */
export function ledgerChunkKey(year: number, seq: number): string {
  return `${year}:${String(Math.floor(seq / LEDGER_CHUNK_SIZE)).padStart(4, '0')}`;
}

/** One row as stored: positional, so the field names are not repeated 100,000 times. */
export type RowTuple = [
  id: string,
  regNo: string,
  year: number,
  seq: number,
  channel: Channel,
  receivedAt: string,
  categoryId: string | null,
  nature: Nature,
  unitId: string | null,
  status: PetitionStatus,
  flagBits: number,
  receptionCount: number,
  headcount: number,
  petitionerNames: string[],
  /** The summary, or where it starts in searchText when searchText holds it verbatim (see summaryField). */
  summary: string | number,
  searchText: string,
  /** The case's clock facts without what the row already says (see factsField). */
  caseFacts: StoredFacts | null,
  /** Bit i is IDENTITY_BITS[i]. */
  identityBits: number,
  /** The contacts (see receptionsField): null when the only one is the registration's own. */
  receptions: StoredReception[] | null,
  /** A confidential row's view for accounts without the grant [summary, searchText]; null for any other row. */
  confidentialView: [summary: string, searchText: string] | null,
];
const TUPLE_LENGTH = 20;
/** Where seq sits in a RowTuple: chunks keep their tuples ascending by it. */
export const SEQ_AT = 3;

/** Bit i of flagBits is FLAG_BITS[i]. Append only: reordering would misread stored chunks. */
const FLAG_BITS = ['collective', 'jointLetter', 'anonymous', 'levelSkipping', 'lawRelated'] as const;
// Fails to compile when PetitionFlags gains a flag that has no bit yet (add it above and bump the format).
const everyFlagHasABit: Exclude<keyof PetitionFlags, (typeof FLAG_BITS)[number]> extends never ? true : never = true;
void everyFlagHasABit;

/** Bit i of identityBits is IDENTITY_BITS[i]. Append only, like FLAG_BITS. */
const IDENTITY_BITS = [
  '在职职工',
  '离退休人员',
  '内退人员',
  '职工家属',
  '工亡职工家属',
  '外部务工人员',
  '周边群众',
  '其他',
] as const;
// Fails to compile when IdentityType gains a type that has no bit yet (add it above and bump the format).
const everyIdentityHasABit: Exclude<IdentityType, (typeof IDENTITY_BITS)[number]> extends never ? true : never = true;
void everyIdentityHasABit;

function identityBits(types: readonly IdentityType[]): number {
  let bits = 0;
  for (const type of types) bits |= 1 << IDENTITY_BITS.indexOf(type as (typeof IDENTITY_BITS)[number]);
  return bits;
}

const sharedIdentityTypes: (readonly IdentityType[])[] = [];
function identityTypesOf(bits: number): readonly IdentityType[] {
  let types = sharedIdentityTypes[bits];
  if (!types) {
    types = identityTypeList(IDENTITY_BITS.filter((_, i) => (bits & (1 << i)) !== 0));
    sharedIdentityTypes[bits] = types;
  }
  return types;
}

function flagBits(flags: PetitionFlags): number {
  let bits = 0;
  for (let i = 0; i < FLAG_BITS.length; i++) if (flags[FLAG_BITS[i] as keyof PetitionFlags]) bits |= 1 << i;
  return bits;
}

/** One frozen flags object per combination, shared by every row that has it, instead of 100,000 small objects. */
const sharedFlags: Readonly<PetitionFlags>[] = [];
function flagsOf(bits: number): PetitionFlags {
  let flags = sharedFlags[bits];
  if (!flags) {
    const built = {} as PetitionFlags;
    for (let i = 0; i < FLAG_BITS.length; i++) built[FLAG_BITS[i] as keyof PetitionFlags] = (bits & (1 << i)) !== 0;
    flags = Object.freeze(built);
    sharedFlags[bits] = flags;
  }
  return flags;
}

/** The row's summary read from its place in the search text: up to the end of that line, at most the row's length. */
function summaryAt(searchText: string, start: number): string {
  const lineEnd = searchText.indexOf('\n', start);
  return searchText.slice(start, Math.min(start + LEDGER_SUMMARY_LENGTH, lineEnd < 0 ? searchText.length : lineEnd));
}

/**
 * Most summaries appear verbatim in the search text (Chinese has no case, and single spaces survive), so the tuple
 * stores their position instead of a second copy: a fifth less to read and parse, and in memory the row's summary is
 * then a slice of its own search text, which the row keeps anyway. Used only when reading it back gives the summary.
 */
function summaryField(summary: string, searchText: string): string | number {
  const start = searchText.indexOf(summary);
  return start >= 0 && summaryAt(searchText, start) === summary ? start : summary;
}

/** Clock facts as stored: nature and receivedAt are left out when they are the row's own (nearly always). */
type StoredFacts = Partial<CaseClockFacts>;

function factsField(row: LedgerRow): StoredFacts | null {
  const facts = row.caseFacts;
  if (facts === null) return null;
  const { nature, receivedAt, ...rest } = facts;
  const stored: StoredFacts = {};
  if (nature !== row.nature) stored.nature = nature;
  if (receivedAt !== row.receivedAt.slice(0, 10)) stored.receivedAt = receivedAt;
  return Object.assign(stored, rest);
}

/**
 * A contact as stored: 0 for the registration's own (the row's moment, channel, headcount and flags, not a repeat),
 * else [receivedAt, channel, headcount, flagBits, isRepeat 0/1].
 */
type StoredReception = 0 | [receivedAt: string, channel: Channel, headcount: number, flagBits: number, repeat: 0 | 1];

function isOwnContact(row: LedgerRow, r: LedgerReception): boolean {
  return (
    !r.isRepeat &&
    r.receivedAt === row.receivedAt &&
    r.channel === row.channel &&
    r.headcount === row.headcount &&
    flagBits(r.flags) === flagBits(row.flags)
  );
}

/** Nearly every petition has one contact, its registration's: stored as null, so it costs four characters. */
function receptionsField(row: LedgerRow): StoredReception[] | null {
  const only = row.receptions[0];
  if (row.receptions.length === 1 && only && isOwnContact(row, only)) return null;
  return row.receptions.map((r) =>
    isOwnContact(row, r) ? 0 : [r.receivedAt, r.channel, r.headcount, flagBits(r.flags), r.isRepeat ? 1 : 0],
  );
}

function decodeReceptions(
  row: Pick<LedgerRow, 'receivedAt' | 'channel' | 'headcount' | 'flags'>,
  stored: StoredReception[] | null,
  strings: StringInterner,
): LedgerReception[] {
  const own = (): LedgerReception => ({
    receivedAt: row.receivedAt,
    channel: row.channel,
    headcount: row.headcount,
    isRepeat: false,
    flags: row.flags,
  });
  if (stored === null) return [own()];
  return stored.map((r) =>
    r === 0
      ? own()
      : {
          receivedAt: r[0],
          channel: strings.intern(r[1]),
          headcount: r[2],
          isRepeat: r[4] === 1,
          flags: flagsOf(r[3]),
        },
  );
}

/**
 * One frozen facts object per (nature, day received) for the cases nothing has happened to beyond registration, shared
 * like the flags: their facts differ only by those two fields, and a busy day registers dozens of them.
 */
class FactsInterner {
  private readonly bare = new Map<string, CaseClockFacts>();

  private readonly followUps = new Map<string, NonNullable<CaseClockFacts['followUp']>>();

  facts(row: Pick<LedgerRow, 'nature' | 'receivedAt'>, stored: StoredFacts): CaseClockFacts {
    const base = { nature: row.nature, receivedAt: row.receivedAt.slice(0, 10) };
    if (Object.keys(stored).length > 0) {
      const facts = { ...base, ...stored };
      if (facts.followUp) facts.followUp = this.followUp(facts.followUp);
      return facts;
    }
    const key = `${base.nature}|${base.receivedAt}`;
    let shared = this.bare.get(key);
    if (!shared) {
      shared = Object.freeze(base);
      this.bare.set(key, shared);
    }
    return shared;
  }

  /** Most finished cases were followed up; one object per (day, satisfaction) serves all of them. */
  private followUp(value: NonNullable<CaseClockFacts['followUp']>): NonNullable<CaseClockFacts['followUp']> {
    const key = `${value.date}|${value.satisfaction}`;
    let shared = this.followUps.get(key);
    if (!shared) {
      shared = Object.freeze({ date: value.date, satisfaction: value.satisfaction });
      this.followUps.set(key, shared);
    }
    return shared;
  }
}

export function encodeRow(row: LedgerRow): RowTuple {
  return [
    row.id,
    row.regNo,
    row.year,
    row.seq,
    row.channel,
    row.receivedAt,
    row.categoryId,
    row.nature,
    row.unitId,
    row.status,
    flagBits(row.flags),
    row.receptionCount,
    row.headcount,
    row.petitionerNames,
    summaryField(row.summary, row.searchText),
    row.searchText,
    factsField(row),
    identityBits(row.identityTypes),
    receptionsField(row),
    row.confidentialView ? [row.confidentialView.summary, row.confidentialView.searchText] : null,
  ];
}

/**
 * Shares the strings that repeat across rows (channel, nature, status, category and unit ids, common names):
 * JSON.parse makes a fresh copy of each, 100,000 times over; and the bare facts of cases only registered. One
 * interner per load.
 */
export class StringInterner {
  private readonly seen = new Map<string, string>();
  readonly caseFacts = new FactsInterner();

  intern<T extends string | null>(value: T): T {
    if (value === null) return value;
    const known = this.seen.get(value);
    if (known !== undefined) return known as T;
    this.seen.set(value, value);
    return value;
  }
}

/** Same fields in the same order as toLedgerRow, so every row shares one hidden class in queryLedger's loop. */
export function decodeRow(t: RowTuple, strings: StringInterner): LedgerRow {
  const names = t[13];
  for (let i = 0; i < names.length; i++) names[i] = strings.intern(names[i] as string);
  const summary = t[14];
  const nature = strings.intern(t[7]);
  const stored = t[16];
  const channel = strings.intern(t[4]);
  const flags = flagsOf(t[10]);
  const view = t[19];
  const confidentialView: ConfidentialRowView | null = view === null ? null : { summary: view[0], searchText: view[1] };
  return {
    id: t[0],
    regNo: t[1],
    year: t[2],
    seq: t[3],
    channel,
    receivedAt: t[5],
    categoryId: strings.intern(t[6]),
    nature,
    unitId: strings.intern(t[8]),
    status: strings.intern(t[9]),
    flags,
    receptionCount: t[11],
    headcount: t[12],
    petitionerNames: names,
    summary: typeof summary === 'number' ? summaryAt(t[15], summary) : summary,
    searchText: t[15],
    caseFacts: stored === null ? null : strings.caseFacts.facts({ nature, receivedAt: t[5] }, stored),
    identityTypes: identityTypesOf(t[17]),
    receptions: decodeReceptions({ receivedAt: t[5], channel, headcount: t[12], flags }, t[18], strings),
    confidential: confidentialView !== null,
    confidentialView,
  };
}

/**
 * The chunk's tuples, or why they cannot be used (another format, or not the JSON this module writes). A problem is
 * not thrown: the loader answers it by rebuilding the index from the petitions.
 */
export function readChunk(chunk: LedgerChunk): { tuples: RowTuple[] } | { problem: string } {
  if (chunk.format !== LEDGER_INDEX_FORMAT)
    return { problem: `索引块 ${chunk.key} 的格式为 ${chunk.format}，当前为 ${LEDGER_INDEX_FORMAT}` };
  let parsed: unknown;
  try {
    parsed = JSON.parse(chunk.rows);
  } catch (error) {
    return { problem: `索引块 ${chunk.key} 无法解析：${error instanceof Error ? error.message : String(error)}` };
  }
  if (!Array.isArray(parsed) || !parsed.every((t) => Array.isArray(t) && t.length === TUPLE_LENGTH)) {
    return { problem: `索引块 ${chunk.key} 的内容不是台账行` };
  }
  return { tuples: parsed as RowTuple[] };
}

/** Replaces the tuple with the same id, or inserts it keeping the chunk ascending by seq. */
export function putTuple(tuples: RowTuple[], tuple: RowTuple): void {
  const at = tuples.findIndex((t) => t[0] === tuple[0]);
  if (at >= 0) {
    tuples[at] = tuple;
    return;
  }
  let i = tuples.length;
  while (i > 0 && (tuples[i - 1] as RowTuple)[SEQ_AT] > tuple[SEQ_AT]) i--;
  tuples.splice(i, 0, tuple);
}

export function packChunk(key: string, tuples: readonly RowTuple[]): LedgerChunk {
  return { key, format: LEDGER_INDEX_FORMAT, rows: JSON.stringify(tuples) };
}
