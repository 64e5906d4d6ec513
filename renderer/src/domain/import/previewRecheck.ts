import { duplicatesInFile } from './importKeys';
import type { PreviewDecision } from './previewRows';
import type { ImportedRow } from './readRow';

/**
 * Whether a previewed row is an exact duplicate (issue 17): of an earlier row of the file, or of a petition already on
 * the desk. A duplicate starts skipped; the clerk may still import it (恢复). When the clerk fixes a row, the file's
 * duplicates are found again, since the fix may make the row a copy of another or end another row's copy of it.
 */
export interface DuplicateMark {
  /** The index of the earlier row of the file this one repeats exactly, or null. */
  repeats: number | null;
  /** The desk already holds the same contact (previewAgainstDesk's duplicateOf). */
  onDesk: boolean;
  decision: PreviewDecision;
}

const isDuplicate = (mark: Pick<DuplicateMark, 'repeats' | 'onDesk'>) => mark.repeats !== null || mark.onDesk;

/** The rows' marks as the preview starts: `onDesk` per row, in the rows' order. */
export function duplicateMarks(rows: readonly ImportedRow[], onDesk: readonly boolean[]): DuplicateMark[] {
  return duplicatesInFile(rows).map((repeats, i) => {
    const mark = { repeats, onDesk: onDesk[i] ?? false };
    return { ...mark, decision: { skipped: isDuplicate(mark), accepted: false } };
  });
}

/**
 * The marks after the clerk fixed row `fixed` (`rows` holds its new reading, `fixedOnDesk` what the desk now says of
 * it). The fixed row starts again: skipped if it is a duplicate, its warnings to accept again. Another row whose
 * duplicate status the fix changed is skipped or un-skipped with it; any other keeps the clerk's decision.
 */
export function recheckAfterFix(
  rows: readonly ImportedRow[],
  before: readonly DuplicateMark[],
  fixed: number,
  fixedOnDesk: boolean,
): DuplicateMark[] {
  return duplicatesInFile(rows).map((repeats, i) => {
    const was = before[i] ?? { repeats: null, onDesk: false, decision: { skipped: false, accepted: false } };
    const mark = { repeats, onDesk: i === fixed ? fixedOnDesk : was.onDesk };
    const duplicate = isDuplicate(mark);
    if (i === fixed) return { ...mark, decision: { skipped: duplicate, accepted: false } };
    if (duplicate === isDuplicate(was)) return { ...mark, decision: was.decision };
    return { ...mark, decision: { ...was.decision, skipped: duplicate } };
  });
}
