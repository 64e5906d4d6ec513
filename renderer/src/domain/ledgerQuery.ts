import { mergeChangedRows } from './mergeRows';
import { CONFIDENTIAL_PLACEHOLDER, isConfidential } from './access/confidential';
import type { CaseClockFacts } from './deadlines';
import { buildSearchText, matchesTerms, searchTerms, withDigestedPhones } from './search';
import {
  IDENTITY_TYPES,
  type Channel,
  type IdentityType,
  type Nature,
  type Petition,
  type PetitionFlags,
  type PetitionStatus,
  type Reception,
} from './types';

/** One contact (接待记录) as the ledger row keeps it: what 批次/人次 by reception day need (docs/domain.md §8). */
export interface LedgerReception {
  receivedAt: string;
  channel: Channel;
  headcount: number;
  /** 重复访: a later contact linked to the petition. */
  isRepeat: boolean;
  /** The contact's own flags (集体访, 越级访 count per 批次). */
  flags: PetitionFlags;
}

/** One petition as the ledger (信访台账) lists and filters it: compact, kept in memory for 100,000 rows. */
export interface LedgerRow {
  id: string;
  regNo: string;
  year: number;
  seq: number;
  channel: Channel;
  receivedAt: string;
  categoryId: string | null;
  nature: Nature;
  unitId: string | null;
  status: PetitionStatus;
  flags: PetitionFlags;
  /** More than 1 means 重复访. */
  receptionCount: number;
  headcount: number;
  petitionerNames: string[];
  /** The first 80 characters of the summary. */
  summary: string;
  searchText: string;
  /**
   * The case's clock facts. An open case keeps them whole (the 督办 board reads them); a finished one (isOpenStatus
   * false) keeps only what the statistics read (STAT_FACT_KEYS), to keep 100,000 rows small. Null only when the
   * caller had none.
   */
  caseFacts: CaseClockFacts | null;
  /** 包案领导: the leader the case was assigned to (交办), kept after it is finished; null before it is assigned. */
  leader: string | null;
  /** The distinct 身份 types of its petitioners, in IDENTITY_TYPES order; one shared frozen array per combination. */
  identityTypes: readonly IdentityType[];
  /** Every contact of the petition, oldest first (compareLedgerReceptions); the first is the registration's. */
  receptions: readonly LedgerReception[];
  /** 保密 (isConfidential: 检举控告, or marked): the petitioners' identity is shown only to accounts granted it. */
  confidential: boolean;
  /** For a confidential row, what an account without the grant sees instead (redactLedgerRow); null otherwise. */
  confidentialView: ConfidentialRowView | null;
}

/**
 * A confidential row as an account without the grant sees it: the summary and the search text cleaned of the
 * petitioners' names, ID numbers, phones and addresses, and no names or pinyin to search by
 * (docs/domain.md §3, Art. 30).
 */
export interface ConfidentialRowView {
  summary: string;
  searchText: string;
}

export type LedgerFlag = keyof PetitionFlags | 'repeat';
export type LedgerSortField = 'receivedAt' | 'regNo' | 'headcount' | 'receptionCount';

export interface LedgerQuery {
  /** 'YYYY-MM-DD', inclusive, on receivedAt. */
  from?: string;
  to?: string;
  channels?: Channel[];
  /** Already expanded: a first-level category comes with its children (see expandToDescendants). */
  categoryIds?: string[];
  natures?: Nature[];
  /** Already expanded like categoryIds when a unit's subtree is meant. */
  unitIds?: string[];
  statuses?: PetitionStatus[];
  /** Every flag listed must hold; 'repeat' means more than one reception. */
  flags?: LedgerFlag[];
  text?: string;
  sort: { field: LedgerSortField; order: 'asc' | 'desc' };
  /** 1-based. A page past the end returns no rows (total still tells the UI where the end is). */
  page: number;
  pageSize: number;
}

