import type { ColumnMapping } from '../../domain/import/columnMapping';
import type { PreviewRow, SheetSummary } from './parseImport';

/** The messages between the import dialog and its Web Worker (importWorker.ts). */
export type ImportWorkerRequest =
  { kind: 'parse'; bytes: Uint8Array; fileName: string } | { kind: 'read'; mappings: ColumnMapping[]; now: number };

export type ImportStage = 'parse' | 'read';

export type ImportWorkerResponse =
  | { kind: 'progress'; stage: ImportStage; done: number; total: number }
  | { kind: 'parsed'; sheets: SheetSummary[]; sheetsWithoutTable: string[]; date1904: boolean }
  | { kind: 'read'; rows: PreviewRow[] }
  | { kind: 'failed'; message: string };
