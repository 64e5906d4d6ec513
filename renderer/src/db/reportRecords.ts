import { addDays } from '../domain/dates';
import { toStatRecords, type StatPeriod, type StatPetition, type StatReception } from '../domain/statistics';
import type { Petition, PetitionStatus } from '../domain/types';
import type { CaseCandidate, ChosenCase } from '../documents/report/typicalCases';
import type { DeskDatabase } from './database';
import { authorize } from './session';

/**
 * The stored records a report's figures need, read by index rather than whole tables, so a quarter at 100,000
 * petitions reads a fraction of them:
 * - petitions first received in the counted window (同比's base to the period's end), and LOOKBACK_DAYS before it,
 *   whose acceptance, due day, reply or closing can fall in one of the compared periods;
 * - every open case, however old (the overdue list, and handling still running);
 * - the petitions of any contact in the window (a repeat visit on an old matter), so scopes can place the contact.
 * The 回访 satisfaction travels in each petition's case facts.
 */

/** A handling clock (60 days, a 30-day extension, pauses) plus the 15 days to accept, with room to spare. */
const LOOKBACK_DAYS = 240;

/** Cases whose handling clock may still be running. */
const OPEN_STATUSES: readonly PetitionStatus[] = ['registered', 'accepted', 'assigned', 'inProgress', 'reviewRequested', 'recheckRequested'];

export interface ReportRecords {
  petitions: StatPetition[];
  receptions: StatReception[];
  /** The petitions first received in the window, as typical-case candidates (names loaded only for those chosen). */
  candidates: CaseCandidate[];
}

const toCandidate = (p: Petition): CaseCandidate => ({
  id: p.id,
  receivedAt: p.receivedAt,
  categoryId: p.categoryId,
  unitId: p.unitId,
  summary: p.summary,
  receptionCount: p.receptionCount,
  collective: p.flags.collective,
  petitionerIds: p.petitionerIds,
});

export async function loadReportRecords(db: DeskDatabase, window: StatPeriod): Promise<ReportRecords> {
  authorize(db, 'statistics.view');
  const end = addDays(window.to, 1);
  return db.transaction('r', [db.petitions, db.receptions], async () => {
    const [recent, open, receptions] = await Promise.all([
      db.petitions.where('receivedAt').between(addDays(window.from, -LOOKBACK_DAYS), end, true, false).toArray(),
      db.petitions.where('status').anyOf(OPEN_STATUSES).toArray(),
      db.receptions.where('receivedAt').between(window.from, end, true, false).toArray(),
    ]);
    const byId = new Map<string, Petition>();
    for (const p of recent) byId.set(p.id, p);
    for (const p of open) byId.set(p.id, p);
    const missing = [...new Set(receptions.map((r) => r.petitionId).filter((id) => !byId.has(id)))];
    for (const p of await db.petitions.bulkGet(missing)) if (p) byId.set(p.id, p);
    const petitions = [...byId.values()];
    // 身份 is not printed in the report, so the petitioners are not read here (identity types stay empty).
    const stat = toStatRecords({ petitions, receptions, petitioners: [] });
    const candidates = petitions.filter((p) => p.receivedAt >= window.from && p.receivedAt < end).map(toCandidate);
    return { petitions: stat.petitions, receptions: stat.receptions, candidates };
  });
}

/**
 * Petitioner names of the chosen typical cases, by petitioner id, so their summaries can be cleaned of them. Read for
 * cleaning only (the report prints no name), so confidential petitions' names are read too.
 */
export async function petitionerNamesOf(db: DeskDatabase, chosen: readonly ChosenCase[]): Promise<Map<string, string>> {
  authorize(db, 'statistics.view');
  const ids = [...new Set(chosen.flatMap((c) => c.candidate.petitionerIds))];
  const people = await db.petitioners.bulkGet(ids);
  return new Map(people.flatMap((p) => (p ? [[p.id, p.name] as const] : [])));
}
