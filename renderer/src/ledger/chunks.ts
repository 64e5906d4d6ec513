import type { LedgerRow } from '../domain/ledgerQuery';
import {
  columnsProblem,
  decodeColumns,
  encodeColumns,
  LEDGER_FORMAT,
  type SharedValues,
  type StoredColumns,
} from './codec';

/**
 * The ledger's persisted index, packed: each record holds the rows of up to LEDGER_CHUNK_SIZE petitions of one year
 * as a single JSON string of columns (codec.ts). Reading 200 long strings and parsing them costs a fraction of
 * structured-cloning 100,000 petitions and their petitioners (bench: seconds down to a few hundred milliseconds).
 */
export interface LedgerChunk {
  /** `${year}:${block}` with the block zero-padded, so keys sort in registration order. */
  key: string;
  /** LEDGER_FORMAT when written; any other value makes the loader rebuild the whole index. */
  format: number;
  /** JSON of StoredColumns, the rows ascending by seq. */
  rows: string;
}

/**
 * Rows per chunk. Measured in Chromium at 100,000 rows: 100–1,000 read and parse in about the same time, while a
 * save rewrites its whole chunk (about 6 ms at 500, 13 ms at 1,000); 500 keeps both low.
 */
export const LEDGER_CHUNK_SIZE = 500;

/** A petition's chunk never changes: year and seq are assigned once, at registration. */
export function ledgerChunkKey(year: number, seq: number): string {
  return `${year}:${String(Math.floor(seq / LEDGER_CHUNK_SIZE)).padStart(4, '0')}`;
}

/**
 * The chunk's rows ascending by seq, or why they cannot be used (another format, or not what this module writes). A
 * problem is not thrown: the loader answers it by rebuilding the index from the petitions.
 */
export function readChunk(chunk: LedgerChunk, shared: SharedValues): { rows: LedgerRow[] } | { problem: string } {
  if (chunk.format !== LEDGER_FORMAT)
    return { problem: `索引块 ${chunk.key} 的格式为 ${chunk.format}，当前为 ${LEDGER_FORMAT}` };
  let parsed: unknown;
  try {
    parsed = JSON.parse(chunk.rows);
  } catch (error) {
    return { problem: `索引块 ${chunk.key} 无法解析：${error instanceof Error ? error.message : String(error)}` };
  }
  const problem = columnsProblem(parsed);
  if (problem !== null) return { problem: `索引块 ${chunk.key} 的内容不是台账行：${problem}` };
  return { rows: decodeColumns(parsed as StoredColumns, shared) };
}

/** Replaces the row with the same id, or inserts it keeping the chunk ascending by seq. */
export function putRow(rows: LedgerRow[], row: LedgerRow): void {
  const at = rows.findIndex((r) => r.id === row.id);
  if (at >= 0) {
    rows[at] = row;
    return;
  }
  let i = rows.length;
  while (i > 0 && (rows[i - 1] as LedgerRow).seq > row.seq) i--;
  rows.splice(i, 0, row);
}

/** The chunk holding these rows, which must be ascending by seq. */
export function packChunk(key: string, rows: readonly LedgerRow[]): LedgerChunk {
  return { key, format: LEDGER_FORMAT, rows: JSON.stringify(encodeColumns(rows)) };
}
