import { isConfidential } from '../domain/access/confidential';
import { toTimestamp, today } from '../domain/dates';
import { formatRegNo, regNoCounterKey } from '../domain/regNo';
import {
  registrationFields,
  validateReception,
  validateRegistration,
  type RegistrationInput,
  type RegistrationRules,
} from '../domain/registration';
import { buildSearchText } from '../domain/search';
import { conversionProblem } from '../domain/risk/conversion';
import type { RiskMatter } from '../domain/risk/types';
import type { CaseEvent, Channel, Petition, Petitioner, Reception } from '../domain/types';
import { problemLinks, problemRegistrationProblems } from '../domain/outreach/activity';
import type { Activity } from '../domain/outreach/types';
import { addAttachments } from './attachments';
import { registeredCaseFacts } from '../domain/caseFacts';
import type { DeskDatabase } from './database';
import { MissingRecordError, RegistrationError } from './errors';
import { upsertPetitioners } from './petitioners';
import { asSeenAfterWrite } from './petitionDetail';
import { missingReferences, type RegistrationReferences } from './references';
import { AccessDeniedError, authorize, maySeeConfidential } from './session';
import { RiskLedgerError } from './riskLedger';
import { OutreachError } from './outreachScope';
import { appendToReceptionDay, receptionDayToRegister } from './receptionDays';
import { getSettings } from './settings';

// The ledger's loaders live beside its persisted index, the case page's read beside its views of the people; the UI
// and the bench import them from here.
export { loadLedgerRows, loadLedgerRowsByIds } from './ledgerIndex';
export { getPetitionDetail } from './petitionDetail';

async function rulesFor(db: DeskDatabase, now: Date): Promise<RegistrationRules> {
  const settings = await getSettings(db);
  return { collectiveThreshold: settings.collectiveThreshold, attachmentMaxBytes: settings.attachmentMaxBytes, now };
}

function searchTextFor(regNo: string, people: Petitioner[], summary: string, demands: string): string {
  return buildSearchText({
    names: people.map((p) => p.name),
    phones: people.map((p) => p.phone),
    regNo,
    summary,
    demands,
  });
}

function writeTables(db: DeskDatabase) {
  return [db.petitions, db.receptions, db.caseEvents, db.settings, db.attachments, db.categories, db.units];
}

/**
 * Refuses (RegistrationError, inside the caller's transaction so nothing is kept) ids that name no stored record.
 * Given the form's own rows (a blank row has no unit), so an error lands on the row the clerk sees.
 */
async function refuseMissingReferences(db: DeskDatabase, refs: RegistrationReferences): Promise<void> {
  const errors = await missingReferences(db, refs);
  if (Object.keys(errors).length > 0) throw new RegistrationError(errors);
}

/**
 * A person whose name or phone this form changed (or an import filled, or its undo took back) also appears on other
 * petitions, whose search text carries the old value: rewrites it with the current people, inside the caller's
 * transaction (their ledger rows follow the people by themselves, ledger/middleware.ts). The petitions themselves did
 * not change, so their `updatedAt` stays: it tells 撤销本次导入 whether an imported case was touched since.
 */
export async function rewritePetitionsOfChanged(
  db: DeskDatabase,
  changedIds: string[],
  exceptId: string,
): Promise<void> {
  if (changedIds.length === 0) return;
  const petitions = (await db.petitions.where('petitionerIds').anyOf(changedIds).distinct().toArray()).filter(
    (p) => p.id !== exceptId,
  );
  if (petitions.length === 0) return;
  const personIds = [...new Set(petitions.flatMap((p) => p.petitionerIds))];
  const people = new Map(
    (await db.petitioners.bulkGet(personIds)).filter((p): p is Petitioner => p !== undefined).map((p) => [p.id, p]),
  );
  const rewritten = petitions.map((p) => {
    const everyone = p.petitionerIds
      .map((id) => people.get(id))
      .filter((person): person is Petitioner => person !== undefined);
    return { ...p, searchText: searchTextFor(p.regNo, everyone, p.summary, p.demands) };
  });
  await db.petitions.bulkPut(rewritten);
}

/**
 * 登记 (records.register): validates the form (throws RegistrationError, writing nothing, when invalid), then in one
 * transaction takes the next number of the save year's counter, saves the people, the petition (保密 as checked, and
 * always for a 检举控告), its first reception, the attachments and the 'registered' event (by the 接待人). The number's year is the year of saving (now), since the number is assigned on save.
 */
