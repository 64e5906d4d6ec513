import type { ColumnMapping } from '../../domain/import/columnMapping';
import type { PreviewRow, SheetSummary } from './parseImport';

/** The messages between the import dialog and its Web Worker (importWorker.ts). */
export type ImportWorkerRequest =
  { kind: 'parse'; bytes: Uint8Array; fileName: string } | { kind: 'read'; mappings: ColumnMapping[]; now: number };

export type ImportStage = 'parse' | 'read';

export type ImportWorkerResponse =
  | { kind: 'progress'; stage: ImportStage; done: number; total: number }
  | { kind: 'parsed'; sheets: SheetSummary[]; sheetsWithoutTable: string[]; date1904: boolean }
  /** A slice of the read rows, in order: the window takes each in a short task, not 10,000 rows in one. */
  | { kind: 'rows'; rows: PreviewRow[] }
  /** Every slice was sent: how many rows they held. */
  | { kind: 'read'; count: number }
  | { kind: 'failed'; message: string };
