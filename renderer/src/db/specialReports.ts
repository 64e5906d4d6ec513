import { removeIdentities } from '../domain/access/scrubIdentity';
import { parseLocalDate, toLocalDateTime, today, toTimestamp } from '../domain/dates';
import { docNoCounterKey, formatDocNo } from '../domain/docNo';
import { emergencySpecialReport, emergencySpecialReportRefusal } from '../domain/emergency/specialReport';
import type { Emergency } from '../domain/emergency/types';
import {
  LAST_SPECIAL_REPORT_KEY,
  matterSpecialReport,
  specialReportDefaults,
  specialReportProblems,
  specialReportRefusal,
  type MatterNames,
  type SpecialReportContent,
  type SpecialReportLetter,
  type SpecialReportTexts,
} from '../domain/risk/specialReport';
import type { RiskMatter, SpecialReportRecord } from '../domain/risk/types';
import type { Table } from 'dexie';
import type { DeskDatabase } from './database';
import { DocNoConflictError } from './documents';
import { RiskLedgerError } from './riskLedger';
import { authorize } from './session';

/**
 * 重大风险专报 (docs/domain.md §10), of a 重大 matter of the screening ledger or of an emergency: numbered on their one
 * counter (docNo:riskReport:year, kept by a restore like every number counter), built the same day, and recorded on
 * what they reported with what was printed, so the same 专报 can be exported again with its 文号.
 */

/** What the clerk asks for; the content is drafted from the record as it stands when the number is taken. */
export interface SpecialReportOrder {
  /** 文号代字 (settings, caseEnvironment's seriesOf('riskReport')). */
  prefix: string;
  texts: SpecialReportTexts;
  /** 发文机关署名. */
  issuer: string;
  /** Turns the letter into the .docx (documents/risk/specialReport.ts buildSpecialReport, packed). */
  render: (letter: SpecialReportLetter) => Promise<Uint8Array<ArrayBuffer>>;
  now: Date;
}

export interface IssuedSpecialReport<T> {
  record: SpecialReportRecord;
  bytes: Uint8Array<ArrayBuffer>;
  /** What it reported, as recorded with the 专报. */
  reported: T;
}

/** Attempts before giving up when other issues keep taking the number being built. */
const MAX_ATTEMPTS = 5;

async function lastNumber(db: DeskDatabase, key: string): Promise<number> {
  const row = await db.settings.get(key);
  return typeof row?.value === 'number' ? row.value : 0;
}

/** The petitioners' names of these petitions (a matter's links), to keep them out of a 专报. */
async function petitionerNamesOf(db: DeskDatabase, petitionIds: readonly string[]): Promise<string[]> {
  const petitions = await db.petitions.bulkGet([...petitionIds]);
  const ids = [...new Set(petitions.flatMap((p) => p?.petitionerIds ?? []))];
  return (await db.petitioners.bulkGet(ids)).flatMap((person) => (person ? [person.name] : []));
}

/** The content with any of these names replaced by 「信访人」 (ID and phone numbers go in the builder). */
function withoutNames(content: SpecialReportContent, names: readonly string[]): SpecialReportContent {
  if (names.length === 0) return content;
  return {
    subject: removeIdentities(content.subject, names),
    sections: content.sections.map((s) => ({ ...s, paragraphs: s.paragraphs.map((p) => removeIdentities(p, names)) })),
  };
}

/** A record a 专报 is kept on. */
type ReportedRecord = { specialReports?: SpecialReportRecord[]; updatedAt: string };

/** What a 专报 reports: a matter or an emergency, read from its table and refused when it may no longer go up. */
interface Reported<T extends ReportedRecord> {
  /** The table it lives in, for the transaction's scope. */
  table: Table;
  read(): Promise<T | undefined>;
  write(updated: T): Promise<unknown>;
  /** The names of the people in the petitions linked to it: a 专报 circulates, so none of them is printed. */
  petitionerNames(current: T): Promise<string[]>;
  /** The refusal when the record is gone: 「该事项已不存在」. */
  gone: string;
  refusal(current: T): string | null;
}

async function readReportable<T extends ReportedRecord>(reported: Reported<T>): Promise<T> {
  const current = await reported.read();
  if (!current) throw new RiskLedgerError([reported.gone]);
  const refusal = reported.refusal(current);
  if (refusal) throw new RiskLedgerError([refusal]);
  return current;
}

/**
 * The next 文号 of the year, the letter drafted by `draft` from the record read afresh and rendered outside any
 * transaction (it cannot await the docx packing); then, in the transaction that advances the counter, the record is
 * read again (a 销号 or 结束处置 meanwhile refuses it) and the 专报 kept on it with what was printed. Stored only if the
 * counter has not moved meanwhile, else built again with the following number, as db/documents.ts numbers letters: a
 * failed build or a refusal consumes nothing.
 */