export interface LedgerResult {
  total: number;
  rows: LedgerRow[];
}

export const LEDGER_SUMMARY_LENGTH = 80;

export const DEFAULT_LEDGER_SORT: LedgerQuery['sort'] = { field: 'receivedAt', order: 'desc' };

/** Statuses after which the office has nothing left to do on a case: their rows carry no clock facts. */
const FINISHED_STATUSES: ReadonlySet<PetitionStatus> = new Set<PetitionStatus>([
  'closed',
  'rejected',
  'forwarded',
  'final',
  'voided',
]);

/** Whether the case is still open to the office's work (not 办结, 不予受理, 转送 or 终结). */
export function isOpenStatus(status: PetitionStatus): boolean {
  return !FINISHED_STATUSES.has(status);
}

/** A decision letter the office recorded but whose delivery (送达) is not yet recorded. */
function unservedLetter(f: CaseClockFacts): boolean {
  return (
    (!!f.repliedAt && !f.servedAt) ||
    (!!f.reviewDecidedAt && !f.reviewServedAt) ||
    (!!f.recheckDecidedAt && !f.recheckServedAt)
  );
}

/**
 * Whether the office still owes the case something: it is open; or it is 不予受理 and its written notice (Art. 23)
 * is not issued yet; or it is 办结/终结 with a 处理意见书, 复查意见书 or 复核意见书 not yet recorded as served.
 * Such a case stays on the 督办台 and its ledger row keeps its whole clock facts.
 */
export function awaitsOffice(status: PetitionStatus, facts: CaseClockFacts | null | undefined): boolean {
  if (isOpenStatus(status)) return true;
  if (!facts) return false;
  if (status === 'rejected') return !facts.acceptanceNoticeIssuedAt;
  if (status === 'closed' || status === 'final') return unservedLetter(facts);
  return false;
}

/**
 * What a finished case's row keeps: the clock facts the statistics read (domain/statistics/handling.ts), and the
 * ones awaitsOffice reads, so the stored row answers "does the office still owe it something?" as the whole facts do.
 */
export const STAT_FACT_KEYS = [
  'nature',
  'receivedAt',
  'acceptedAt',
  'extension',
  'pauses',
  'repliedAt',
  'closedAt',
  'followUp',
  'acceptanceNoticeIssuedAt',
  'servedAt',
  'reviewDecidedAt',
  'reviewServedAt',
  'recheckDecidedAt',
  'recheckServedAt',
] as const satisfies readonly (keyof CaseClockFacts)[];

/** The facts without what only an open case needs (assignment, 送达, 复查/复核 steps, 督办). */
export function statFacts(facts: CaseClockFacts): CaseClockFacts {
  const kept: Record<string, unknown> = {};
  for (const key of STAT_FACT_KEYS) if (facts[key] !== undefined) kept[key] = facts[key];
  return kept as unknown as CaseClockFacts;
}

const sharedIdentityLists = new Map<string, readonly IdentityType[]>();

/** The distinct types among `types`, in IDENTITY_TYPES order, as one frozen array shared by every row that has them. */
export function identityTypeList(types: Iterable<IdentityType | null | undefined>): readonly IdentityType[] {
  const present = new Set(types);
  const list = IDENTITY_TYPES.filter((t) => present.has(t));
  const key = list.join('|');
  let shared = sharedIdentityLists.get(key);
  if (!shared) {
    shared = Object.freeze(list);
    sharedIdentityLists.set(key, shared);
  }
  return shared;
}

/** Oldest first; contacts at the same moment in a fixed order, so a row written and a row rebuilt are equal. */
export function compareLedgerReceptions(a: LedgerReception, b: LedgerReception): number {
  if (a.receivedAt !== b.receivedAt) return a.receivedAt < b.receivedAt ? -1 : 1;
  if (a.isRepeat !== b.isRepeat) return a.isRepeat ? 1 : -1;
  if (a.channel !== b.channel) return a.channel < b.channel ? -1 : 1;
  return a.headcount - b.headcount || JSON.stringify(a.flags).localeCompare(JSON.stringify(b.flags));
}

