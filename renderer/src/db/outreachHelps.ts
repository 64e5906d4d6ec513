import { CONFIDENTIAL_PLACEHOLDER, isConfidential } from '../domain/access/confidential';
import { toTimestamp, today } from '../domain/dates';
import { helpLinkProblem, helpProblems, type HelpInput } from '../domain/outreach/help';
import type { Help, HelpRow } from '../domain/outreach/types';
import type { DeskDatabase } from './database';
import { requireUnit } from './outreachActivities';
import { helpAsRead, helpOrder, OutreachError, readInScope, recordsInScope } from './outreachScope';
import { authorize, maySeeConfidential } from './session';

/**
 * 帮扶救助 (docs/domain.md §10): each help given on a 求助 petition or on a problem an activity found, its amount in
 * fen. Its unit is the petition's or the activity's unless the clerk names one, so a period's totals per unit add up
 * (domain/outreach/help.ts helpTotals). A 党支部书记 reads its own units' helps without the recipient.
 */

export async function recordHelp(db: DeskDatabase, input: HelpInput, now: Date): Promise<Help> {
  const actor = authorize(db, 'outreach.manage');
  const problems = Object.values(helpProblems(input, today(now)));
  if (problems.length > 0) throw new OutreachError(problems);
  return db.transaction('rw', [db.helps, db.petitions, db.activities, db.units], async () => {
    const petition = input.petitionId ? await db.petitions.get(input.petitionId) : undefined;
    const activity = input.activityId ? await db.activities.get(input.activityId) : undefined;
    const link = helpLinkProblem(input, { petitionNature: petition?.nature ?? null, activity: activity ?? null });
    if (link) throw new OutreachError([link]);
    const unitId = input.unitId ?? petition?.unitId ?? activity?.unitId ?? null;
    await requireUnit(db, unitId, '单位');
    const stamp = toTimestamp(now);
    const help: Help = {
      ...input,
      kind: input.kind.trim(),
      approver: input.approver.trim(),
      recipient: input.recipient.trim(),
      note: input.note.trim(),
      unitId,
      id: crypto.randomUUID(),
      recordedBy: actor.userId,
      createdAt: stamp,
      updatedAt: stamp,
    };
    await db.helps.add(help);
    return help;
  });
}

/** The helps the account reads, latest first (a 党支部书记: its own units', without recipients). */
export async function listHelps(db: DeskDatabase): Promise<HelpRow[]> {
  return withheldOnConfidential(
    db,
    await readInScope(db, (scope) => recordsInScope(db.helps, scope), helpAsRead, helpOrder),
  );
}

/**
 * A help on a 保密 求助 matter (docs/domain.md §11) names whom it went to only to an account with the grant: others read
 * 「（保密）」 for the recipient and for the note, which may name them too.
 */
async function withheldOnConfidential(db: DeskDatabase, helps: HelpRow[]): Promise<HelpRow[]> {
  if (maySeeConfidential(db)) return helps;
  const ids = [...new Set(helps.flatMap((h) => (h.petitionId === null ? [] : [h.petitionId])))];
  if (ids.length === 0) return helps;
  const secret = new Set(
    (await db.petitions.bulkGet(ids)).flatMap((p) => (p !== undefined && isConfidential(p) ? [p.id] : [])),
  );
  return helps.map((h) =>
    h.petitionId !== null && secret.has(h.petitionId)
      ? {
          ...h,
          recipient: h.recipient === null ? null : CONFIDENTIAL_PLACEHOLDER,
          note: h.note === '' ? '' : CONFIDENTIAL_PLACEHOLDER,
        }
      : h,
  );
}

/** The helps given on a 求助 petition (its page lists them). */
export async function helpsOfPetition(db: DeskDatabase, petitionId: string): Promise<HelpRow[]> {
  return withheldOnConfidential(
    db,
    await readInScope(db, () => db.helps.where('petitionId').equals(petitionId).toArray(), helpAsRead, helpOrder),
  );
}

/** The helps given on the problems an activity found. */
export async function helpsOfActivity(db: DeskDatabase, activityId: string): Promise<HelpRow[]> {
  return withheldOnConfidential(
    db,
    await readInScope(db, () => db.helps.where('activityId').equals(activityId).toArray(), helpAsRead, helpOrder),
  );
}
