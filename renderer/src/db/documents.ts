import { isConfidential } from '../domain/access/confidential';
import { toTimestamp } from '../domain/dates';
import { DOC_KINDS, docNoCounterKey, nextDocNo, type DocKind, type DocSeries } from '../domain/docNo';
import type { CaseEvent, IssuedDocument, Petition } from '../domain/types';
import { caseStateOf } from './cases';
import { emitPetitionsChanged } from './changes';
import type { DeskDatabase } from './database';
import { MissingRecordError } from './errors';
import { AccessDeniedError, authorize, maySeeConfidential } from './session';

/**
 * Issued letters and their 文号. The 文号 is printed inside the letter, so the bytes need the number; but an
 * IndexedDB transaction commits as soon as it awaits anything that is not an IndexedDB request, so the docx packing
 * (a JSZip promise) cannot run inside the transaction that takes the number. A reservation taken in an earlier
 * transaction would be consumed even when building or storing then fails, leaving a gap in the register.
 * So numbering is optimistic: read the counter, build the letter with the next number outside any transaction, then
 * in one transaction check the counter has not moved, advance it and store the document. If another issue took the
 * number meanwhile, build again with the following one. A failed build or store therefore consumes nothing, and two
 * issues never share a number.
 */

/** Attempts before giving up when other issues keep taking the number being built; each one rebuilds the letter. */
const MAX_ATTEMPTS = 5;

/** Another issue kept taking the number; nothing was written. */
export class DocNoConflictError extends Error {
  constructor() {
    super('文号分配冲突：其他人正在同时出具同类文书，请稍后重试');
    this.name = 'DocNoConflictError';
  }
}

export interface IssueDocumentInput {
  petitionId: string;
  kind: DocKind;
  /** The year whose counter numbers the letter (normally the year of issue). */
  year: number;
  /** 代字 from the office's settings (caseEnvironment's seriesOf); ignored for kinds without a 文号. */
  prefix: string;
  /** A 代字 numbered on its own counter (a 复查机关's, set per route); absent, the kind's counter. */
  series?: string;
  /** Builds the .docx with this 文号 (null for kinds without one); may be called again with another number. */
  build: (docNo: string | null) => Promise<Uint8Array>;
  /** The name the file is saved under; a function receives the 文号 taken, so the name can carry it. */
  fileName: string | ((docNo: string | null) => string);
  now: Date;
  /** The event the letter reports; stored with it so a reissue is rebuilt from the same event. */
  sourceEventId?: string;
}

async function requirePetition(db: DeskDatabase, petitionId: string): Promise<Petition> {
  const petition = await db.petitions.get(petitionId);
  if (!petition) throw new MissingRecordError('该信访事项不存在，可能已被删除');
  return petition;
}

/**
 * A letter names its petitioner (and the sheets the people concerned): for a confidential matter (保密, 检举控告) an
 * account without the grant would issue one addressed to （保密）, using up a 文号. Refused before anything is built.
 */
async function refuseWithoutConfidentialGrant(db: DeskDatabase, petitionId: string): Promise<void> {
  const petition = await requirePetition(db, petitionId);
  if (isConfidential(petition) && !maySeeConfidential(db)) {
    throw new AccessDeniedError(
      'identity.unmask',
      `信访事项 ${petition.regNo} 已保密，其文书载有信访人身份，须由有保密授权的账号出具`,
    );
  }
}

async function lastNumber(db: DeskDatabase, key: string): Promise<number> {
  const row = await db.settings.get(key);
  return typeof row?.value === 'number' ? row.value : 0;
}

/**
 * The last number of a series: its own counter, or, before its first letter of the year, the kind's counter. A 代字
 * with a counter of its own may have been printed on the kind's counter before (a desk-wide 复查意见书 代字 later
 * given to a route), so a new series starts above every number the kind's counter issued: a gap at worst, never a
 * number issued twice.
 */
async function lastNumberOf(db: DeskDatabase, kind: DocKind, year: number, series?: string): Promise<number> {
  const own = await db.settings.get(docNoCounterKey(kind, year, series));
  if (typeof own?.value === 'number') return own.value;
  return series ? lastNumber(db, docNoCounterKey(kind, year)) : 0;
}

