import { CONFIDENTIAL_PLACEHOLDER, isConfidential } from '../domain/access/confidential';
import {
  changedFields,
  correctionRefusal,
  describeChanges,
  reasonError,
  voidRefusal,
  type FieldChange,
  type RegistrationView,
} from '../domain/correction';
import { toTimestamp } from '../domain/dates';
import { correctionOffReceptionDay, receptionDayProblemText } from '../domain/outreach/receptionDay';
import { maskTypedPhone, shownPhone } from '../domain/idNumber';
import { registrationFields, validateRegistration, type RegistrationInput } from '../domain/registration';
import { buildSearchText } from '../domain/search';
import { categoryPath } from '../domain/treePath';
import {
  CHANNEL_LABELS,
  FLAG_LABELS,
  PETITION_STATUSES,
  type CaseEvent,
  type Petition,
  type PetitionFlags,
  type Petitioner,
} from '../domain/types';
import { registeredCaseFacts } from '../domain/caseFacts';
import type { DeskDatabase } from './database';
import { MissingRecordError, RegistrationError } from './errors';
import { upsertPetitioners } from './petitioners';
import { rewritePetitionsOfChanged } from './petitions';
import { asSeenAfterWrite } from './petitionDetail';
import { missingReferences } from './references';
import { AccessDeniedError, authorize, maySeeConfidential } from './session';
import { getSettings } from './settings';

/**
 * 修改登记, 作废 and 关联事项 (issue 12, Build 1). Each is one transaction that rewrites the petition, its first
 * reception where the registration fields live, its ledger row and search text, and adds a timeline event that says
 * what changed (Chinese labels, values as shown) and why. The statistics, the 督办台 and the report read the ledger
 * rows, so they follow at once. Issued documents are not touched: they keep their bytes.
 */

function writeTables(db: DeskDatabase) {
  return [db.petitions, db.receptions, db.caseEvents, db.settings, db.categories, db.units, db.activities];
}

/**
 * The 领导接待日 a petition was registered on (its 'registered' event names it), kept true by a correction: the
 * corrected channel and date must still be the day's, and the day's problem names the petition as its corrected
 * 保密 allows (receptionDayProblemText). Inside the correction's transaction.
 */
async function keepReceptionDay(db: DeskDatabase, corrected: Petition, stamp: string): Promise<void> {
  const events = await db.caseEvents.where('petitionId').equals(corrected.id).toArray();
  const dayId = events.find((e) => e.type === 'registered')?.data?.receptionDayId;
  const day = typeof dayId === 'string' ? await db.activities.get(dayId) : undefined;
  if (!day) return;
  const off = correctionOffReceptionDay(day, { channel: corrected.channel, receivedAt: corrected.receivedAt });
  if (off) throw new RegistrationError({ channel: off });
  const text = receptionDayProblemText(corrected);
  const problems = day.problems.map((p) =>
    p.outcome.kind === 'petition' && p.outcome.petitionId === corrected.id ? { ...p, text } : p,
  );
  if (problems.some((p, i) => p.text !== day.problems[i]?.text))
    await db.activities.put({ ...day, problems, updatedAt: stamp });
}

function event(
  petitionId: string,
  at: string,
  actor: string,
  type: string,
  text: string,
  data: Record<string, unknown>,
): CaseEvent {
  return { id: crypto.randomUUID(), petitionId, at, actor, type, text, data };
}

function flagsText(flags: PetitionFlags): string {
  return (Object.keys(FLAG_LABELS) as (keyof PetitionFlags)[])
    .filter((k) => flags[k])
    .map((k) => FLAG_LABELS[k])
    .join('、');
}

async function storedCategoryPath(db: DeskDatabase, id: string | null): Promise<string> {
  const category = id ? await db.categories.get(id) : undefined;
  if (!category) return '';
  const parent = category.parentId ? await db.categories.get(category.parentId) : undefined;
  return categoryPath(parent ? [parent, category] : [category], category.id);
}