export interface RegistrationOptions {
  /**
   * 转为信访事项: the screening-ledger matter this petition comes from. In the same transaction the matter leaves the
   * ledger (已转信访事项) and the two are linked both ways; refused unless it is still 在办.
   */
  fromRiskMatterId?: string;
  /**
   * 走出去: the problem an activity found that this petition is registered from (channel 下访发现, 座谈会 or 领导接待日).
   * In the same transaction the problem's outcome becomes this petition, and the activity lists it; refused unless
   * the problem is still open.
   */
  fromActivityProblem?: { activityId: string; problemId: string };
  /**
   * 领导接待日: the reception day this petition was received on (channel 领导接待日, received that day). In the same
   * transaction its summary is appended to the day as a problem that became this petition (db/receptionDays.ts).
   */
  receptionDayId?: string;
}

export async function registerPetition(
  db: DeskDatabase,
  input: RegistrationInput,
  now: Date,
  options: RegistrationOptions = {},
): Promise<Petition> {
  authorize(db, 'records.register');
  if (options.fromRiskMatterId) authorize(db, 'risks.manage');
  if (options.fromActivityProblem || options.receptionDayId) authorize(db, 'outreach.manage');
  if (options.fromActivityProblem && options.receptionDayId)
    throw new OutreachError(['由活动发现的问题登记时，不能再关联领导接待日']);
  const result = validateRegistration(input, await rulesFor(db, now));
  if (!result.ok) throw new RegistrationError(result.errors);
  const v = result.value;
  const stamp = toTimestamp(now);
  const year = now.getFullYear();
  const tables = [
    ...writeTables(db),
    ...(options.fromRiskMatterId ? [db.riskMatters] : []),
    ...(options.fromActivityProblem || options.receptionDayId ? [db.activities] : []),
  ];
  const petition = await db.transaction('rw', tables, async () => {
    await refuseMissingReferences(db, { categoryId: v.categoryId, unitId: v.unitId, petitioners: input.petitioners });
    const fromRisk = options.fromRiskMatterId ? await riskMatterToConvert(db, options.fromRiskMatterId) : null;
    const fromActivity = options.fromActivityProblem
      ? await activityOfProblem(db, options.fromActivityProblem, v.channel)
      : null;
    const receptionDay = options.receptionDayId ? await receptionDayToRegister(db, options.receptionDayId, v) : null;
    const counterKey = regNoCounterKey(year);
    const counter = await db.settings.get(counterKey);
    const seq = (typeof counter?.value === 'number' ? counter.value : 0) + 1;
    await db.settings.put({ key: counterKey, value: seq });
    const regNo = formatRegNo(year, seq);
    const { people, idOfRow, searchChangedIds } = await upsertPetitioners(db, v.petitioners, stamp);
    const representativeIds = [...new Set(idOfRow.filter((_, i) => v.petitioners[i]?.isRepresentative))];
    const record: Petition = {
      id: crypto.randomUUID(),
      regNo,
      year,
      seq,
      ...registrationFields(v),
      petitionerIds: people.map((p) => p.id),
      representativeIds,
      status: 'registered',
      caseFacts: registeredCaseFacts({ nature: v.nature, receivedAt: v.receivedAt, channel: v.channel }),
      receptionCount: 1,
      searchText: searchTextFor(regNo, people, v.summary, v.demands),
      createdAt: stamp,
      updatedAt: stamp,
    };
    await db.petitions.add(record);
    const reception: Reception = {
      id: crypto.randomUUID(),
      petitionId: record.id,
      channel: v.channel,
      receivedAt: v.receivedAt,
      headcount: v.headcount,
      petitionerIds: record.petitionerIds,
      receivingOfficer: v.receivingOfficer,
      isRepeat: false,
      flags: v.flags,
      source: v.source,
      note: '',
      createdAt: stamp,
    };
    await db.receptions.add(reception);
    // After the reception: the row carries the petition's contacts (批次/人次 by reception day).
    await rewritePetitionsOfChanged(db, searchChangedIds, record.id);
    await addAttachments(db, v.attachments, record.id, reception.id, stamp);
    await db.caseEvents.add(
      event(
        record.id,
        stamp,
        v.receivingOfficer,
        'registered',
        fromRisk
          ? `登记（由排查事项${fromRisk.riskNo}转入）`
          : fromActivity
            ? `登记（由${fromActivity.activityNo}发现的问题转入）`
            : receptionDay
              ? `登记（领导接待日${receptionDay.activityNo}）`
              : '登记',
        {
          regNo,
          receptionId: reception.id,
          ...(fromRisk ? { riskMatterId: fromRisk.id } : {}),
          ...(options.fromActivityProblem ?? {}),
          ...(receptionDay ? { receptionDayId: receptionDay.id } : {}),
        },
      ),
    );
    if (fromActivity && options.fromActivityProblem) {
      const { problemId } = options.fromActivityProblem;
      const outcome = { kind: 'petition', petitionId: record.id, on: today(now) } as const;
      const problems = fromActivity.problems.map((p) => (p.id === problemId ? { ...p, outcome } : p));
      await db.activities.put({ ...fromActivity, problems, ...problemLinks(problems), updatedAt: stamp });
    }
    if (receptionDay) await appendToReceptionDay(db, receptionDay, record, now);
    if (fromRisk)
      await db.riskMatters.put({
        ...fromRisk,
        status: '已转信访事项',
        closedOn: today(now),
        petitionIds: [...fromRisk.petitionIds, record.id],
        updatedAt: stamp,
      });
    return record;
  });
  return asSeenAfterWrite(db, petition);
}

