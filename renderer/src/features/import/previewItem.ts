import type { PreviewRow } from '../../documents/import/parseImport';
import type { DeskCheck } from '../../domain/import/importPlan';
import type { ImportField } from '../../domain/import/importFields';
import { rowState, type PreviewDecision, type RowState } from '../../domain/import/previewRows';

/** One row of the import preview with the clerk's decision and what the desk says of it. */
export interface PreviewItem {
  row: PreviewRow;
  decision: PreviewDecision;
  check: DeskCheck | null;
  /** The index of the earlier row of the file this row repeats exactly (skipped), or null. */
  repeats: number | null;
}

export function stateOf(item: PreviewItem, acceptedKinds: ReadonlySet<ImportField>): RowState {
  return rowState(item.row.reading, item.decision, acceptedKinds, item.check?.duplicateOf ?? null);
}

/** Where a row sits, as the clerk finds it in the file: 「1月 第5行」. */
export function placeOf(row: Pick<PreviewRow, 'sheetName' | 'rowNumber'>): string {
  return `${row.sheetName} 第${row.rowNumber}行`;
}