/** The registration as a clerk reads it: labels in Chinese, names instead of ids. */
async function viewOf(db: DeskDatabase, p: Petition, people: readonly Petitioner[]): Promise<RegistrationView> {
  return {
    渠道: CHANNEL_LABELS[p.channel],
    接待时间: p.receivedAt.replace('T', ' '),
    人数: String(p.headcount),
    信访人: people.map((x) => x.name).join('、'),
    // Masked as the case page masks it, the separators as typed: a change of punctuation alone is a change too.
    联系电话: people.map((x) => (x.phone ? maskTypedPhone(shownPhone(x)) : '')).join('、'),
    问题类别: await storedCategoryPath(db, p.categoryId),
    涉及单位: p.unitId ? ((await db.units.get(p.unitId))?.name ?? '') : '',
    信访性质: p.nature,
    主要内容: p.summary,
    诉求: p.demands,
    接待人: p.receivingOfficer,
    标记: flagsText(p.flags),
    来文: p.source ? [p.source.body, p.source.docNo, p.source.date].filter(Boolean).join(' ') : '',
    保密: isConfidential(p) ? '是' : '否',
  };
}

/** Fields that may carry a person's identity. */
const IDENTITY_FIELDS: ReadonlySet<string> = new Set(['信访人', '联系电话', '主要内容', '诉求']);

/**
 * On a confidential matter (before or after) the people, the summary and the demands are recorded as changed but
 * without their values: an old name a correction replaced is no longer one the scrubber knows, so it could reach an
 * account without the 保密 grant through the timeline.
 */
function withoutIdentities(changes: FieldChange[]): FieldChange[] {
  return changes.map((c) =>
    IDENTITY_FIELDS.has(c.label)
      ? { label: c.label, before: CONFIDENTIAL_PLACEHOLDER, after: `${CONFIDENTIAL_PLACEHOLDER}已修改` }
      : c,
  );
}

async function peopleOf(db: DeskDatabase, ids: readonly string[]): Promise<Petitioner[]> {
  return (await db.petitioners.bulkGet([...ids])).filter((p): p is Petitioner => p !== undefined);
}

/** A confidential petition is reached only by an account with the 保密 grant (Art. 30), as at 补充接待. */
function refuseConfidential(db: DeskDatabase, petition: Petition): void {
  if (isConfidential(petition) && !maySeeConfidential(db)) {
    throw new AccessDeniedError('records.register', '该信访事项已保密，请联系有保密权限的人员修改');
  }
}

/**
 * 修改登记: validates the form as registration does (throws RegistrationError, writing nothing), refuses a role the
 * rules refuse (correctionRefusal: 管理员 always, 接待员 until the reply is issued) and a confidential petition to an
 * account without the grant, then in one transaction rewrites the petition (number, status and case history kept),
 * its first reception, the people, the search text and the ledger row, and adds a 'registration-corrected' event
 * with each changed field before and after and the reason. Returns the petition as the account may see it.
 */