/** The activity whose open problem a registration comes from (refused inside the caller's transaction). */
async function activityOfProblem(
  db: DeskDatabase,
  from: { activityId: string; problemId: string },
  channel: Channel,
): Promise<Activity> {
  const activity = await db.activities.get(from.activityId);
  if (!activity) throw new MissingRecordError('发现该问题的走访座谈活动已不存在');
  const problems = problemRegistrationProblems(activity, from.problemId, channel);
  if (problems.length > 0) throw new OutreachError(problems);
  return activity;
}

/** The matter a registration converts: it must exist and still be 在办 (refused inside the caller's transaction). */
async function riskMatterToConvert(db: DeskDatabase, matterId: string): Promise<RiskMatter> {
  const matter = await db.riskMatters.get(matterId);
  if (!matter) throw new MissingRecordError('所转的排查事项已不存在');
  const problem = conversionProblem(matter);
  if (problem) throw new RiskLedgerError([problem]);
  return matter;
}

function event(
  petitionId: string,
  at: string,
  actor: string,
  type: string,
  text: string,
  data: Record<string, unknown> | null,
): CaseEvent {
  return { id: crypto.randomUUID(), petitionId, at, actor, type, text, data };
}

/**
 * 重复访: records this contact as a new Reception of an earlier petition, adds anyone new to its petitioners,
 * counts the reception and refreshes the search text, with a 'reception-linked' event; one transaction. A
 * confidential petition takes a visit only from an account with the 保密 grant.
 */
export async function linkReception(
  db: DeskDatabase,
  petitionId: string,
  input: RegistrationInput,
  now: Date,
): Promise<Petition> {
  authorize(db, 'records.register');
  const result = validateReception(input, await rulesFor(db, now));
  if (!result.ok) throw new RegistrationError(result.errors);
  const v = result.value;
  const stamp = toTimestamp(now);
  const petition = await db.transaction('rw', writeTables(db), async () => {
    const existing = await db.petitions.get(petitionId);
    if (!existing) throw new MissingRecordError('要关联的信访事项不存在，可能已被删除');
    // Its people are opaque to this account, so it cannot tell whether the visitor is one of them (upsertPetitioners).
    if (isConfidential(existing) && !maySeeConfidential(db)) {
      throw new AccessDeniedError('records.register', '该信访事项已保密，请联系有保密权限的人员办理补充接待');
    }
    await refuseMissingReferences(db, { unitId: null, petitioners: input.petitioners });
    const { people, searchChangedIds } = await upsertPetitioners(db, v.petitioners, stamp);
    const petitionerIds = [...existing.petitionerIds];
    for (const p of people) if (!petitionerIds.includes(p.id)) petitionerIds.push(p.id);
    const reception: Reception = {
      id: crypto.randomUUID(),
      petitionId,
      channel: v.channel,
      receivedAt: v.receivedAt,
      headcount: v.headcount,
      petitionerIds: people.map((p) => p.id),
      receivingOfficer: v.receivingOfficer,
      isRepeat: true,
      flags: v.flags,
      source: v.source,
      note: v.note,
      createdAt: stamp,
    };
    await db.receptions.add(reception);
    const everyone = (await db.petitioners.bulkGet(petitionerIds)).filter((p): p is Petitioner => p !== undefined);
    const updated: Petition = {
      ...existing,
      petitionerIds,
      receptionCount: existing.receptionCount + 1,
      searchText: searchTextFor(existing.regNo, everyone, existing.summary, existing.demands),
      updatedAt: stamp,
    };
    await db.petitions.put(updated);
    await rewritePetitionsOfChanged(db, searchChangedIds, updated.id);
    await addAttachments(db, v.attachments, petitionId, reception.id, stamp);
    await db.caseEvents.add(
      event(petitionId, stamp, v.receivingOfficer, 'reception-linked', '重复来访，已关联', {
        receptionId: reception.id,
        channel: v.channel,
        receivedAt: v.receivedAt,
      }),
    );
    return updated;
  });
  return asSeenAfterWrite(db, petition);
}
