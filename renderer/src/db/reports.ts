import { toTimestamp } from '../domain/dates';
import { formatDocNo } from '../domain/docNo';
import { TEXT_LIMITS } from '../domain/textLimits';
import { stripXmlIllegal } from '../domain/xmlSafeText';
import { DRAFTED_SECTIONS, type DraftedParagraphs, type DraftedSection, type ReportKind } from '../domain/reportDraft';
import type { DeskDatabase } from './database';
import { DocNoConflictError } from './documents';
import { authorizeReportScope } from './branchScope';

/**
 * 研判分析报告 (docs/domain.md §9): one draft per kind, period and scope, saved as the branch types, and every issued
 * version kept as it was issued. Issuing again for the same quarter and scope adds a version; nothing is overwritten.
 * A 党支部书记 reads, drafts and issues its own branch's reports only (branchScope.ts authorizeReportScope).
 */

export type ReportStatus = 'draft' | 'issued';

export interface ReportRecord {
  id: string;
  kind: ReportKind;
  /** '2026-Q2' or '2026' (documents/report/period.ts periodKey). */
  periodKey: string;
  /** scopeKey(scope): 'all', 'unit:{id}' or 'branch:{name}'. */
  scopeKey: string;
  /** The scope as the title names it ('' for the whole organisation). */
  scopeName: string;
  status: ReportStatus;
  /** Sections 一–四 as last drafted or edited. */
  paragraphs: DraftedParagraphs;
  /** Sections the branch edited by hand; the others are drafted afresh from the figures when the draft is opened. */
  edited: DraftedSection[];
  /** 五、原因分析与风险研判 */
  analysis: string;
  /** 六、下步工作措施 */
  measures: string;
  updatedAt: string;
  /**
   * The draft's revision: 1 on its first save, one more on each save or issue; absent on drafts stored before
   * revisions (read as 0). A save names the revision it was typed over, so two tabs cannot silently overwrite each other.
   */
  revision?: number;
  /** Issued versions: 1, 2, … per kind, period and scope; null for the draft. */
  version: number | null;
  /** 文号, when the office numbers its reports. */
  docNo: string | null;
  n: number | null;
  issuedAt: string | null;
  issuedBy: string | null;
  fileName: string | null;
  bytes: Uint8Array | null;
}

export interface ReportKey {
  kind: ReportKind;
  periodKey: string;
  scopeKey: string;
}

export type ReportDraft = ReportKey &
  Pick<ReportRecord, 'scopeName' | 'paragraphs' | 'edited' | 'analysis' | 'measures'> & {
    /**
     * The stored draft's revision when the editor loaded it (or last saved it), null when there was none. A save over
     * a different stored revision is refused (ReportDraftConflictError). Absent: saved unconditionally (seeds).
     */
    baseRevision?: number | null;
  };

/** The draft changed since this editor loaded it (another tab or another account saved it); nothing was written. */
export class ReportDraftConflictError extends Error {
  constructor() {
    super(
      '报告草稿已被他人修改（可能在另一个窗口或由其他账号），本次内容未保存。您输入的内容仍在页面上，请先复制保留，再刷新页面查看最新草稿。',
    );
    this.name = 'ReportDraftConflictError';
  }
}

/** One draft per key: a fixed id, so saving as the branch types is a single put and never makes a second draft. */
const draftId = (key: ReportKey) => `draft|${key.kind}|${key.periodKey}|${key.scopeKey}`;

/** The report counter (last 文号 number per year) lives in settings, like the letters'. */
export const reportCounterKey = (year: number) => `docNo:analysisReport:${year}`;

/** Section text as stored: without what XML cannot carry, within its limit (else a Chinese error). */
function sectionText(text: string, label: string): string {
  const clean = stripXmlIllegal(text);
  if (clean.length > TEXT_LIMITS.reportSection)
    throw new Error(`${label}不能超过${TEXT_LIMITS.reportSection}字（当前${clean.length}字）`);
  return clean;
}

function draftRecord(draft: ReportDraft, now: Date): ReportRecord {
  return {
    id: draftId(draft),
    kind: draft.kind,
    periodKey: draft.periodKey,
    scopeKey: draft.scopeKey,
    scopeName: draft.scopeName,
    status: 'draft',
    paragraphs: Object.fromEntries(
      DRAFTED_SECTIONS.map((s) => [s, draft.paragraphs[s].map((p) => sectionText(p, '报告段落'))]),
    ) as DraftedParagraphs,
    edited: DRAFTED_SECTIONS.filter((s) => draft.edited.includes(s)),
    analysis: sectionText(draft.analysis, '原因分析与风险研判'),
    measures: sectionText(draft.measures, '下步工作措施'),
    updatedAt: toTimestamp(now),
    version: null,
    docNo: null,
    n: null,
    issuedAt: null,
    issuedBy: null,
    fileName: null,
    bytes: null,
  };
}

/**
 * The next revision of the stored draft, inside the caller's transaction; refuses (ReportDraftConflictError) when the
 * stored draft is not the one the editor typed over.
 */
async function nextRevision(db: DeskDatabase, draft: ReportDraft): Promise<number> {
  const stored = await db.reports.get(draftId(draft));
  const storedRevision = stored ? (stored.revision ?? 0) : null;
  if (draft.baseRevision !== undefined && draft.baseRevision !== storedRevision) throw new ReportDraftConflictError();
  return (storedRevision ?? 0) + 1;
}

