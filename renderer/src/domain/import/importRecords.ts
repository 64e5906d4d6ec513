import type { CaseClockFacts } from '../deadlines';
import { formatRegNo } from '../regNo';
import { isCollective } from '../registration';
import type { Channel, Nature, Petition, PetitionFlags } from '../types';
import type { ImportCandidate } from './importPlan';
import type { ImportedRow } from './readRow';

/**
 * How an accepted row becomes the desk's records (issue 17). Old ledgers say neither the nature nor the hour: a
 * matter is taken as 申诉求决 (what a coal company's ledgers hold most), received at the start of its day, by the
 * channel 来访 when the row names none (each such row carries its warning). A row marked 办结 becomes a closed case:
 * accepted the day it came, its handling finished and closed on its 办结日期 (or, when the ledger gives none, the
 * day it came), rated when the ledger says how satisfied the petitioner was, so statistics and 同比 count it
 * (docs/domain.md §8).
 */
export const IMPORTED_NATURE: Nature = '申诉求决';
export const IMPORTED_CHANNEL: Channel = '来访';

/** The row's received moment, 'YYYY-MM-DDT00:00'; the candidate was accepted, so it has a date. */
export function importedReceivedAt(row: ImportedRow): string {
  return `${row.receivedDate ?? ''}T00:00`;
}

export interface IssuedNumber {
  year: number;
  seq: number;
  regNo: string;
}

/**
 * Desk numbers for the candidates, in their order: within each year in received-date order (a row's place in the
 * file breaks ties), after the last number already issued in that year (`lastIssued`, 0 when none), so no number is
 * given twice. Returns the numbers and each year's new last number.
 */
export function numberImports(
  candidates: readonly Pick<ImportCandidate, 'row'>[],
  lastIssued: ReadonlyMap<number, number>,
): { numbers: IssuedNumber[]; lastOfYear: Map<number, number> } {
  const order = candidates
    .map((c, i) => ({ day: c.row.receivedDate ?? '', i }))
    .sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : a.i - b.i));
  const lastOfYear = new Map<number, number>();
  const numbers: IssuedNumber[] = new Array<IssuedNumber>(candidates.length);
  for (const { day, i } of order) {
    const year = Number(day.slice(0, 4));
    const seq = (lastOfYear.get(year) ?? lastIssued.get(year) ?? 0) + 1;
    lastOfYear.set(year, seq);
    numbers[i] = { year, seq, regNo: formatRegNo(year, seq) };
  }
  return { numbers, lastOfYear };
}

/** The clock facts of an imported row: registered, or a closed case with its dates and rating. */
export function importedCaseFacts(row: ImportedRow): CaseClockFacts {
  const receivedAt = row.receivedDate ?? '';
  const facts: CaseClockFacts = { nature: IMPORTED_NATURE, receivedAt };
  if (!row.closed) return facts;
  const closedAt = row.closedDate ?? receivedAt;
  return {
    ...facts,
    acceptedAt: receivedAt,
    repliedAt: closedAt,
    closedAt,
    ...(row.satisfaction ? { followUp: { date: closedAt, satisfaction: row.satisfaction } } : {}),
  };
}

export function importedFlags(row: ImportedRow, channel: Channel, collectiveThreshold: number): PetitionFlags {
  return {
    collective: isCollective(channel, row.headcount, collectiveThreshold),
    jointLetter: false,
    anonymous: row.anonymous,
    levelSkipping: false,
    lawRelated: false,
  };
}

/**
 * The text of the imported case's record of how it was handled, as the old ledger wrote it, with what the reader set
 * aside (readRow's `setAside`); null when it says nothing.
 */
export function handlingNote(row: ImportedRow): string | null {
  const parts = [
    row.handlingUnit && `承办单位：${row.handlingUnit}`,
    row.leader && `包案领导：${row.leader}`,
    row.dueDate && `办理期限：${row.dueDate}`,
    row.handling && `办理情况：${row.handling}`,
    row.satisfaction && `满意度：${row.satisfaction}`,
    row.remarks && `备注：${row.remarks}`,
    row.setAside.length > 0 && `导入时未采用：${row.setAside.join('；')}`,
  ].filter((p): p is string => typeof p === 'string' && p !== '');
  return parts.length > 0 ? parts.join('；') : null;
}

/** Words that make a row a 检举控告 (an accusation): the row's own category word, or the path it was mapped to. */
const ACCUSATION_WORDS = ['检举', '控告', '举报'];

/**
 * Old ledgers do not say a matter's nature, but a row about an accusation must not come in with its complainant in
 * the clear (docs/domain.md §3, Art. 30 ¶3): one whose category word, or the category path it is mapped to, names
 * 检举, 控告 or 举报 is kept confidential (保密), which an account with the grant may lift on the case page. It stays
 * 申诉求决 like every imported row.
 */
export function importedAsConfidential(row: Pick<ImportedRow, 'category'>, categoryPath: string): boolean {
  return ACCUSATION_WORDS.some((word) => row.category.includes(word) || categoryPath.includes(word));
}

export interface ImportedPetitionInput {
  candidate: ImportCandidate;
  /** importedAsConfidential of the row. */
  confidential: boolean;
  number: IssuedNumber;
  petitionerIds: string[];
  batchId: string;
  collectiveThreshold: number;
  searchText: string;
  stamp: string;
}

/** The stored petition of an accepted row. */
export function importedPetition(input: ImportedPetitionInput): Petition {
  const { candidate, number, stamp } = input;
  const { row } = candidate;
  const channel = row.channel ?? IMPORTED_CHANNEL;
  return {
    id: crypto.randomUUID(),
    regNo: number.regNo,
    year: number.year,
    seq: number.seq,
    channel,
    receivedAt: importedReceivedAt(row),
    headcount: row.headcount,
    categoryId: candidate.categoryId,
    nature: IMPORTED_NATURE,
    unitId: candidate.unitId,
    summary: row.matter,
    demands: row.demands,
    receivingOfficer: '',
    flags: importedFlags(row, channel, input.collectiveThreshold),
    source: null,
    petitionerIds: input.petitionerIds,
    representativeIds: [],
    status: row.closed ? 'closed' : 'registered',
    caseFacts: importedCaseFacts(row),
    receptionCount: 1,
    searchText: input.searchText,
    createdAt: stamp,
    updatedAt: stamp,
    ...(row.originalNo ? { originalNo: row.originalNo } : {}),
    ...(input.confidential ? { confidential: true } : {}),
    importBatchId: input.batchId,
  };
}
