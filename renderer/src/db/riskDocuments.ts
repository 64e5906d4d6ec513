import { parseLocalDate, today, toTimestamp } from '../domain/dates';
import { docNoCounterKey, formatDocNo } from '../domain/docNo';
import { specialReportProblems, specialReportRefusal } from '../domain/risk/specialReport';
import type { RiskMatter, RiskUpdate, SpecialReportRecord } from '../domain/risk/types';
import type { Table } from 'dexie';
import type { DeskDatabase } from './database';
import { DocNoConflictError } from './documents';
import { RiskLedgerError } from './riskLedger';
import { authorize } from './session';

/**
 * The screening ledger's documents (docs/domain.md §10): what the 日报 reads, and the 重大风险专报 numbered on its own
 * counter (docNo:riskReport:year, kept by a restore like every number counter) and recorded on its matter.
 */

/** The entries a 日报 of `day` needs (domain/risk/daily.ts riskDailyReport): the day's, and every entry of a matter updated after it. */
export async function riskUpdatesForDay(db: DeskDatabase, day: string): Promise<RiskUpdate[]> {
  authorize(db, 'risks.view');
  const later = new Set(
    (await db.riskMatters.filter((m) => m.lastUpdatedOn !== undefined && m.lastUpdatedOn > day).primaryKeys()).map(
      String,
    ),
  );
  return db.riskUpdates.filter((u) => u.day === day || later.has(u.matterId)).toArray();
}

export interface IssueSpecialReportInput {
  matterId: string;
  /** 文号代字 (settings, caseEnvironment's seriesOf('riskReport')). */
  prefix: string;
  /** 主送: the body it goes to. */
  to: string;
  /** Checked with the 主送 before anything is numbered (specialReportProblems). */
  subject: string;
  supplement: string;
  /** Builds the .docx with this 文号; may be called again with the next number. */
  build: (docNo: string, matter: RiskMatter) => Promise<Uint8Array<ArrayBuffer>>;
  now: Date;
}

export interface IssuedSpecialReport {
  record: SpecialReportRecord;
  bytes: Uint8Array<ArrayBuffer>;
  matter: RiskMatter;
}

/** Attempts before giving up when other issues keep taking the number being built. */
const MAX_ATTEMPTS = 5;

async function lastNumber(db: DeskDatabase, key: string): Promise<number> {
  const row = await db.settings.get(key);
  return typeof row?.value === 'number' ? row.value : 0;
}

async function requireReportable(db: DeskDatabase, matterId: string): Promise<RiskMatter> {
  const matter = await db.riskMatters.get(matterId);
  if (!matter) throw new RiskLedgerError(['该事项已不存在']);
  const refusal = specialReportRefusal(matter);
  if (refusal) throw new RiskLedgerError([refusal]);
  return matter;
}

/** What numberSpecialReport hands back: the 专报's record, its bytes, and what the caller's `keep` wrote. */
export interface NumberedSpecialReport<T> {
  record: SpecialReportRecord;
  bytes: Uint8Array<ArrayBuffer>;
  kept: T;
}

/**
 * The 专报's numbering for whatever it reports (a matter here; an emergency may feed it the same way): the next 文号 of
 * the year on docNo:riskReport:year, built the same day by `build` outside any transaction (it cannot await the docx
 * packing), then, in the transaction that advances the counter, `keep` records it on what it reported (it runs with
 * `tables` and the settings open, and throws to refuse). Stored only if the counter has not moved meanwhile, else built
 * again with the following number, as db/documents.ts numbers letters: a failed build or refusal consumes nothing.
 */
export async function numberSpecialReport<T>(
  db: DeskDatabase,
  input: {
    prefix: string;
    to: string;
    now: Date;
    build: (docNo: string) => Promise<Uint8Array<ArrayBuffer>>;
    tables: Table[];
    keep: (record: SpecialReportRecord) => Promise<T>;
  },
): Promise<NumberedSpecialReport<T>> {
  const actor = authorize(db, 'risks.manage');
  const sentOn = today(input.now);
  if (parseLocalDate(sentOn) === null) throw new RiskLedgerError(['报送日期无效']);
  const year = Number(sentOn.slice(0, 4));
  const key = docNoCounterKey('riskReport', year);
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt += 1) {
    const seen = await lastNumber(db, key);
    const docNo = formatDocNo(input.prefix, year, seen + 1);
    const bytes = await input.build(docNo);
    const record: SpecialReportRecord = { docNo, sentOn, to: input.to.trim(), issuedBy: actor.displayName };
    const stored = await db.transaction('rw', [db.settings, ...input.tables], async () => {
      if ((await lastNumber(db, key)) !== seen) return null;
      await db.settings.put({ key, value: seen + 1 });
      return { kept: await input.keep(record) };
    });
    if (stored) return { record, bytes, kept: stored.kept };
  }
  throw new DocNoConflictError();
}

/**
 * 报送重大风险专报 of a 重大 matter in 办: numbered by numberSpecialReport and recorded on the matter (when, to whom,
 * which 文号), the matter read again inside the transaction so one 销号 meanwhile refuses it.
 */
export async function issueSpecialReport(
  db: DeskDatabase,
  input: IssueSpecialReportInput,
): Promise<IssuedSpecialReport> {
  authorize(db, 'risks.manage');
  const problems = specialReportProblems(input);
  if (problems.length > 0) throw new RiskLedgerError(problems);
  const { record, bytes, kept } = await numberSpecialReport(db, {
    prefix: input.prefix,
    to: input.to,
    now: input.now,
    build: async (docNo) => input.build(docNo, await requireReportable(db, input.matterId)),
    tables: [db.riskMatters],
    keep: async (record) => {
      const current = await requireReportable(db, input.matterId);
      const updated: RiskMatter = {
        ...current,
        specialReports: [...(current.specialReports ?? []), record],
        updatedAt: toTimestamp(input.now),
      };
      await db.riskMatters.put(updated);
      return updated;
    },
  });
  return { record, bytes, matter: kept };
}