export function toLedgerReception(
  reception: Pick<Reception, 'receivedAt' | 'channel' | 'headcount' | 'isRepeat' | 'flags'>,
): LedgerReception {
  return {
    receivedAt: reception.receivedAt,
    channel: reception.channel,
    headcount: reception.headcount,
    isRepeat: reception.isRepeat,
    flags: reception.flags,
  };
}

/** What a row takes from the petition's petitioners and receptions. */
export interface LedgerRowRelated {
  petitionerNames: string[];
  identityTypes: Iterable<IdentityType | null | undefined>;
  receptions: readonly LedgerReception[];
  /**
   * For a confidential petition: replaces its petitioners' names, ID numbers, phones and addresses in a free text
   * (the db layer passes one built from the people on file). Without it the texts are taken as they are.
   */
  scrubIdentity?: (text: string) => string;
}

/**
 * The search text with a forwarded matter's 来文文号 (集信转〔2026〕12号) and an imported matter's 原编号 as its last
 * lines, so the clerk finds the matter by the number on the letter or the old ledger in hand. Added when the row is
 * built: the petition's own search text predates them, and is rewritten without them when a person changes.
 */
export function withSourceDocNo(searchText: string, petition: Pick<Petition, 'source' | 'originalNo'>): string {
  const numbers = [petition.source?.docNo, petition.originalNo]
    .map((n) => n?.trim().toLowerCase() ?? '')
    .filter((n) => n !== '');
  return numbers.length > 0 ? `${searchText}\n${numbers.join('\n')}` : searchText;
}

/** What a confidential petition's row shows an account without the grant: its own texts, scrubbed, with no people. */
function confidentialViewOf(petition: Petition, scrub: (text: string) => string): ConfidentialRowView {
  const summary = scrub(petition.summary);
  return {
    summary: summary.slice(0, LEDGER_SUMMARY_LENGTH),
    searchText: withSourceDocNo(
      buildSearchText({ names: [], phones: [], regNo: petition.regNo, summary, demands: scrub(petition.demands) }),
      petition,
    ),
  };
}

/**
 * The petition's row. `caseFacts` defaults to the petition's own; the db layer passes the registered-state facts for
 * a petition saved without them.
 */
export function toLedgerRow(
  petition: Petition,
  related: LedgerRowRelated,
  caseFacts: CaseClockFacts | undefined = petition.caseFacts,
): LedgerRow {
  const open = awaitsOffice(petition.status, caseFacts);
  const confidential = isConfidential(petition);
  return {
    id: petition.id,
    regNo: petition.regNo,
    year: petition.year,
    seq: petition.seq,
    channel: petition.channel,
    receivedAt: petition.receivedAt,
    categoryId: petition.categoryId,
    nature: petition.nature,
    unitId: petition.unitId,
    status: petition.status,
    flags: petition.flags,
    receptionCount: petition.receptionCount,
    headcount: petition.headcount,
    petitionerNames: related.petitionerNames,
    summary: petition.summary.slice(0, LEDGER_SUMMARY_LENGTH),
    searchText: withSourceDocNo(withDigestedPhones(petition.searchText), petition),
    caseFacts: caseFacts ? (open ? caseFacts : statFacts(caseFacts)) : null,
    leader: caseFacts?.assignment?.leader ?? null,
    identityTypes: identityTypeList(related.identityTypes),
    receptions: [...related.receptions].sort(compareLedgerReceptions),
    confidential,
    confidentialView: confidential ? confidentialViewOf(petition, related.scrubIdentity ?? ((text) => text)) : null,
  };
}

/**
 * The row as an account without the grant sees it: a confidential row's names become （保密） and its summary and
 * search text the scrubbed ones, so neither the list nor the search box gives the identity away. Other rows as they are.
 */
