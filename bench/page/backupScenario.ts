import { exportBackup } from '../../renderer/src/db/backup/exportBackup';
import { readBackup } from '../../renderer/src/db/backup/readBackup';
import { restoreBackup } from '../../renderer/src/db/backup/restoreBackup';
import type { DeskDatabase } from '../../renderer/src/db/database';
import type { Attachment } from '../../renderer/src/domain/types';
import { usedHeapMb, type BenchRow } from './measure';
import { Random } from './random';

/** Issue 5's budget on this 2-core machine, each way. */
const BACKUP_BUDGET_MS = 10_000;
const ATTACHMENTS = 1_000;
/** A scanned page as a clerk attaches it: about 200 KB. */
const ATTACHMENT_BYTES = 200 * 1024;
/** Each figure is one timed run: at 100,000 petitions a run takes tens of seconds, so no warm-up either. */
async function timeOnce(action: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await action();
  return performance.now() - start;
}
const RUNS = 1;

/** Samples the JS heap every 50 ms while work runs (between its awaits): the highest figure seen, in MB. */
function heapSampler(): { stop(): number | null } {
  const memory = (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory;
  let peak = memory?.usedJSHeapSize ?? 0;
  const timer = setInterval(() => {
    if (memory) peak = Math.max(peak, memory.usedJSHeapSize);
  }, 50);
  return {
    stop() {
      clearInterval(timer);
      return memory ? Math.round(peak / (1024 * 1024)) : null;
    },
  };
}

/** Adds the attachments the backup figures are measured with, spread over random petitions. */
async function seedAttachments(db: DeskDatabase, petitionIds: readonly string[]): Promise<number> {
  const random = new Random(5);
  const records: Attachment[] = [];
  for (let i = 0; i < ATTACHMENTS; i++) {
    const bytes = new Uint8Array(ATTACHMENT_BYTES);
    // Not compressible, like a JPEG: fill with pseudo-random bytes 4 at a time.
    const words = new Uint32Array(bytes.buffer);
    for (let w = 0; w < words.length; w++) words[w] = (random.next() * 0xffffffff) >>> 0;
    records.push({
      id: crypto.randomUUID(),
      petitionId: random.pick(petitionIds),
      receptionId: null,
      name: `扫描件${i + 1}.jpg`,
      mimeType: 'image/jpeg',
      size: bytes.byteLength,
      data: new Blob([bytes], { type: 'image/jpeg' }),
      createdAt: new Date().toISOString(),
    });
  }
  await db.attachments.bulkAdd(records);
  return records.reduce((sum, a) => sum + a.size, 0);
}

/**
 * Backup and restore of the whole seeded database with 1,000 attachments (issue 5): export to one file, then read,
 * validate and restore that file over the database, each timed end to end, with the heap in use after each.
 */
export async function runBackupScenario(db: DeskDatabase, petitionIds: readonly string[], log: (line: string) => void): Promise<BenchRow[]> {
  log(`backup: seeding ${ATTACHMENTS} attachments`);
  const attachmentBytes = await seedAttachments(db, petitionIds);
  const rows: BenchRow[] = [];
  let file: Blob | null = null;
  let counts = '';
  log('backup: export');
  const exportPeak = heapSampler();
  const exportMs = await timeOnce(async () => {
    file = null;
    const exported = await exportBackup(db, { appVersion: 'bench', createdAt: new Date().toISOString() });
    file = exported.blob;
    counts = `${exported.counts.petitions ?? 0} petitions, ${exported.counts.attachments ?? 0} attachments`;
  });
  const exportPeakMb = exportPeak.stop();
  const afterExport = await usedHeapMb();
  const size = (file as Blob | null)?.size ?? 0;
  rows.push({
    name: 'backup export (100k + 1,000 attachments)',
    n: RUNS,
    median_ms: exportMs,
    floor_ms: 0,
    budget_ms: BACKUP_BUDGET_MS,
    note: `${counts}; file ${(size / 1024 / 1024).toFixed(0)} MB (attachments ${(attachmentBytes / 1024 / 1024).toFixed(0)} MB); peak JS heap ${exportPeakMb ?? '?'} MB, after ${afterExport ?? '?'} MB`,
  });

  log('backup: read, validate and restore');
  const restorePeak = heapSampler();
  let readMs = 0;
  const restoreMs = await timeOnce(async () => {
    const started = performance.now();
    const parsed = await readBackup(file as unknown as Blob);
    readMs = performance.now() - started;
    await restoreBackup(db, parsed);
  });
  const restorePeakMb = restorePeak.stop();
  const afterRestore = await usedHeapMb();
  rows.push({
    name: 'backup restore (validate + replace all)',
    n: RUNS,
    median_ms: restoreMs,
    floor_ms: 0,
    budget_ms: BACKUP_BUDGET_MS,
    note: `the same file over the same database: read and validate ${(readMs / 1000).toFixed(1)} s, write and reindex ${((restoreMs - readMs) / 1000).toFixed(1)} s; peak JS heap ${restorePeakMb ?? '?'} MB, after ${afterRestore ?? '?'} MB`,
  });
  return rows;
}