async function numberSpecialReport<T extends ReportedRecord>(
  db: DeskDatabase,
  order: SpecialReportOrder,
  reported: Reported<T>,
  draft: (current: T) => Promise<SpecialReportContent>,
): Promise<IssuedSpecialReport<T>> {
  const actor = authorize(db, 'risks.manage');
  const problems = specialReportProblems(order.texts);
  if (problems.length > 0) throw new RiskLedgerError(problems);
  const sentOn = today(order.now);
  if (parseLocalDate(sentOn) === null) throw new RiskLedgerError(['报送日期无效']);
  const year = Number(sentOn.slice(0, 4));
  const key = docNoCounterKey('riskReport', year);
  const to = order.texts.to.trim();
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt += 1) {
    const seen = await lastNumber(db, key);
    const docNo = formatDocNo(order.prefix, year, seen + 1);
    const current = await readReportable(reported);
    const content = withoutNames(await draft(current), await reported.petitionerNames(current));
    const letter = {
      subject: order.texts.subject.trim(),
      sections: content.sections,
      signer: order.texts.signer.trim(),
      issuer: order.issuer,
    };
    const bytes = await order.render({ ...letter, docNo, addressee: to, date: sentOn });
    const record: SpecialReportRecord = { docNo, sentOn, to, issuedBy: actor.displayName, letter };
    const stored = await db.transaction('rw', [db.settings, reported.table], async () => {
      if ((await lastNumber(db, key)) !== seen) return null;
      await db.settings.put({ key, value: seen + 1 });
      await db.settings.put({ key: LAST_SPECIAL_REPORT_KEY, value: { to, signer: letter.signer } });
      const current = await readReportable(reported);
      const updated: T = {
        ...current,
        specialReports: [...(current.specialReports ?? []), record],
        updatedAt: toTimestamp(order.now),
      };
      await reported.write(updated);
      return updated;
    });
    if (stored) return { record, bytes, reported: stored };
  }
  throw new DocNoConflictError();
}

/** The 主送 and 签发人 a new 专报 is drafted with: those of the latest 专报, else the defaults. */
export async function specialReportDraftDefaults(db: DeskDatabase): Promise<Pick<SpecialReportTexts, 'to' | 'signer'>> {
  authorize(db, 'risks.view');
  return specialReportDefaults((await db.settings.get(LAST_SPECIAL_REPORT_KEY))?.value);
}

/**
 * 报送重大风险专报 of a 重大 matter in 办, drafted from the matter and its latest updates, recorded on the matter (when,
 * to whom, which 文号, what was printed).
 */
export async function issueMatterSpecialReport(
  db: DeskDatabase,
  matterId: string,
  names: MatterNames,
  order: SpecialReportOrder,
): Promise<IssuedSpecialReport<RiskMatter>> {
  authorize(db, 'risks.manage');
  const reported: Reported<RiskMatter> = {
    table: db.riskMatters,
    read: () => db.riskMatters.get(matterId),
    write: (updated) => db.riskMatters.put(updated),
    petitionerNames: (matter) => petitionerNamesOf(db, matter.petitionIds),
    gone: '该事项已不存在',
    refusal: specialReportRefusal,
  };
  return numberSpecialReport(db, order, reported, async (matter) => {
    const updates = await db.riskUpdates.where('matterId').equals(matterId).toArray();
    return matterSpecialReport(matter, updates, names, order.texts);
  });
}

/**
 * 报送重大风险专报 of an emergency in 处置, drafted from the event as of now (arrival, latest steps, open 善后
 * measures) and recorded on the event; refused once the 处置 has ended.
 */
export async function issueEmergencySpecialReport(
  db: DeskDatabase,
  emergencyId: string,
  unitNames: readonly string[],
  order: SpecialReportOrder,
): Promise<IssuedSpecialReport<Emergency>> {
  authorize(db, 'risks.manage');
  const at = toLocalDateTime(order.now);
  const reported: Reported<Emergency> = {
    table: db.emergencies,
    read: () => db.emergencies.get(emergencyId),
    write: (updated) => db.emergencies.put(updated),
    petitionerNames: async (e) => {
      const matter = e.riskMatterId ? await db.riskMatters.get(e.riskMatterId) : undefined;
      return petitionerNamesOf(db, matter?.petitionIds ?? []);
    },
    gone: '该突发事件已不存在',
    refusal: emergencySpecialReportRefusal,
  };
  return numberSpecialReport(db, order, reported, async (e) => emergencySpecialReport(e, unitNames, order.texts, at));
}
