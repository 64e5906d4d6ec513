import type { CaseClockFacts } from '../domain/deadlines';
import {
  identityTypeList,
  LEDGER_SUMMARY_LENGTH,
  type ConfidentialRowView,
  type LedgerReception,
  type LedgerRow,
} from '../domain/ledgerQuery';
import type { IdentityType, PetitionFlags } from '../domain/types';

/**
 * How a chunk stores its rows: one column per field of LEDGER_FIELDS, keyed by the field's name, plus one dictionary
 * of the strings that repeat (channel, nature, status, category and unit ids, names). Columns parse faster than one
 * array per row (a chunk of 500 rows is some twenty arrays, not 500), a repeated string is a small number, and the
 * reader makes each of them once per chunk instead of once per row. Pure: no Dexie here.
 */

/** Gives each repeated string of a chunk its place in the chunk's dictionary. */
export interface ColumnEncoder {
  ref(value: string): number;
}

/** What a field's decoder reads besides its own column: the dictionary, other fields' decoded columns, shared objects. */
export interface ColumnDecoder {
  readonly dictionary: readonly string[];
  readonly length: number;
  /** Another field's column, decoded (once per chunk, whoever asks first). */
  column<K extends keyof LedgerRow>(name: K): readonly LedgerRow[K][];
  readonly shared: SharedValues;
}

/**
 * One field of the row as stored. `encoding` names how the value is stored and what it holds: it goes into the
 * format, so changing it (or adding, removing or renaming a field) makes the loader rebuild every stored chunk.
 */
export interface LedgerField<K extends keyof LedgerRow, S> {
  name: K;
  encoding: string;
  encode(row: LedgerRow, strings: ColumnEncoder): S;
  decode(column: readonly S[], reader: ColumnDecoder): readonly LedgerRow[K][];
}

const field = <K extends keyof LedgerRow, S>(spec: LedgerField<K, S>): LedgerField<K, S> => spec;

/** A stored value that is the row's own, as is. */
const asIs = <K extends keyof LedgerRow>(name: K, encoding: string) =>
  field<K, LedgerRow[K]>({ name, encoding, encode: (row) => row[name], decode: (column) => column });

/** A string that repeats across rows: its place in the dictionary, -1 for null. */
const repeated = <K extends keyof LedgerRow>(name: K) =>
  field<K, number>({
    name,
    encoding: 'dictionary',
    encode: (row, strings) => {
      const value = row[name] as unknown as string | null;
      return value === null ? -1 : strings.ref(value);
    },
    decode: (column, reader) => column.map((at) => (at < 0 ? null : reader.dictionary[at]) as LedgerRow[K]),
  });

/** Bit i of a flags value is FLAG_BITS[i]. Append only: reordering would misread stored chunks. */
const FLAG_BITS = ['collective', 'jointLetter', 'anonymous', 'levelSkipping', 'lawRelated'] as const;
// Fails to compile when PetitionFlags gains a flag that has no bit yet.
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
// Fails to compile when IdentityType gains a type that has no bit yet.
const everyIdentityHasABit: Exclude<IdentityType, (typeof IDENTITY_BITS)[number]> extends never ? true : never = true;
void everyIdentityHasABit;

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

/** The row's summary read from its place in the search text: up to the end of that line, at most the row's length. */
function summaryAt(searchText: string, start: number): string {
  const lineEnd = searchText.indexOf('\n', start);
  return searchText.slice(start, Math.min(start + LEDGER_SUMMARY_LENGTH, lineEnd < 0 ? searchText.length : lineEnd));
}

/** Clock facts as stored: nature and receivedAt are left out when they are the row's own (nearly always). */
type StoredFacts = Partial<CaseClockFacts>;

/**
 * A contact as stored: 0 for the registration's own (the row's moment, channel, headcount and flags, not a repeat),
 * else [receivedAt, channel, headcount, flagBits, isRepeat 0/1] with the channel in the dictionary.
 */
type StoredReception = 0 | [receivedAt: string, channel: number, headcount: number, flagBits: number, repeat: 0 | 1];

function isOwnContact(row: LedgerRow, r: LedgerReception): boolean {
  return (
    !r.isRepeat &&
    r.receivedAt === row.receivedAt &&
    r.channel === row.channel &&
    r.headcount === row.headcount &&
    flagBits(r.flags) === flagBits(row.flags)
  );
}