/** The notices that answer Art. 23's written notice of the acceptance decision; issuing one stops its clock. */
const ACCEPTANCE_DECISION_NOTICES: ReadonlySet<DocKind> = new Set<DocKind>(['acceptanceNotice', 'rejectionNotice']);

function writeTables(db: DeskDatabase) {
  return [db.petitions, db.settings, db.documents, db.caseEvents];
}

/** 出具受理告知书 曹矿信受〔2026〕3号; a reissue names its version. */
function issueText(doc: IssuedDocument): string {
  const label = DOC_KINDS[doc.kind].label;
  const what = doc.version > 1 ? `重新出具${label}（第${doc.version}版）` : `出具${label}`;
  return doc.docNo ? `${what} ${doc.docNo}` : what;
}

/**
 * Inside the storing transaction: the 'issueDocument' event, and for a 受理/不予受理告知书 the day it was issued
 * (caseFacts.acceptanceNoticeIssuedAt, which stops the 受理告知期限) with the petition's ledger row.
 */
async function recordIssue(db: DeskDatabase, petition: Petition, doc: IssuedDocument): Promise<void> {
  const event: CaseEvent = {
    id: crypto.randomUUID(),
    petitionId: petition.id,
    at: doc.issuedAt,
    actor: doc.issuedBy,
    type: 'issueDocument',
    text: issueText(doc),
    data: { documentId: doc.id, kind: doc.kind, docNo: doc.docNo, version: doc.version },
  };
  await db.caseEvents.add(event);
  const facts = caseStateOf(petition).facts;
  if (!ACCEPTANCE_DECISION_NOTICES.has(doc.kind) || facts.acceptanceNoticeIssuedAt) return;
  const updated: Petition = {
    ...petition,
    caseFacts: { ...facts, acceptanceNoticeIssuedAt: doc.issuedAt.slice(0, 10) },
    updatedAt: doc.issuedAt,
  };
  await db.petitions.put(updated);
}

/**
 * A letter changes its case (the 文书 list, the timeline) though most letters leave the petition itself as it was, and
 * the ledger's middleware announces only writes to petitions, their people and contacts: the case page hears of every
 * letter here, after its transaction commits. The first 受理/不予受理告知书 is announced twice (here and by the
 * petition's write); a listener reloads twice.
 */
function announceLetter(petitionId: string): void {
  emitPetitionsChanged([petitionId]);
}

/** Issues version 1 of a letter (cases.handle), taking the next 文号 of its kind and year; issued by the signed-in account. */
export async function issueDocument(db: DeskDatabase, input: IssueDocumentInput): Promise<IssuedDocument> {
  const actor = authorize(db, 'cases.handle');
  await refuseWithoutConfidentialGrant(db, input.petitionId);
  const base = {
    petitionId: input.petitionId,
    kind: input.kind,
    year: input.year,
    version: 1,
    supersedes: null,
    ...(input.sourceEventId ? { sourceEventId: input.sourceEventId } : {}),
  };
  const stamp = { issuedAt: toTimestamp(input.now), issuedBy: actor.displayName };
  const nameFor = (docNo: string | null) =>
    typeof input.fileName === 'function' ? input.fileName(docNo) : input.fileName;
  if (!DOC_KINDS[input.kind].hasDocNo) {
    const record: IssuedDocument = {
      id: crypto.randomUUID(),
      ...base,
      ...stamp,
      fileName: nameFor(null),
      docNo: null,
      n: null,
      bytes: await input.build(null),
    };
    await db.transaction('rw', writeTables(db), async () => {
      const petition = await requirePetition(db, input.petitionId);
      await db.documents.add(record);
      await recordIssue(db, petition, record);
    });
    announceLetter(input.petitionId);
    return record;
  }
  const key = docNoCounterKey(input.kind, input.year, input.series);
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt += 1) {
    const seen = await lastNumberOf(db, input.kind, input.year, input.series);
    const next = nextDocNo({ [key]: seen }, input.kind, input.year, input.prefix, input.series);
    const bytes = await input.build(next.docNo);
    const record: IssuedDocument = {
      id: crypto.randomUUID(),
      ...base,
      ...stamp,
      fileName: nameFor(next.docNo),
      docNo: next.docNo,
      n: next.n,
      bytes,
    };
    const stored = await db.transaction('rw', writeTables(db), async () => {
      const petition = await requirePetition(db, input.petitionId);
      if ((await lastNumberOf(db, input.kind, input.year, input.series)) !== seen) return false;
      await db.settings.put({ key, value: next.n });
      await db.documents.add(record);
      await recordIssue(db, petition, record);
      return true;
    });
    if (stored) {
      announceLetter(input.petitionId);
      return record;
    }
  }
  throw new DocNoConflictError();
}

