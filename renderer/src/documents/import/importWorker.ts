import type { FoundTable } from '../../domain/import/findTable';
import { parseImportFile, readTables, summarize } from './parseImport';
import type { ImportWorkerRequest, ImportWorkerResponse } from './importWorkerProtocol';

/**
 * The import's Web Worker (issue 17): reads the file and its rows off the window's thread and reports progress. The
 * found tables stay here between the two requests, so only their summaries and then the read rows cross over.
 */
const scope = globalThis as unknown as {
  onmessage: ((event: { data: ImportWorkerRequest }) => void) | null;
  postMessage(message: ImportWorkerResponse): void;
};

/**
 * Read rows per message: receiving a message is one task of the window's thread, and 10,000 rows at once took it
 * 300–600 ms (issue 17: no task over 200 ms while a file is read).
 */
const ROWS_PER_MESSAGE = 500;

let tables: FoundTable[] = [];
let date1904 = false;

function handle(request: ImportWorkerRequest): ImportWorkerResponse {
  if (request.kind === 'parse') {
    const progress = (done: number, total: number) =>
      scope.postMessage({ kind: 'progress', stage: 'parse', done, total });
    const outcome = parseImportFile(request.bytes, request.fileName, progress);
    if (!outcome.ok) return { kind: 'failed', message: outcome.message };
    ({ tables, date1904 } = outcome);
    return { kind: 'parsed', sheets: summarize(tables), sheetsWithoutTable: outcome.sheetsWithoutTable, date1904 };
  }
  const progress = (done: number, total: number) => scope.postMessage({ kind: 'progress', stage: 'read', done, total });
  const rows = readTables(tables, request.mappings, date1904, new Date(request.now), progress);
  for (let at = 0; at < rows.length; at += ROWS_PER_MESSAGE)
    scope.postMessage({ kind: 'rows', rows: rows.slice(at, at + ROWS_PER_MESSAGE) });
  return { kind: 'read', count: rows.length };
}

scope.onmessage = (event) => {
  try {
    scope.postMessage(handle(event.data));
  } catch (error) {
    // Whatever breaks reaches the dialog as its message, and nothing is imported.
    scope.postMessage({
      kind: 'failed',
      message: `读取文件出错：${error instanceof Error ? error.message : String(error)}`,
    });
  }
};
