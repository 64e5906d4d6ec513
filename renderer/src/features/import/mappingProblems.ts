import { columnOf, type ColumnMapping } from '../../domain/import/columnMapping';
import type { SheetSummary } from '../../documents/import/parseImport';

/** A table cannot be read without the two columns every row needs: its date and its matter. */
export function mappingProblems(sheets: readonly SheetSummary[], mappings: readonly ColumnMapping[]): string[] {
  return sheets.flatMap((sheet) => {
    const mapping = mappings[sheet.index] ?? [];
    const missing = [
      columnOf(mapping, 'receivedDate') < 0 ? '日期' : null,
      columnOf(mapping, 'matter') < 0 ? '反映问题' : null,
    ].filter((m) => m !== null);
    return missing.length > 0 ? [`工作表「${sheet.sheetName}」没有指定“${missing.join('”和“')}”列`] : [];
  });
}
