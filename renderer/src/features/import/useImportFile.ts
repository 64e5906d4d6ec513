import { useEffect, useRef, useState } from 'react';
import type { ColumnMapping } from '../../domain/import/columnMapping';
import type { PreviewRow } from '../../documents/import/parseImport';
import { startImportWorker, type ImportWorker, type ParsedFile } from './importWorkerClient';

/**
 * The import dialog's file: read in its Web Worker (started with the dialog, ended with it), with the progress of
 * the read as a percentage. A file that cannot be read leaves its Chinese reason in `error`.
 */
export interface ImportFile {
  fileName: string;
  parsed: ParsedFile;
}

export function useImportFile() {
  const worker = useRef<ImportWorker | null>(null);
  const [percent, setPercent] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [file, setFile] = useState<ImportFile | null>(null);

  useEffect(() => {
    const started = startImportWorker((_stage, done, total) =>
      setPercent(total === 0 ? 100 : Math.round((done / total) * 100)),
    );
    worker.current = started;
    return () => {
      started.terminate();
      worker.current = null;
    };
  }, []);

  const open = async (chosen: File): Promise<ImportFile | null> => {
    if (!worker.current) return null;
    setError(null);
    setPercent(0);
    try {
      const bytes = new Uint8Array(await chosen.arrayBuffer());
      const next = { fileName: chosen.name, parsed: await worker.current.parse(bytes, chosen.name) };
      setFile(next);
      return next;
    } catch (reason) {
      setError(reason instanceof Error ? reason.message : String(reason));
      return null;
    } finally {
      setPercent(null);
    }
  };

  /** Every row read through the clerk's mappings. */
  const read = async (mappings: ColumnMapping[], now: Date): Promise<PreviewRow[]> => {
    if (!worker.current) throw new Error('读取文件的后台任务已结束，请重新打开导入窗口');
    setPercent(0);
    try {
      return await worker.current.read(mappings, now);
    } finally {
      setPercent(null);
    }
  };

  return { file, percent, error, open, read, busy: percent !== null };
}