/**
 * Saves the draft as it stands (called, debounced, as the branch types); reports.write. Returns the stored record,
 * whose revision the editor sends with its next save.
 */
export async function saveReportDraft(db: DeskDatabase, draft: ReportDraft, now: Date): Promise<ReportRecord> {
  await authorizeReportScope(db, 'reports.write', draft.scopeKey);
  const record = draftRecord(draft, now);
  return db.transaction('rw', db.reports, async () => {
    const stored = { ...record, revision: await nextRevision(db, draft) };
    await db.reports.put(stored);
    return stored;
  });
}

export async function getReportDraft(db: DeskDatabase, key: ReportKey): Promise<ReportRecord | null> {
  await authorizeReportScope(db, 'reports.write', key.scopeKey);
  return (await db.reports.get(draftId(key))) ?? null;
}

const newestFirst = (a: ReportRecord, b: ReportRecord) =>
  (b.issuedAt ?? '').localeCompare(a.issuedAt ?? '') || (b.version ?? 0) - (a.version ?? 0);

/** Issued reports of a scope (every period and version), newest first; statistics.view. */
export async function listIssuedReports(db: DeskDatabase, scope: string): Promise<ReportRecord[]> {
  await authorizeReportScope(db, 'statistics.view', scope);
  const issued = await db.reports
    .where('status')
    .equals('issued')
    .filter((r) => r.scopeKey === scope)
    .toArray();
  return issued.sort(newestFirst);
}

/** Versions issued for one kind, period and scope, newest first; statistics.view. */
export async function listReportVersions(db: DeskDatabase, key: ReportKey): Promise<ReportRecord[]> {
  await authorizeReportScope(db, 'statistics.view', key.scopeKey);
  const records = await db.reports
    .where('[kind+periodKey+scopeKey]')
    .equals([key.kind, key.periodKey, key.scopeKey])
    .toArray();
  return records.filter((r) => r.status === 'issued').sort(newestFirst);
}

export interface IssueReportInput {
  draft: ReportDraft;
  /** 文号代字, or null when the office does not number its reports. */
  prefix: string | null;
  /** The year whose counter numbers the report (the year of issue). */
  year: number;
  /** Builds the .docx with this 文号 (null without one); may be called again with another number. */
  build: (docNo: string | null) => Promise<Uint8Array>;
  fileName: (docNo: string | null) => string;
  now: Date;
}

/** Attempts before giving up when other issues keep taking the number being built. */
const MAX_ATTEMPTS = 5;

async function lastNumber(db: DeskDatabase, key: string): Promise<number> {
  const row = await db.settings.get(key);
  return typeof row?.value === 'number' ? row.value : 0;
}

/** 五 and 六 are the branch's own; a report without them is not finished. */
export function unfinishedSections(draft: Pick<ReportDraft, 'analysis' | 'measures'>): string[] {
  const missing: string[] = [];
  if (!draft.analysis.trim()) missing.push('五、原因分析与风险研判');
  if (!draft.measures.trim()) missing.push('六、下步工作措施');
  return missing;
}

/**
 * 出具: stores a new issued version with its .docx, and the draft as issued, in one transaction. With a prefix the
 * report takes the next 文号 of the year, numbered as db/documents.ts numbers letters: built outside the transaction
 * (a transaction cannot await the docx packing), stored only if the counter has not moved meanwhile, else rebuilt
 * with the following number. Without a prefix the report has no 文号. reports.write; issued by the signed-in account.
 */
export async function issueReport(db: DeskDatabase, input: IssueReportInput): Promise<ReportRecord> {
  const actor = await authorizeReportScope(db, 'reports.write', input.draft.scopeKey);
  const missing = unfinishedSections(input.draft);
  if (missing.length > 0) throw new Error(`请先填写${missing.join('、')}`);
  const prefix = input.prefix?.trim() || null;
  const counter = reportCounterKey(input.year);
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt += 1) {
    const seen = prefix ? await lastNumber(db, counter) : 0;
    const n = prefix ? seen + 1 : null;
    const docNo = prefix && n ? formatDocNo(prefix, input.year, n) : null;
    const bytes = await input.build(docNo);
    const draft = draftRecord(input.draft, input.now);
    const stored = await db.transaction('rw', [db.reports, db.settings], async () => {
      if (prefix && (await lastNumber(db, counter)) !== seen) return null;
      const revision = await nextRevision(db, input.draft);
      const earlier = await db.reports
        .where('[kind+periodKey+scopeKey]')
        .equals([draft.kind, draft.periodKey, draft.scopeKey])
        .toArray();
      const version = Math.max(0, ...earlier.map((r) => r.version ?? 0)) + 1;
      const record: ReportRecord = {
        ...draft,
        // The draft's revision it was issued from: the editor saves on from it.
        revision,
        id: crypto.randomUUID(),
        status: 'issued',
        version,
        docNo,
        n,
        issuedAt: toTimestamp(input.now),
        issuedBy: actor.displayName,
        fileName: input.fileName(docNo),
        bytes,
      };
      if (prefix && n) await db.settings.put({ key: counter, value: n });
      await db.reports.put({ ...draft, revision });
      await db.reports.add(record);
      return record;
    });
    if (stored) return stored;
  }
  throw new DocNoConflictError();
}
