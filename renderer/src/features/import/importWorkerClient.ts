import type { ColumnMapping } from '../../domain/import/columnMapping';
import type { PreviewRow, SheetSummary } from '../../documents/import/parseImport';
import type {
  ImportStage,
  ImportWorkerRequest,
  ImportWorkerResponse,
} from '../../documents/import/importWorkerProtocol';

/**
 * The window's side of the import's Web Worker (issue 17): one worker per import dialog, each request a promise,
 * progress reported as it comes. Vite bundles the worker from this URL in the web and the Electron builds alike.
 */
export type OnProgress = (stage: ImportStage, done: number, total: number) => void;

export interface ParsedFile {
  sheets: SheetSummary[];
  sheetsWithoutTable: string[];
  date1904: boolean;
}

export interface ImportWorker {
  parse(bytes: Uint8Array, fileName: string): Promise<ParsedFile>;
  read(mappings: ColumnMapping[], now: Date): Promise<PreviewRow[]>;
  terminate(): void;
}

export function startImportWorker(onProgress: OnProgress): ImportWorker {
  const worker = new Worker(new URL('../../documents/import/importWorker.ts', import.meta.url), { type: 'module' });
  let pending: { resolve: (r: ImportWorkerResponse) => void; reject: (e: Error) => void } | null = null;
  /** The read rows as their slices come (one message each), until the answer says how many there were. */
  let received: PreviewRow[] = [];
  worker.onmessage = (event: MessageEvent<ImportWorkerResponse>) => {
    const message = event.data;
    if (message.kind === 'progress') onProgress(message.stage, message.done, message.total);
    else if (message.kind === 'rows') received.push(...message.rows);
    else if (message.kind === 'failed') pending?.reject(new Error(message.message));
    else pending?.resolve(message);
  };
  worker.onerror = (event) => pending?.reject(new Error(`读取文件的后台任务出错：${event.message || '未知错误'}`));

  const ask = (request: ImportWorkerRequest, transfer: Transferable[] = []) =>
    new Promise<ImportWorkerResponse>((resolve, reject) => {
      pending = { resolve, reject };
      worker.postMessage(request, transfer);
    });

  return {
    async parse(bytes, fileName) {
      const answer = await ask({ kind: 'parse', bytes, fileName }, [bytes.buffer]);
      if (answer.kind !== 'parsed') throw new Error('读取文件的后台任务答非所问');
      return { sheets: answer.sheets, sheetsWithoutTable: answer.sheetsWithoutTable, date1904: answer.date1904 };
    },
    async read(mappings, now) {
      received = [];
      const answer = await ask({ kind: 'read', mappings, now: now.getTime() });
      const rows = received;
      received = [];
      if (answer.kind !== 'read') throw new Error('读取文件的后台任务答非所问');
      if (rows.length !== answer.count) throw new Error('读取文件的后台任务传回的行数不符，请重新读取');
      return rows;
    },
    terminate: () => worker.terminate(),
  };
}
