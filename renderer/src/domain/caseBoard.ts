import { runningAssignedDue, type AssignedDeadline } from './assignedDue';
import type { CaseEnvironment } from './caseEnvironment';
import { nearestOfficeDeadline, type CaseClockFacts, type OfficeDeadline } from './deadlines';
import { awaitsOffice } from './ledgerQuery';
import type { PetitionStatus } from './types';
import { nextAction } from './workflow';
import type { CaseAction } from './workflowPayloads';

/**
 * The 督办 board (督办台) and "my cases" (我的案件): every open case sorted into the office's to-do lists, each with
 * its nearest office deadline, who handles it and the step that moves it on. Pure, and fast enough to recompute
 * over the ledger's 100,000 in-memory rows on every change (LedgerRow satisfies BoardInputRow).
 */
export interface BoardInputRow {
  id: string;
  regNo: string;
  status: PetitionStatus;
  receivedAt: string;
  unitId: string | null;
  petitionerNames: readonly string[];
  summary: string;
  /** A case the office owes nothing (awaitsOffice false) is not on the board, whatever facts its row keeps for the statistics. */
  caseFacts: CaseClockFacts | null;
}

/** The board's lists. A case is on 临期 and/or 超期 by its deadlines (the office's own, the 交办期限), and on one of the others by its status. */
export const BOARD_BUCKETS = {
  dueSoon: '临期',
  overdue: '超期',
  toAccept: '待受理',
  toReply: '待答复',
  toFollowUp: '待回访',
} as const;
export type BoardBucket = keyof typeof BOARD_BUCKETS;
export const BOARD_BUCKET_KEYS = Object.keys(BOARD_BUCKETS) as BoardBucket[];

/**
 * Which status list a case is on. 待受理: registered, the acceptance decision (and its 告知) still owed. 待答复: the
 * office owes the written answer, the 处理意见书 or a 复查/复核 opinion. 待回访: replied, not yet followed up.
 */
const STATUS_BUCKET: Partial<Record<PetitionStatus, BoardBucket>> = {
  registered: 'toAccept',
  accepted: 'toReply',
  assigned: 'toReply',
  inProgress: 'toReply',
  reviewRequested: 'toReply',
  recheckRequested: 'toReply',
  replied: 'toFollowUp',
};

/** The office period that ends first (from runningDeadlines' rules). */
export type BoardDeadline = OfficeDeadline;

export interface BoardRow {
  id: string;
  regNo: string;
  status: PetitionStatus;
  receivedAt: string;
  petitionerNames: readonly string[];
  summary: string;
  deadline: BoardDeadline | null;
  /** The 交办期限 given to the handling unit, while it runs (from 交办 to the answer). */
  assignedDue: AssignedDeadline | null;
  /** The handling unit (承办单位) of the 交办, with its 包案领导 and 承办人; null before the case is assigned. */
  unitId: string | null;
  unitName: string | null;
  leader: string | null;
  handler: string | null;
  /** The step that moves the case on (the button's label), or null when it waits for the petitioner. */
  next: { action: CaseAction; label: string } | null;
}

export interface CaseBoard {
  buckets: Record<BoardBucket, BoardRow[]>;
  /** Every open case (after the person filter), on a list or not (已回访 waiting to be closed, 已复查); unsorted. */
  open: BoardRow[];
}

export interface CaseBoardOptions {
  /** 我的案件: only cases whose 承办人 or 包案领导 is this name. */
  person?: string;
  /** Unit names by id, for an assignment that recorded only the unit's id. */
  unitNames?: ReadonlyMap<string, string>;
}

/** Nearest due first, undated last; then by registration number. */
function compareBoardRows(a: BoardRow, b: BoardRow): number {
  const da = a.deadline?.due;
  const db = b.deadline?.due;
  if (da !== db) {
    if (da === undefined) return 1;
    if (db === undefined) return -1;
    return da < db ? -1 : 1;
  }
  return a.regNo < b.regNo ? -1 : a.regNo > b.regNo ? 1 : 0;
}