export function redactLedgerRow(row: LedgerRow): LedgerRow {
  const view = row.confidentialView;
  if (view === null) return row;
  return {
    ...row,
    petitionerNames: row.petitionerNames.length > 0 ? [CONFIDENTIAL_PLACEHOLDER] : [],
    summary: view.summary,
    searchText: view.searchText,
  };
}

/**
 * The ledger's natural order: newest received first, then the higher number first.
 * queryLedger relies on its input being in this order (loadLedgerRows returns it; keep it with mergeLedgerRows).
 */
export function compareLedgerDefault(a: LedgerRow, b: LedgerRow): number {
  if (a.receivedAt !== b.receivedAt) return a.receivedAt < b.receivedAt ? 1 : -1;
  return b.year - a.year || b.seq - a.seq;
}

/** Replaces rows with the same id and inserts new ones, returning a new array in the natural order. */
export function mergeLedgerRows(rows: readonly LedgerRow[], changed: readonly LedgerRow[]): LedgerRow[] {
  return mergeChangedRows(
    rows,
    changed.map((r) => r.id),
    changed,
    compareLedgerDefault,
  );
}

/** The ids plus every descendant's id, for a tree of categories or units (a 矿 selects its 区队 too). */
export function expandToDescendants(
  nodes: readonly { id: string; parentId: string | null }[],
  ids: readonly string[],
): string[] {
  const children = new Map<string, string[]>();
  for (const n of nodes) {
    if (n.parentId === null) continue;
    const list = children.get(n.parentId);
    if (list) list.push(n.id);
    else children.set(n.parentId, [n.id]);
  }
  const result = new Set<string>();
  const stack = [...ids];
  while (stack.length > 0) {
    const id = stack.pop() as string;
    if (result.has(id)) continue;
    result.add(id);
    stack.push(...(children.get(id) ?? []));
  }
  return [...result];
}

function toSet<T>(values: readonly T[] | undefined): Set<T> | null {
  return values && values.length > 0 ? new Set(values) : null;
}

type RowPredicate = (row: LedgerRow) => boolean;

/** Builds one predicate from the query's filters, or null when nothing filters. Each set is built once, not per row. */
function buildFilter(q: LedgerQuery): RowPredicate | null {
  const from = q.from || null;
  // receivedAt is 'YYYY-MM-DDTHH:mm'; any moment of the 'to' day sorts below to + 'U'.
  const toBound = q.to ? `${q.to}U` : null;
  const channels = toSet(q.channels);
  const categories = toSet(q.categoryIds);
  const natures = toSet(q.natures);
  const units = toSet(q.unitIds);
  const statuses = toSet(q.statuses);
  const flags = q.flags && q.flags.length > 0 ? q.flags.filter((f) => f !== 'repeat') : [];
  const repeat = q.flags?.includes('repeat') ?? false;
  const terms = searchTerms(q.text ?? '');
  if (
    !from &&
    !toBound &&
    !channels &&
    !categories &&
    !natures &&
    !units &&
    !statuses &&
    flags.length === 0 &&
    !repeat &&
    terms.length === 0
  ) {
    return null;
  }
  return (row) => {
    if (from !== null && row.receivedAt < from) return false;
    if (toBound !== null && row.receivedAt > toBound) return false;
    if (channels !== null && !channels.has(row.channel)) return false;
    if (categories !== null && (row.categoryId === null || !categories.has(row.categoryId))) return false;
    if (natures !== null && !natures.has(row.nature)) return false;
    if (units !== null && (row.unitId === null || !units.has(row.unitId))) return false;
    if (statuses !== null && !statuses.has(row.status)) return false;
    for (let i = 0; i < flags.length; i++) if (!row.flags[flags[i] as keyof PetitionFlags]) return false;
    if (repeat && row.receptionCount < 2) return false;
    return terms.length === 0 || matchesTerms(row.searchText, terms);
  };
}

