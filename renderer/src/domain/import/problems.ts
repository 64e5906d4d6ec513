import type { ImportField } from './importFields';

/**
 * What reading an old ledger's cell can go wrong with (issue 17). An error keeps a row out until the clerk fixes or
 * skips it (no date, no matter); a warning may be accepted as it is (an ID number Excel rounded, an unknown channel).
 */
export type ProblemLevel = 'error' | 'warning';

export interface ImportProblem {
  level: ProblemLevel;
  /** The column's field, so the preview can mark the cell. */
  field: ImportField;
  /** In Chinese, for the clerk. */
  message: string;
}

/** A cell read into a value, or why it could not be: every reader returns one of these. */
export type Reading<T> = { ok: true; value: T } | { ok: false; message: string };

export const readOk = <T>(value: T): Reading<T> => ({ ok: true, value });
export const readFailed = <T>(message: string): Reading<T> => ({ ok: false, message });
