import { useState } from 'react';
import type { PreviewRow } from '../../documents/import/parseImport';
import type { CellValue } from '../../domain/import/cells';
import type { ColumnMapping } from '../../domain/import/columnMapping';
import { duplicatesInFile } from '../../domain/import/importKeys';
import type { ImportMemory, ImportRequest } from '../../domain/import/importPlan';
import type { ImportField } from '../../domain/import/importFields';
import { importRequest, type PreviewDecision } from '../../domain/import/previewRows';
import { readImportRow } from '../../domain/import/readRow';
import type { Category, Unit } from '../../domain/types';
import { previewAgainstDesk } from '../../services/data/imports';
import { placeOf, stateOf, type PreviewItem } from './previewItem';
import {
  categoryChoices,
  categoryKeyOf,
  chosenId,
  learnedWords,
  unitChoices,
  unitKeyOf,
  type WordChoice,
} from '../../domain/import/wordChoices';

/**
 * The preview's state: the rows with the clerk's decisions, the warning kinds accepted for all rows, and the
 * category and unit tables. Exact duplicates (within the file, or already on the desk) start skipped.
 */
export function useImportPreview() {
  const [items, setItems] = useState<PreviewItem[]>([]);
  const [acceptedKinds, setAcceptedKinds] = useState<ReadonlySet<ImportField>>(new Set());
  const [categories, setCategories] = useState<WordChoice[]>([]);
  const [units, setUnits] = useState<WordChoice[]>([]);

  const start = async (
    rows: PreviewRow[],
    memory: ImportMemory,
    reference: { categories: readonly Category[]; units: readonly Unit[] },
  ) => {
    const readings = rows.map((r) => r.reading.row);
    const checks = await previewAgainstDesk(readings);
    const repeated = duplicatesInFile(readings);
    setItems(
      rows.map((row, i): PreviewItem => {
        const earlier = repeated[i];
        const repeats = earlier === null || earlier === undefined ? null : placeOf(rows[earlier] ?? row);
        const check = checks[i] ?? null;
        const skipped = repeats !== null || Boolean(check?.duplicateOf);
        return { row, decision: { skipped, accepted: false }, check, repeats };
      }),
    );
    setAcceptedKinds(new Set());
    setCategories(
      categoryChoices(
        readings.map((r) => r.category),
        reference.categories,
        memory.categoryWords,
      ),
    );
    setUnits(
      unitChoices(
        readings.map((r) => r.unit),
        reference.units,
        memory.unitWords,
      ),
    );
  };

  const decide = (key: string, patch: Partial<PreviewDecision>) =>
    setItems((list) =>
      list.map((item) => (item.row.key === key ? { ...item, decision: { ...item.decision, ...patch } } : item)),
    );

  /** The clerk's corrected cells, read again as the file's rows are; the desk is asked about the row again. */
  const reread = async (key: string, cells: CellValue[], mapping: ColumnMapping, date1904: boolean, now: Date) => {
    const item = items.find((i) => i.row.key === key);
    if (!item) return;
    const reading = readImportRow(cells, mapping, { year: item.row.year, date1904 }, now);
    const [check] = await previewAgainstDesk([reading.row]);
    setItems((list) =>
      list.map((i) =>
        i.row.key === key
          ? {
              ...i,
              row: { ...i.row, cells, reading },
              check: check ?? null,
              decision: { skipped: false, accepted: false },
            }
          : i,
      ),
    );
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
