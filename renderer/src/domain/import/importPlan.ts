import type { RepeatMatch } from '../repeat';
import type { MappingPreset } from './columnMapping';
import type { ImportedRow } from './readRow';

/**
 * What the import preview hands to the write, and what it learns from the desk before (issue 17). The dialog reads
 * the file, maps the columns, lets the clerk fix or skip rows and confirm units, categories and people; the write
 * (db/imports.ts, bound in services/data/imports.ts) then stores every accepted row, or none.
 */

/** One accepted row: where it came from, its values as the clerk fixed them, and what the clerk confirmed. */
export interface ImportCandidate {
  /** The sheet's name and the row's 1-based number in it, as the preview shows them. */
  sheet: string;
  rowNumber: number;
  /** The row as read and fixed: it has a received date and a matter (no errors left). */
  row: ImportedRow;
  /** The category the office's word maps to (categoryMapping.ts), or null when the row names none. */
  categoryId: string | null;
  /** The org-tree unit the row's 单位 was matched or confirmed to (unitMatch.ts), or null. */
  unitId: string | null;
  /**
   * One place per `row.people`: the desk's person the clerk accepted as this one (offered by previewAgainstDesk's
   * repeat visitors and not called 不是同一人), or null to record a new person. The write checks each again.
   */
  personIds: (string | null)[];
  /** The clerk accepted the row's warnings as they are (ID incomplete, unknown unit …): counted as flagged. */
  flagged: boolean;
}

/** The write's input: the file and its accepted rows; `skipped` counts every row the preview left out. */
export interface ImportRequest {
  fileName: string;
  candidates: ImportCandidate[];
  skipped: number;
}

/** What the write did: 「已导入N件」 with the skipped and flagged counts (importResultMessage). */
export interface ImportResult {
  batchId: string;
  imported: number;
  skipped: number;
  flagged: number;
}

/**
 * A petition already on the desk that is the same row (same day, same people, same matter): the row is skipped. For
 * an account without the 保密 grant a confidential one is only HIDDEN_DUPLICATE: the row stays skipped (it would come
 * in again in the clear) and the account learns nothing else of the matter (docs/security.md).
 */
export type DeskDuplicate = { petitionId: string; regNo: string } | typeof HIDDEN_DUPLICATE;

export const HIDDEN_DUPLICATE = { hidden: true } as const;

export function isHiddenDuplicate(duplicate: DeskDuplicate | null | undefined): duplicate is typeof HIDDEN_DUPLICATE {
  return duplicate !== null && duplicate !== undefined && 'hidden' in duplicate;
}

/** What the preview says of a row that is on the desk already. */
export function duplicateNote(duplicate: DeskDuplicate): string {
  return isHiddenDuplicate(duplicate) ? '与一件保密信访事项相同，已跳过' : `已在台账中（${duplicate.regNo}）`;
}

/** A person on the desk a row's person is recognised as (docs/domain.md §4: by ID number, else name + phone). */
export interface RepeatVisitor {
  /** The index of the person in `row.people`. */
  person: number;
  personId: string;
  name: string;
  matchedBy: RepeatMatch;
  /** Registration numbers of the person's earlier petitions, newest first. */
  regNos: string[];
}

/** What the desk says about one previewed row, in the order the rows were given. */
export interface DeskCheck {
  duplicateOf: DeskDuplicate | null;
  repeatVisitors: RepeatVisitor[];
}

/** The record of one import: what 「撤销本次导入」 undoes as a whole, the same day. */
export interface ImportBatch {
  id: string;
  fileName: string;
  /** Timestamp of the import (toTimestamp: 'YYYY-MM-DDTHH:mm:ss.SSS'). */
  importedAt: string;
  importedBy: string;
  /** The 显示名 of who imported, for the list. */
  importedByName: string;
  rows: number;
  skipped: number;
  flagged: number;
  petitionIds: string[];
  /** People the import created (undo removes those no other petition uses). */
  createdPetitionerIds: string[];
  /** What the import filled into blanks of people already on the desk (undo takes it back); absent in older batches. */
  filledPeople?: FilledBlanks[];
  /** Set when the batch was undone. */
  undoneAt?: string;
  undoneBy?: string;
}

/** The blanks of one person on the desk an import filled, with what it wrote: only the fields it filled. */
export interface FilledBlanks {
  personId: string;
  idNumber?: string;
  phone?: string;
  phoneAsTyped?: string;
  /** The record's phone as typed before (a blank one, kept by its form), so undo leaves it exactly as it was. */
  phoneAsTypedBefore?: string;
}

/**
 * What the clerk taught the import once and it reuses: mapping presets by headers, the office's category words
 * (normalised word → category id) and unit words (unitWholeKey of the whole word, brackets kept → unit id) confirmed
 * in earlier imports. Unit words saved before December 2026 are keyed without their brackets; matchUnit reads those
 * as a suggestion to confirm only.
 */
export interface ImportMemory {
  presets: MappingPreset[];
  categoryWords: Record<string, string>;
  unitWords: Record<string, string>;
}

export const EMPTY_IMPORT_MEMORY: ImportMemory = { presets: [], categoryWords: {}, unitWords: {} };

/** 「已导入12件，跳过3行，其中2件有提示待核对」. */
export function importResultMessage(result: Pick<ImportResult, 'imported' | 'skipped' | 'flagged'>): string {
  const parts = [`已导入${result.imported}件`];
  if (result.skipped > 0) parts.push(`跳过${result.skipped}行`);
  if (result.flagged > 0) parts.push(`其中${result.flagged}件有提示待核对`);
  return parts.join('，');
}