/** The board over `rows` on `today` ('YYYY-MM-DD'), every list sorted nearest deadline first. */
export function buildCaseBoard(
  rows: readonly BoardInputRow[],
  env: CaseEnvironment,
  today: string,
  options: CaseBoardOptions = {},
): CaseBoard {
  const person = options.person?.trim() || null;
  const buckets: Record<BoardBucket, BoardRow[]> = {
    dueSoon: [],
    overdue: [],
    toAccept: [],
    toReply: [],
    toFollowUp: [],
  };
  const open: BoardRow[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as BoardInputRow;
    const facts = row.caseFacts;
    if (facts === null || !awaitsOffice(row.status, facts)) continue;
    const assignment = facts.assignment;
    if (person !== null && assignment?.leader !== person && assignment?.handler !== person) continue;
    const deadline = nearestOfficeDeadline(facts, env.rules, env.calendar, today, env.dueSoonDays);
    const assignedDue = runningAssignedDue(facts, env.rules, env.calendar, today, env.dueSoonDays);
    const boardRow: BoardRow = {
      id: row.id,
      regNo: row.regNo,
      status: row.status,
      receivedAt: row.receivedAt,
      petitionerNames: row.petitionerNames,
      summary: row.summary,
      deadline,
      assignedDue,
      unitId: assignment?.unitId ?? null,
      unitName: assignment ? assignment.unitName || options.unitNames?.get(assignment.unitId) || null : null,
      leader: assignment?.leader ?? null,
      handler: assignment?.handler ?? null,
      next: nextAction(row.status, facts),
    };
    open.push(boardRow);
    // 临期/超期 by the office's own period, and by the 交办期限 the unit was given: a case 临期 by one and 超期 by
    // the other is on both lists, each for its own deadline.
    const states = [deadline?.state, assignedDue?.state];
    if (states.includes('临期')) buckets.dueSoon.push(boardRow);
    if (states.includes('超期')) buckets.overdue.push(boardRow);
    // A 不予受理 still owing its written notice waits, like a new petition, for the office's answer.
    const bucket = row.status === 'rejected' ? 'toAccept' : STATUS_BUCKET[row.status];
    if (bucket) buckets[bucket].push(boardRow);
  }
  for (const key of BOARD_BUCKET_KEYS) buckets[key].sort(compareBoardRows);
  return { buckets, open };
}

export type BoardGrouping = 'unit' | 'leader';
export const BOARD_GROUPINGS: Record<BoardGrouping, string> = { unit: '按承办单位', leader: '按包案领导' };

export interface BoardGroup {
  key: string;
  label: string;
  rows: BoardRow[];
  overdue: number;
  dueSoon: number;
}

/** Label of the group of cases not yet assigned (no 承办单位, no 包案领导). */
export const UNASSIGNED_GROUP = '未交办';

/**
 * The rows grouped by 承办单位 or by 包案领导: most overdue groups first, then the largest, the cases not yet assigned
 * last; rows keep their order.
 */
export function groupBoardRows(rows: readonly BoardRow[], by: BoardGrouping): BoardGroup[] {
  const groups = new Map<string, BoardGroup>();
  for (const row of rows) {
    const key = (by === 'unit' ? row.unitId : row.leader) ?? '';
    const label = (by === 'unit' ? (row.unitName ?? row.unitId) : row.leader) ?? UNASSIGNED_GROUP;
    let group = groups.get(key);
    if (!group) {
      group = { key, label, rows: [], overdue: 0, dueSoon: 0 };
      groups.set(key, group);
    }
    group.rows.push(row);
    if (row.deadline?.state === '超期') group.overdue++;
    else if (row.deadline?.state === '临期') group.dueSoon++;
  }
  const unassigned = (g: BoardGroup) => (g.key === '' ? 1 : 0);
  return [...groups.values()].sort(
    (a, b) =>
      unassigned(a) - unassigned(b) ||
      b.overdue - a.overdue ||
      b.rows.length - a.rows.length ||
      (a.label < b.label ? -1 : a.label > b.label ? 1 : 0),
  );
}
