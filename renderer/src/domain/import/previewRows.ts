import {
  isHiddenDuplicate,
  type DeskCheck,
  type DeskDuplicate,
  type ImportCandidate,
  type ImportRequest,
  type RepeatVisitor,
} from './importPlan';
import type { ImportField } from './importFields';
import type { ImportedRow } from './readRow';
import type { ImportProblem } from './problems';

/**
 * The preview's rule for each row of an old ledger (issue 17): a row with errors (no date, no matter) is blocked
 * until the clerk fixes it or skips it; a row with warnings waits until they are accepted, one row at a time or one
 * kind (the field a warning is about) for every row at once; a row with neither is ready. The import may go ahead
 * only when no row is blocked or waiting.
 */
export type RowState = 'skipped' | 'blocked' | 'waiting' | 'ready';

export interface PreviewDecision {
  skipped: boolean;
  /** The clerk accepted this row's warnings as they are. */
  accepted: boolean;
  /** The offered repeat visitors the clerk called 不是同一人 (linkKey); none when absent. */
  notSame?: readonly string[];
}

export interface ProblemsOf {
  errors: readonly ImportProblem[];
  warnings: readonly ImportProblem[];
}

/** A row that is the same as a confidential matter the account may not see stays skipped whatever was decided. */
export function rowState(
  problems: ProblemsOf,
  decision: PreviewDecision,
  acceptedKinds: ReadonlySet<ImportField>,
  duplicateOf: DeskDuplicate | null = null,
): RowState {
  if (decision.skipped || isHiddenDuplicate(duplicateOf)) return 'skipped';
  if (problems.errors.length > 0) return 'blocked';
  const open = problems.warnings.some((w) => !acceptedKinds.has(w.field));
  return open && !decision.accepted ? 'waiting' : 'ready';
}

/** Whether the row goes in with warnings the clerk accepted: counted as flagged in the result. */
export function isFlagged(problems: ProblemsOf, state: RowState): boolean {
  return state === 'ready' && problems.warnings.length > 0;
}

/** The kinds of warnings among the rows still waiting, with how many rows each holds, most first. */
export function openWarningKinds(
  rows: readonly { problems: ProblemsOf; state: RowState }[],
): { field: ImportField; rows: number }[] {
  const counts = new Map<ImportField, number>();
  for (const { problems, state } of rows) {
    if (state !== 'waiting') continue;
    for (const field of new Set(problems.warnings.map((w) => w.field))) counts.set(field, (counts.get(field) ?? 0) + 1);
  }
  return [...counts].map(([field, n]) => ({ field, rows: n })).sort((a, b) => b.rows - a.rows);
}

/** How many rows sit under each key, in the keys' order of first appearance; rows without a key under 「未知」. */
export function countBy<T>(items: readonly T[], keyOf: (item: T) => string | null): { key: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const item of items) {
    const key = keyOf(item) ?? '未知';
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([key, count]) => ({ key, count }));
}

/** A received day's month as the counts show it: 「2025-03」. */
export function monthOf(day: string | null): string | null {
  return day === null ? null : day.slice(0, 7);
}

/** A previewed row as the write needs it: where it came from, its reading and what the desk said of it. */
export interface CandidateSource {
  sheet: string;
  rowNumber: number;
  row: ImportedRow;
  problems: ProblemsOf;
  state: RowState;
  check: DeskCheck | null;
  /** The offered repeat visitors the clerk called 不是同一人 (linkKey). */
  notSame?: readonly string[];
}

/** One offered link, as the clerk's 不是同一人 names it: the row's person and the desk's. */
export function linkKey(visitor: Pick<RepeatVisitor, 'person' | 'personId'>): string {
  return `${visitor.person}:${visitor.personId}`;
}

/**
 * Per person of a row, the desk's person it is linked to: the first offered (an ID number match before a name +
 * phone one, as previewAgainstDesk orders them) that the clerk did not call 不是同一人; null for a new person.
 */
export function linkedPersonIds(
  people: number,
  visitors: readonly RepeatVisitor[],
  notSame: readonly string[],
): (string | null)[] {
  return Array.from(
    { length: people },
    (_, i) => visitors.find((v) => v.person === i && !notSame.includes(linkKey(v)))?.personId ?? null,
  );
}

/**
 * The write's request from the preview: every ready row with its category and unit as the clerk confirmed them and
 * its people linked to the desk's repeat visitors the clerk did not refuse; every other row counted as skipped.
 */
export function importRequest(
  fileName: string,
  sources: readonly CandidateSource[],
  categoryOf: (word: string) => string | null,
  unitOf: (word: string) => string | null,
): ImportRequest {
  const candidates: ImportCandidate[] = [];
  for (const { sheet, rowNumber, row, problems, state, check, notSame = [] } of sources) {
    if (state !== 'ready') continue;
    candidates.push({
      sheet,
      rowNumber,
      row,
      categoryId: row.category === '' ? null : categoryOf(row.category),
      unitId: row.unit === '' ? null : unitOf(row.unit),
      personIds: linkedPersonIds(row.people.length, check?.repeatVisitors ?? [], notSame),
      flagged: isFlagged(problems, state),
    });
  }
  return { fileName, candidates, skipped: sources.length - candidates.length };
}