/**
 * Stable counting sort on a small non-negative integer key (headcount, reception count): linear time, where a
 * comparison sort of 100,000 rows costs tens of milliseconds. Returns null when the key range is too wide.
 */
function sortBySmallInt(
  rows: readonly LedgerRow[],
  key: (row: LedgerRow) => number,
  order: 'asc' | 'desc',
): LedgerRow[] | null {
  let max = 0;
  for (let i = 0; i < rows.length; i++) {
    const k = key(rows[i] as LedgerRow);
    if (!Number.isInteger(k) || k < 0) return null;
    if (k > max) max = k;
  }
  if (max > 100_000) return null;
  const counts = new Uint32Array(max + 2);
  for (let i = 0; i < rows.length; i++) counts[key(rows[i] as LedgerRow) + 1]!++;
  // Start offsets per key, ascending or descending, so each bucket keeps its rows' incoming (newest-first) order.
  if (order === 'asc') for (let k = 1; k <= max + 1; k++) counts[k]! += counts[k - 1]!;
  else {
    let offset = 0;
    for (let k = max + 1; k >= 1; k--) {
      const c = counts[k]!;
      counts[k] = offset;
      offset += c;
    }
  }
  const shift = order === 'asc' ? 0 : 1;
  const out = new Array<LedgerRow>(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as LedgerRow;
    out[counts[key(row) + shift]!++] = row;
  }
  return out;
}

const headcountOf = (row: LedgerRow) => row.headcount;
const receptionCountOf = (row: LedgerRow) => row.receptionCount;

function sortComparator(field: LedgerSortField, order: 'asc' | 'desc'): (a: LedgerRow, b: LedgerRow) => number {
  const sign = order === 'asc' ? 1 : -1;
  switch (field) {
    case 'regNo':
      return (a, b) => sign * (a.year - b.year || a.seq - b.seq);
    case 'headcount':
      return (a, b) => sign * (a.headcount - b.headcount);
    case 'receptionCount':
      return (a, b) => sign * (a.receptionCount - b.receptionCount);
    case 'receivedAt':
      return (a, b) => sign * compareLedgerDefault(b, a);
  }
}

/**
 * Filters, searches, sorts and pages the in-memory ledger.
 * Precondition: `rows` is in the natural order (compareLedgerDefault: receivedAt desc). Then the default sort needs
 * no sorting at all, receivedAt asc is a reverse, and the other sorts are stable so ties stay newest first.
 */
export function queryLedger(rows: readonly LedgerRow[], q: LedgerQuery): LedgerResult {
  const filter = buildFilter(q);
  let matched: readonly LedgerRow[];
  if (filter === null) matched = rows;
  else {
    const kept: LedgerRow[] = [];
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i] as LedgerRow;
      if (filter(row)) kept.push(row);
    }
    matched = kept;
  }
  const { field, order } = q.sort;
  const pageSize = Math.max(1, Math.floor(q.pageSize));
  const start = (Math.max(1, Math.floor(q.page)) - 1) * pageSize;
  let page: LedgerRow[];
  if (field === 'receivedAt' && order === 'desc') {
    page = matched.slice(start, start + pageSize);
  } else if (field === 'receivedAt') {
    // Reverse only the requested window instead of the whole set.
    const end = matched.length - start;
    page = matched.slice(Math.max(0, end - pageSize), Math.max(0, end)).reverse();
  } else {
    const key = field === 'headcount' ? headcountOf : field === 'receptionCount' ? receptionCountOf : null;
    let sorted = key ? sortBySmallInt(matched, key, order) : null;
    if (sorted === null) {
      sorted = filter === null ? matched.slice() : (matched as LedgerRow[]);
      sorted.sort(sortComparator(field, order));
    }
    page = sorted.slice(start, start + pageSize);
  }
  return { total: matched.length, rows: page };
}