export async function correctPetition(
  db: DeskDatabase,
  petitionId: string,
  input: RegistrationInput,
  reason: string,
  now: Date,
): Promise<Petition> {
  const actor = authorize(db, 'records.register');
  const settings = await getSettings(db);
  const result = validateRegistration(
    { ...input, attachments: [] },
    { collectiveThreshold: settings.collectiveThreshold, attachmentMaxBytes: settings.attachmentMaxBytes, now },
  );
  const reasonProblem = reasonError(reason, '修改原因');
  if (!result.ok || reasonProblem)
    throw new RegistrationError({
      ...(result.ok ? {} : result.errors),
      ...(reasonProblem ? { reason: reasonProblem } : {}),
    });
  const v = result.value;
  const stamp = toTimestamp(now);
  const petition = await db.transaction('rw', writeTables(db), async () => {
    const existing = await db.petitions.get(petitionId);
    if (!existing) throw new MissingRecordError('要修改的信访事项不存在，可能已被删除');
    const refusal = correctionRefusal(actor.role, existing);
    if (refusal) throw new AccessDeniedError('records.register', refusal);
    refuseConfidential(db, existing);
    const missing = await missingReferences(db, {
      categoryId: v.categoryId,
      unitId: v.unitId,
      petitioners: input.petitioners,
    });
    if (Object.keys(missing).length > 0) throw new RegistrationError(missing);
    // Read before upsertPetitioners rewrites a person whose name was corrected.
    const peopleBefore = await peopleOf(db, existing.petitionerIds);
    const { people, idOfRow, searchChangedIds } = await upsertPetitioners(db, v.petitioners, stamp);
    const updated: Petition = {
      ...existing,
      ...registrationFields(v),
      petitionerIds: people.map((p) => p.id),
      representativeIds: [...new Set(idOfRow.filter((_, i) => v.petitioners[i]?.isRepresentative))],
      // The clocks run from the corrected 性质 and date; what case actions recorded is kept.
      caseFacts: {
        ...(existing.caseFacts ?? {}),
        ...registeredCaseFacts({ nature: v.nature, receivedAt: v.receivedAt, channel: v.channel }),
      },
      searchText: buildSearchText({
        names: people.map((p) => p.name),
        phones: people.map((p) => p.phone),
        regNo: existing.regNo,
        summary: v.summary,
        demands: v.demands,
      }),
      correctedAt: stamp,
      updatedAt: stamp,
    };
    const shown = changedFields(await viewOf(db, existing, peopleBefore), await viewOf(db, updated, people));
    const changes = isConfidential(existing) || isConfidential(updated) ? withoutIdentities(shown) : shown;
    if (changes.length === 0) throw new RegistrationError({ form: '登记内容没有改动' });
    await keepReceptionDay(db, updated, stamp);
    await db.petitions.put(updated);
    const first = (await db.receptions.where('petitionId').equals(petitionId).toArray()).find((r) => !r.isRepeat);
    if (first) {
      await db.receptions.put({
        ...first,
        channel: v.channel,
        receivedAt: v.receivedAt,
        headcount: v.headcount,
        petitionerIds: updated.petitionerIds,
        receivingOfficer: v.receivingOfficer,
        flags: v.flags,
        source: v.source,
      });
    }
    await rewritePetitionsOfChanged(db, searchChangedIds, petitionId);
    await db.caseEvents.add(
      event(
        petitionId,
        stamp,
        actor.displayName,
        'registration-corrected',
        `修改登记：${describeChanges(changes)}。修改原因：${reason.trim()}`,
        {
          reason: reason.trim(),
          changes: changes as unknown as Record<string, unknown>[],
        },
      ),
    );
    return updated;
  });
  return asSeenAfterWrite(db, petition);
}

/**
 * 作废: a registration made by mistake. Reason required; 管理员 always, 接待员 only before any case action (voidRefusal);
 * a confidential petition only by an account with the grant. The number stays taken (the counter is not touched);
 * the status becomes 'voided' (已作废 in the ledger and on the page), which leaves the statistics, the report and the
 * 督办台. One transaction with a 'voided' event.
 */
export async function voidPetition(db: DeskDatabase, petitionId: string, reason: string, now: Date): Promise<Petition> {
  const actor = authorize(db, 'records.register');
  const problem = reasonError(reason, '作废原因');
  if (problem) throw new RegistrationError({ reason: problem });
  const stamp = toTimestamp(now);
  const petition = await db.transaction('rw', writeTables(db), async () => {
    const existing = await db.petitions.get(petitionId);
    if (!existing) throw new MissingRecordError('要作废的信访事项不存在，可能已被删除');
    const refusal = voidRefusal(actor.role, existing);
    if (refusal) throw new AccessDeniedError('records.register', refusal);
    refuseConfidential(db, existing);
    const updated: Petition = {
      ...existing,
      status: 'voided',
      voided: { at: stamp, by: actor.displayName, reason: reason.trim(), statusBefore: existing.status },
      updatedAt: stamp,
    };
    await db.petitions.put(updated);
    await db.caseEvents.add(
      event(
        petitionId,
        stamp,
        actor.displayName,
        'voided',
        `作废（原状态：${PETITION_STATUSES[existing.status]}）。作废原因：${reason.trim()}`,
        {
          reason: reason.trim(),
          statusBefore: existing.status,
        },
      ),
    );
    return updated;
  });
  return asSeenAfterWrite(db, petition);
}