/**
 * Objects many rows can share, one set per load: the bare facts of cases nothing has happened to beyond registration
 * (they differ only by nature and day received) and the follow-ups of finished ones (by day and satisfaction).
 */
export class SharedValues {
  private readonly bare = new Map<string, CaseClockFacts>();

  private readonly followUps = new Map<string, NonNullable<CaseClockFacts['followUp']>>();

  private readonly strings = new Map<string, string>();

  /** The one copy of this string for the whole load: the chunks' dictionaries repeat each other. */
  intern(value: string): string {
    const known = this.strings.get(value);
    if (known !== undefined) return known;
    this.strings.set(value, value);
    return value;
  }

  /**
   * The row's facts from what its chunk stored, which this completes in place: `stored` was parsed for this load
   * alone, and completing it costs far less than copying it (in Node, a spread per row was half the column decode of
   * 100,000 rows).
   */
  facts(nature: LedgerRow['nature'], receivedAt: string, stored: StoredFacts): CaseClockFacts {
    // Any key at all (without allocating Object.keys): the case has moved on since registration.
    for (const _ in stored) {
      stored.nature ??= nature;
      stored.receivedAt ??= receivedAt.slice(0, 10);
      if (stored.followUp) stored.followUp = this.followUp(stored.followUp);
      return stored as CaseClockFacts;
    }
    const day = receivedAt.slice(0, 10);
    const key = `${nature}|${day}`;
    let shared = this.bare.get(key);
    if (!shared) {
      shared = Object.freeze({ nature, receivedAt: day });
      this.bare.set(key, shared);
    }
    return shared;
  }

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

/**
 * Every field of LedgerRow, in toLedgerRow's order (decoded rows then share one hidden class with built ones in
 * queryLedger's loop). The stored format is derived from this table (LEDGER_FORMAT).
 */
export const LEDGER_FIELDS = [
  asIs('id', 'text'),
  asIs('regNo', 'text'),
  asIs('year', 'number'),
  asIs('seq', 'number'),
  repeated('channel'),
  asIs('receivedAt', 'text'),
  repeated('categoryId'),
  repeated('nature'),
  repeated('unitId'),
  repeated('status'),
  field({
    name: 'flags',
    encoding: `bits ${FLAG_BITS.join(',')}`,
    encode: (row) => flagBits(row.flags),
    decode: (column: readonly number[]) => column.map(flagsOf),
  }),
  asIs('receptionCount', 'number'),
  asIs('headcount', 'number'),
  field({
    name: 'petitionerNames',
    encoding: 'dictionary list',
    encode: (row, strings) => row.petitionerNames.map((name) => strings.ref(name)),
    decode: (column: readonly number[][], reader) =>
      column.map((refs) => refs.map((at) => reader.dictionary[at] as string)),
  }),
  field({
    // Most summaries appear verbatim in the search text (Chinese has no case, and single spaces survive): stored as
    // where they start there, a fifth less to read, and in memory a slice of the search text the row keeps anyway.
    name: 'summary',
    encoding: 'text, or its start in searchText',
    encode: (row) => {
      const start = row.searchText.indexOf(row.summary);
      return start >= 0 && summaryAt(row.searchText, start) === row.summary ? start : row.summary;
    },
    decode: (column: readonly (string | number)[], reader) => {
      const searchTexts = reader.column('searchText');
      return column.map((summary, i) =>
        typeof summary === 'number' ? summaryAt(searchTexts[i] as string, summary) : summary,
      );
    },
  }),
  // Phones as a digest and their last four digits (domain/search.ts), a forwarded matter's 来文文号 (withSourceDocNo).
  asIs('searchText', 'text: phones digested, source document number'),
  field({
    // Open cases keep their whole facts (the 督办 board), finished ones what the statistics read (statFacts).
    name: 'caseFacts',
    encoding: 'facts without the row’s own nature and day received',
    encode: (row): StoredFacts | null => {
      const facts = row.caseFacts;
      if (facts === null) return null;
      const { nature, receivedAt, ...rest } = facts;
      const stored: StoredFacts = {};
      if (nature !== row.nature) stored.nature = nature;
      if (receivedAt !== row.receivedAt.slice(0, 10)) stored.receivedAt = receivedAt;
      return Object.assign(stored, rest);
    },
    decode: (column: readonly (StoredFacts | null)[], reader) => {
      const natures = reader.column('nature');
      const received = reader.column('receivedAt');
      return column.map((stored, i) =>
        stored === null ? null : reader.shared.facts(natures[i] as LedgerRow['nature'], received[i] as string, stored),
      );
    },
  }),
  repeated('leader'),
  field({
    name: 'identityTypes',
    encoding: `bits ${IDENTITY_BITS.join(',')}`,
    encode: (row) => identityBits(row.identityTypes),
    decode: (column: readonly number[]) => column.map(identityTypesOf),
  }),
  field({
    // Nearly every petition has one contact, its registration's: stored as null.
    name: 'receptions',
    encoding: 'null for the registration’s own only, else 0 for it or [receivedAt, channel, headcount, flags, repeat]',
    encode: (row, strings): StoredReception[] | null => {
      const only = row.receptions[0];
      if (row.receptions.length === 1 && only && isOwnContact(row, only)) return null;
      return row.receptions.map((r) =>
        isOwnContact(row, r)
          ? 0
          : [r.receivedAt, strings.ref(r.channel), r.headcount, flagBits(r.flags), r.isRepeat ? 1 : 0],
      );
    },
    decode: (column: readonly (StoredReception[] | null)[], reader) => {
      const received = reader.column('receivedAt');
      const channels = reader.column('channel');
      const headcounts = reader.column('headcount');
      const flags = reader.column('flags');
      return column.map((stored, i) => {
        const own = (): LedgerReception => ({
          receivedAt: received[i] as string,
          channel: channels[i] as LedgerRow['channel'],
          headcount: headcounts[i] as number,
          isRepeat: false,
          flags: flags[i] as PetitionFlags,
        });
        if (stored === null) return [own()];
        return stored.map((r) =>
          r === 0
            ? own()
            : {
                receivedAt: r[0],
                channel: reader.dictionary[r[1]] as LedgerRow['channel'],
                headcount: r[2],
                isRepeat: r[4] === 1,
                flags: flagsOf(r[3]),
              },
        );
      });
    },
  }),
  field({
    name: 'confidential',
    encoding: '0 or 1',
    encode: (row) => (row.confidential ? 1 : 0),
    decode: (column: readonly number[]) => column.map((bit) => bit === 1),
  }),
  field({
    // What an account without the grant sees of a confidential row (scrubbed by domain/access/scrubIdentity.ts).
    name: 'confidentialView',
    encoding: '[summary, searchText] scrubbed, or null',
    encode: (row): [string, string] | null =>
      row.confidentialView ? [row.confidentialView.summary, row.confidentialView.searchText] : null,
    decode: (column: readonly ([string, string] | null)[]) =>
      column.map((view): ConfidentialRowView | null =>
        view === null ? null : { summary: view[0], searchText: view[1] },
      ),
  }),
] as const;

type FieldName = (typeof LEDGER_FIELDS)[number]['name'];
// Fails to compile when LedgerRow gains a field the table does not store.
const everyRowFieldIsStored: Exclude<keyof LedgerRow, FieldName> extends never ? true : never = true;
void everyRowFieldIsStored;

/** FNV-1a over the text: a stable 32-bit number. */
function fingerprint(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** The format of the stored chunks, derived from a field table: any change to a field's name, order or encoding changes it. */
export function ledgerFormatOf(fields: readonly { name: string; encoding: string }[]): number {
  // Formats 1–7 were numbered by hand, with one tuple per row; these fingerprints are all above them.
  return 8 + (fingerprint(`columns;${fields.map((f) => `${f.name}:${f.encoding}`).join(';')}`) % 0x7fff_fff0);
}

export const LEDGER_FORMAT = ledgerFormatOf(LEDGER_FIELDS);

/** The stored form of a chunk's rows: the dictionary and one column per field, each as long as the chunk. */
export interface StoredColumns {
  dictionary: string[];
  columns: Record<string, unknown[]>;
}

export function encodeColumns(
  rows: readonly LedgerRow[],
  fields: readonly LedgerField<keyof LedgerRow, unknown>[] = LEDGER_FIELDS,
): StoredColumns {
  const dictionary: string[] = [];
  const places = new Map<string, number>();
  const strings: ColumnEncoder = {
    ref(value) {
      let at = places.get(value);
      if (at === undefined) {
        at = dictionary.push(value) - 1;
        places.set(value, at);
      }
      return at;
    },
  };
  const columns: Record<string, unknown[]> = {};
  for (const f of fields) columns[f.name] = rows.map((row) => f.encode(row, strings));
  return { dictionary, columns };
}

/**
 * Why these stored columns cannot be decoded with this table, or null when they can: a field without its column, or a
 * column of another length. The loader answers a problem by rebuilding the index.
 */
export function columnsProblem(stored: unknown, fields: readonly { name: string }[] = LEDGER_FIELDS): string | null {
  const value = stored as Partial<StoredColumns> | null;
  if (
    typeof value !== 'object' ||
    value === null ||
    !Array.isArray(value.dictionary) ||
    typeof value.columns !== 'object' ||
    value.columns === null
  )
    return '内容不是台账列';
  let length: number | null = null;
  for (const f of fields) {
    const column = value.columns[f.name];
    if (!Array.isArray(column)) return `缺少 ${f.name} 列`;
    if (length !== null && column.length !== length) return `${f.name} 列的行数与其他列不同`;
    length = column.length;
  }
  return null;
}

/** Every field's column, decoded. */
type DecodedColumns = { readonly [K in keyof LedgerRow]: readonly LedgerRow[K][] };

/**
 * Row i of the decoded columns, as one object literal: V8 then gives 100,000 rows one shape in one step, where filling
 * an object field by field from the table costs several times the whole parse (measured). The literal is the only
 * place besides the table that names the fields: the compiler refuses it when LedgerRow gains one, and the codec test
 * checks that it keeps the table's order.
 */
function rowAt(c: DecodedColumns, i: number): LedgerRow {
  return {
    id: c.id[i] as string,
    regNo: c.regNo[i] as string,
    year: c.year[i] as number,
    seq: c.seq[i] as number,
    channel: c.channel[i] as LedgerRow['channel'],
    receivedAt: c.receivedAt[i] as string,
    categoryId: c.categoryId[i] as string | null,
    nature: c.nature[i] as LedgerRow['nature'],
    unitId: c.unitId[i] as string | null,
    status: c.status[i] as LedgerRow['status'],
    flags: c.flags[i] as LedgerRow['flags'],
    receptionCount: c.receptionCount[i] as number,
    headcount: c.headcount[i] as number,
    petitionerNames: c.petitionerNames[i] as string[],
    summary: c.summary[i] as string,
    searchText: c.searchText[i] as string,
    caseFacts: c.caseFacts[i] as LedgerRow['caseFacts'],
    leader: c.leader[i] as string | null,
    identityTypes: c.identityTypes[i] as LedgerRow['identityTypes'],
    receptions: c.receptions[i] as LedgerRow['receptions'],
    confidential: c.confidential[i] as boolean,
    confidentialView: c.confidentialView[i] as LedgerRow['confidentialView'],
  };
}

/**
 * The rows of stored columns (checked by columnsProblem), in their stored order. Each field decodes its whole column
 * at once; the rows then take the fields in the table's order, so they all share one hidden class.
 */
export function decodeColumns(
  stored: StoredColumns,
  shared: SharedValues,
  fields: readonly LedgerField<keyof LedgerRow, unknown>[] = LEDGER_FIELDS,
): LedgerRow[] {
  const dictionary = stored.dictionary.map((s) => shared.intern(s));
  const byName = new Map(fields.map((f) => [f.name as string, f]));
  const decoded = new Map<string, readonly unknown[]>();
  const length =
    fields.length === 0 ? 0 : (stored.columns[(fields[0] as LedgerField<keyof LedgerRow, unknown>).name] ?? []).length;
  const reader: ColumnDecoder = {
    dictionary,
    length,
    shared,
    column<K extends keyof LedgerRow>(name: K): readonly LedgerRow[K][] {
      let values = decoded.get(name);
      if (!values) {
        const f = byName.get(name);
        if (!f) throw new Error(`台账字段表中没有 ${name}`);
        values = f.decode(stored.columns[name] ?? [], reader);
        decoded.set(name, values);
      }
      return values as readonly LedgerRow[K][];
    },
  };
  const columns = {} as DecodedColumns;
  for (const f of fields) (columns as Record<string, readonly unknown[]>)[f.name] = reader.column(f.name);
  const rows: LedgerRow[] = new Array(length);
  for (let i = 0; i < length; i++) rows[i] = rowAt(columns, i);
  return rows;
}
