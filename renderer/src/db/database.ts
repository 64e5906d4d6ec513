import { Dexie, type EntityTable, type Table } from 'dexie';
import { defaultCategories, defaultUnits } from '../domain/defaults';
import type {
  Attachment,
  CaseEvent,
  Category,
  IssuedDocument,
  Petition,
  Petitioner,
  Reception,
  Setting,
  Unit,
} from '../domain/types';
import type { UserAccount } from '../domain/access/account';
import type { AuditRecord } from '../domain/audit/record';
import type { Emergency } from '../domain/emergency/types';
import type { ImportBatch } from '../domain/import/importPlan';
import type { Activity, Help, Suggestion } from '../domain/outreach/types';
import type { RiskDismissal, RiskMatter, RiskUpdate, Screening } from '../domain/risk/types';
import { auditMiddleware } from './audit/auditMiddleware';
import { transactionReads } from './transactionReads';
import { emitPetitionsChanged } from './changes';
import { emitSuggestionsChanged, suggestionsMiddleware } from './suggestionChanges';
import { ledgerMiddleware } from '../ledger/middleware';
import type { LedgerChunk } from '../ledger/chunks';
import type { ReportRecord } from './reports';
import { SCHEMA_VERSIONS } from './schema';

/** The desk's IndexedDB database. Only modules in renderer/src/db touch its tables. */
export class DeskDatabase extends Dexie {
  petitions!: EntityTable<Petition, 'id'>;
  receptions!: EntityTable<Reception, 'id'>;
  petitioners!: EntityTable<Petitioner, 'id'>;
  units!: EntityTable<Unit, 'id'>;
  categories!: EntityTable<Category, 'id'>;
  caseEvents!: EntityTable<CaseEvent, 'id'>;
  settings!: Table<Setting, string>;
  attachments!: EntityTable<Attachment, 'id'>;
  /** Derived from petitions, petitioners and receptions: the ledger's rows in blocks (ledger/chunks.ts, ledger/middleware.ts). */
  ledgerChunks!: Table<LedgerChunk, string>;
  /** Issued letters, every version (documents.ts). */
  documents!: EntityTable<IssuedDocument, 'id'>;
  /** 研判分析报告: drafts and issued versions (reports.ts). */
  reports!: EntityTable<ReportRecord, 'id'>;
  /** Local accounts (users.ts). */
  users!: EntityTable<UserAccount, 'id'>;
  /** The hash-chained audit trail, keyed by its sequence number (audit/). */
  audit!: Table<AuditRecord, number>;
  /** 风险预控: the screening ledger (riskLedger.ts). */
  riskMatters!: EntityTable<RiskMatter, 'id'>;
  riskUpdates!: EntityTable<RiskUpdate, 'id'>;
  screenings!: EntityTable<Screening, 'id'>;
  riskDismissals!: Table<RiskDismissal, string>;
  /** 突发信访事件 (emergencies.ts). */
  emergencies!: EntityTable<Emergency, 'id'>;
  /** 走出去: activities, suggestions and helps (outreachActivities.ts, outreachSuggestions.ts, outreachHelps.ts). */
  activities!: EntityTable<Activity, 'id'>;
  suggestions!: EntityTable<Suggestion, 'id'>;
  helps!: EntityTable<Help, 'id'>;
  /** 导入Excel: one record per import, for 撤销本次导入 (imports.ts). */
  importBatches!: EntityTable<ImportBatch, 'id'>;

  constructor(name: string) {
    super(name);
    for (const v of SCHEMA_VERSIONS) {
      const version = this.version(v.version).stores(v.stores);
      if (v.upgrade) version.upgrade(v.upgrade);
    }
    // Below the audit: a record read or written by key is fetched once per read-write transaction, whoever reads it.
    this.use(transactionReads());
    this.use(auditMiddleware(this));
    // Every write to a petition, its petitioners or its receptions rewrites the petition's ledger row in the same
    // transaction, and announces the petition once it commits.
    this.use(ledgerMiddleware(emitPetitionsChanged));
    // Every committed write to suggestions is announced, for the 意见建议 kept in memory (services/suggestionsStore.ts).
    this.use(suggestionsMiddleware((change) => emitSuggestionsChanged(this, change)));
    // Runs once, when the database is first created, inside the creating transaction: all or nothing.
    this.on('populate', async (tx) => {
      await tx.table<Category, string>('categories').bulkAdd(defaultCategories());
      await tx.table<Unit, string>('units').bulkAdd(defaultUnits());
    });
  }
}

/** Opens (creating and seeding on first use) the database with this name; tests pass a unique name each. */
export function openDeskDatabase(name: string): DeskDatabase {
  return new DeskDatabase(name);
}