/**
 * 关联事项: links two petitions about the same matter, on both sides, with an event on each naming the other by its
 * number. Each stays its own 件. Linking one already linked, or a petition to itself, is refused with a message.
 */
export async function linkPetitions(
  db: DeskDatabase,
  petitionId: string,
  otherRegNo: string,
  now: Date,
): Promise<void> {
  const actor = authorize(db, 'records.register');
  const stamp = toTimestamp(now);
  await db.transaction('rw', [db.petitions, db.caseEvents], async () => {
    const a = await db.petitions.get(petitionId);
    if (!a) throw new MissingRecordError('该信访事项不存在，可能已被删除');
    const b = await db.petitions.where('regNo').equals(otherRegNo.trim()).first();
    if (!b) throw new RegistrationError({ link: `没有登记编号为「${otherRegNo.trim()}」的信访事项` });
    if (b.id === a.id) throw new RegistrationError({ link: '不能关联到本事项自身' });
    if ((a.linkedPetitionIds ?? []).includes(b.id)) throw new RegistrationError({ link: `已关联${b.regNo}` });
    await db.petitions.put({ ...a, linkedPetitionIds: [...(a.linkedPetitionIds ?? []), b.id], updatedAt: stamp });
    await db.petitions.put({ ...b, linkedPetitionIds: [...(b.linkedPetitionIds ?? []), a.id], updatedAt: stamp });
    await db.caseEvents.bulkAdd([
      event(a.id, stamp, actor.displayName, 'petitions-linked', `关联事项：${b.regNo}`, { regNo: b.regNo }),
      event(b.id, stamp, actor.displayName, 'petitions-linked', `关联事项：${a.regNo}`, { regNo: a.regNo }),
    ]);
  });
}

/** The linked petitions of one, by number and status, for its page. */
export async function linkedPetitions(
  db: DeskDatabase,
  petitionId: string,
): Promise<Array<{ id: string; regNo: string; status: string }>> {
  authorize(db, 'records.view');
  const p = await db.petitions.get(petitionId);
  const others = (await db.petitions.bulkGet(p?.linkedPetitionIds ?? [])).filter((x): x is Petition => x !== undefined);
  return others.map((o) => ({ id: o.id, regNo: o.regNo, status: PETITION_STATUSES[o.status] }));
}

/**
 * The registration as the 修改登记 form starts from: the stored values, each person picked (existingId). ID number
 * and phone start blank, so opening the form reveals nothing the case page masks; a blank one keeps the stored value
 * (upsertPetitioners), a typed one replaces it. A confidential petition only for an account with the grant.
 */
export async function correctionStart(db: DeskDatabase, petitionId: string): Promise<RegistrationInput> {
  authorize(db, 'records.register');
  const p = await db.petitions.get(petitionId);
  if (!p) throw new MissingRecordError('该信访事项不存在，可能已被删除');
  refuseConfidential(db, p);
  const people = await peopleOf(db, p.petitionerIds);
  return {
    channel: p.channel,
    receivedAt: p.receivedAt,
    petitioners: people.map((x) => ({
      existingId: x.id,
      name: x.name,
      gender: x.gender,
      idNumber: '',
      phone: '',
      address: x.address,
      identityType: x.identityType,
      unitId: x.unitId,
      isRepresentative: p.representativeIds.includes(x.id),
    })),
    headcount: p.headcount,
    categoryId: p.categoryId,
    nature: p.nature,
    unitId: p.unitId,
    summary: p.summary,
    demands: p.demands,
    receivingOfficer: p.receivingOfficer,
    flags: {
      jointLetter: p.flags.jointLetter,
      anonymous: p.flags.anonymous,
      levelSkipping: p.flags.levelSkipping,
      lawRelated: p.flags.lawRelated,
    },
    source: p.source,
    attachments: [],
    confidential: p.confidential ?? false,
  };
}

export type { FieldChange };
