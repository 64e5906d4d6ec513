// The chunk record now lives with the rest of the ledger (ledger/chunks.ts); db/backup reads its type from here.
export type { LedgerChunk } from '../ledger/chunks';