/** The 文号 the next letter of a kind would take now, for the preview before issuing; issuing may still take a later one. */
export async function peekDocNo(
  db: DeskDatabase,
  kind: DocKind,
  year: number,
  { prefix, series }: DocSeries,
): Promise<string | null> {
  authorize(db, 'cases.handle');
  if (!DOC_KINDS[kind].hasDocNo) return null;
  const key = docNoCounterKey(kind, year, series);
  return nextDocNo({ [key]: await lastNumberOf(db, kind, year, series) }, kind, year, prefix, series).docNo;
}

export interface ReissueDocumentInput {
  /** The version being replaced; must be the latest one. */
  documentId: string;
  build: (docNo: string | null) => Promise<Uint8Array>;
  fileName?: string;
  now: Date;
}

/** Only the latest version may be reissued, so versions form one line and none is replaced twice. */
async function refuseIfSuperseded(db: DeskDatabase, doc: IssuedDocument): Promise<void> {
  const successor = await db.documents
    .where('petitionId')
    .equals(doc.petitionId)
    .filter((d) => d.supersedes === doc.id)
    .first();
  if (successor)
    throw new Error(`${DOC_KINDS[doc.kind].label}已有更新的版本（第${successor.version}版），请在最新版本上重新出具`);
}

/**
 * 重新出具: a corrected letter is a new version under the SAME 文号 (a number, once issued, belongs to that letter);
 * the earlier versions stay as they were sent, and the new one keeps the event it reports (sourceEventId). Refused
 * when the version named is not the latest. cases.handle; issued by the signed-in account.
 */
export async function reissueDocument(db: DeskDatabase, input: ReissueDocumentInput): Promise<IssuedDocument> {
  const actor = authorize(db, 'cases.handle');
  const previous = await db.documents.get(input.documentId);
  if (!previous) throw new MissingRecordError('要重新出具的文书不存在');
  await refuseWithoutConfidentialGrant(db, previous.petitionId);
  await refuseIfSuperseded(db, previous);
  const bytes = await input.build(previous.docNo);
  const record: IssuedDocument = {
    ...previous,
    id: crypto.randomUUID(),
    version: previous.version + 1,
    issuedAt: toTimestamp(input.now),
    issuedBy: actor.displayName,
    fileName: input.fileName ?? previous.fileName,
    bytes,
    supersedes: previous.id,
  };
  await db.transaction('rw', writeTables(db), async () => {
    // Checked again here: someone may have reissued the same version while this one was being built.
    await refuseIfSuperseded(db, previous);
    const petition = await requirePetition(db, previous.petitionId);
    await db.documents.add(record);
    await recordIssue(db, petition, record);
  });
  announceLetter(previous.petitionId);
  return record;
}

/** What listDocuments gives instead of a letter's bytes when the account may not read them. */
export const WITHHELD_BYTES = new Uint8Array(0);

/**
 * The petition's letters, every version, oldest first; letters issued in the same millisecond by kind and number
 * (records.view). A confidential petition's letters name the petitioner, so without the grant their bytes are
 * withheld (WITHHELD_BYTES): the list, numbers and dates stay visible.
 */
export async function listDocuments(db: DeskDatabase, petitionId: string): Promise<IssuedDocument[]> {
  authorize(db, 'records.view');
  const { petition, stored } = await db.transaction('r', [db.petitions, db.documents], async () => ({
    petition: await db.petitions.get(petitionId),
    stored: await db.documents.where('petitionId').equals(petitionId).toArray(),
  }));
  const withheld = petition !== undefined && isConfidential(petition) && !maySeeConfidential(db);
  const docs = withheld ? stored.map((d) => ({ ...d, bytes: WITHHELD_BYTES })) : stored;
  return docs.sort(
    (a, b) =>
      a.issuedAt.localeCompare(b.issuedAt) ||
      a.kind.localeCompare(b.kind) ||
      (a.n ?? 0) - (b.n ?? 0) ||
      a.version - b.version,
  );
}
