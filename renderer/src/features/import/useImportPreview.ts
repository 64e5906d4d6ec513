import { useState } from 'react';
import type { PreviewRow } from '../../documents/import/parseImport';
import type { CellValue } from '../../domain/import/cells';
import type { ColumnMapping } from '../../domain/import/columnMapping';
import { duplicateMarks, recheckAfterFix } from '../../domain/import/previewRecheck';
import type { ImportMemory, ImportRequest } from '../../domain/import/importPlan';
import type { ImportField } from '../../domain/import/importFields';
import { importRequest, type PreviewDecision } from '../../domain/import/previewRows';
import { readImportRow } from '../../domain/import/readRow';
import { previewAgainstDesk } from '../../services/data/imports';
import { stateOf, type PreviewItem } from './previewItem';
import {
  categoryKeyOf,
  chosenId,
  keptChoices,
  learnedWords,
  unitKeyOf,
  wordTables,
  type WordChoice,
  type WordReference,
} from '../../domain/import/wordChoices';

const NOT_DECIDED: PreviewDecision = { skipped: false, accepted: false };

/**
 * The preview's state: the rows with the clerk's decisions, the warning kinds accepted for all rows, and the
 * category and unit tables. Exact duplicates (within the file, or already on the desk) start skipped.
 */
export function useImportPreview() {
  const [items, setItems] = useState<PreviewItem[]>([]);
  const [acceptedKinds, setAcceptedKinds] = useState<ReadonlySet<ImportField>>(new Set());
  const [categories, setCategories] = useState<WordChoice[]>([]);
  const [units, setUnits] = useState<WordChoice[]>([]);
  const [basis, setBasis] = useState<{ memory: ImportMemory; reference: WordReference } | null>(null);

  const start = async (rows: PreviewRow[], memory: ImportMemory, reference: WordReference) => {
    const readings = rows.map((r) => r.reading.row);
    const checks = await previewAgainstDesk(readings);
    const marks = duplicateMarks(
      readings,
      checks.map((c) => Boolean(c.duplicateOf)),
    );
    setItems(
      rows.map((row, i): PreviewItem => {
        const mark = marks[i];
        return {
          row,
          decision: mark?.decision ?? NOT_DECIDED,
          check: checks[i] ?? null,
          repeats: mark?.repeats ?? null,
        };
      }),
    );
    setAcceptedKinds(new Set());
    setBasis({ memory, reference });
    const tables = wordTables(readings, memory, reference);
    setCategories(tables.categories);
    setUnits(tables.units);
  };

  const decide = (key: string, patch: Partial<PreviewDecision>) =>
    setItems((list) =>
      list.map((item) => (item.row.key === key ? { ...item, decision: { ...item.decision, ...patch } } : item)),
    );

  /**
   * The clerk's corrected cells, read again as the file's rows are; the desk is asked about the row again, the file's
   * duplicates are found again and the row's words join the category and unit tables.
   */
  const reread = async (key: string, cells: CellValue[], mapping: ColumnMapping, date1904: boolean, now: Date) => {
    const item = items.find((i) => i.row.key === key);
    if (!item || !basis) return;
    const reading = readImportRow(cells, mapping, { year: item.row.year, date1904 }, now);
    const [check] = await previewAgainstDesk([reading.row]);
    setItems((list) => {
      const fixed = list.findIndex((i) => i.row.key === key);
      const next = list.map((i, n) =>
        n === fixed ? { ...i, row: { ...i.row, cells, reading }, check: check ?? null } : i,
      );
      const marks = recheckAfterFix(
        next.map((i) => i.row.reading.row),
        next.map((i) => ({ repeats: i.repeats, onDesk: Boolean(i.check?.duplicateOf), decision: i.decision })),
        fixed,
        Boolean(check?.duplicateOf),
      );
      return next.map((i, n) => {
        const mark = marks[n];
        return mark ? { ...i, repeats: mark.repeats, decision: mark.decision } : i;
      });
    });
    const readings = items.map((i) => (i.row.key === key ? reading.row : i.row.reading.row));
    const tables = wordTables(readings, basis.memory, basis.reference);
    setCategories((list) => keptChoices(list, tables.categories));
    setUnits((list) => keptChoices(list, tables.units));
  };

  const choose = (set: typeof setCategories) => (key: string, id: string | null) =>
    set((list) => list.map((c) => (c.key === key ? { ...c, id, open: false } : c)));

  const request = (fileName: string): ImportRequest =>
    importRequest(
      fileName,
      items.map((item) => ({
        sheet: item.row.sheetName,
        rowNumber: item.row.rowNumber,
        row: item.row.reading.row,
        problems: item.row.reading,
        state: stateOf(item, acceptedKinds),
        check: item.check,
        notSame: item.decision.notSame ?? [],
      })),
      (word) => chosenId(categories, categoryKeyOf(word)),
      (word) => chosenId(units, unitKeyOf(word)),
    );

  const states = items.map((item) => stateOf(item, acceptedKinds));
  return {
    items,
    acceptedKinds,
    categories,
    units,
    start,
    decide,
    reread,
    acceptKind: (field: ImportField) => setAcceptedKinds((kinds) => new Set([...kinds, field])),
    chooseCategory: choose(setCategories),
    chooseUnit: choose(setUnits),
    confirmAllUnits: () => setUnits((list) => list.map((c) => ({ ...c, open: false }))),
    request,
    /** Why 确认导入 cannot go ahead yet, or null. */
    blocker: ((): string | null => {
      const blocked = states.filter((s) => s === 'blocked').length;
      const waiting = states.filter((s) => s === 'waiting').length;
      const openUnits = units.filter((u) => u.open).length;
      if (blocked > 0) return `还有${blocked}行有错误，请修改或跳过`;
      if (waiting > 0) return `还有${waiting}行的提示未确认`;
      if (openUnits > 0) return `还有${openUnits}个相近的单位名称未确认`;
      if (!states.includes('ready')) return '没有可导入的行';
      return null;
    })(),
    learned: () => ({ categoryWords: learnedWords(categories), unitWords: learnedWords(units) }),
  };
}
