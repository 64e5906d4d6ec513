import { toTimestamp, today } from '../domain/dates';
import {
  applySuggestionChange,
  suggestionChangeProblems,
  suggestionProblems,
  type SuggestionChange,
  type SuggestionInput,
} from '../domain/outreach/suggestion';
import { formatSuggestionNo } from '../domain/outreach/text';
import type { Suggestion, SuggestionProposer, SuggestionRow } from '../domain/outreach/types';
import { recordAudit } from './audit/recordAudit';
import { changeRecord } from './changeRecord';
import type { DeskDatabase } from './database';
import { requireUnit, takeNumber } from './outreachActivities';
import { OutreachError, readInScope, recordsInScope, suggestionAsRead, suggestionOrder } from './outreachScope';
import { authorize } from './session';

/**
 * 意见建议 (docs/domain.md §10): suggestions numbered 建〔year〕n号 by the year they were collected, from a forum or
 * an activity or on their own, 未答复 → 跟进中 → 已答复. A proposer is personal data: lists mask the phone, a
 * 党支部书记 reads no proposer, and the full phone is read through revealSuggestionProposer (audited).
 */

/** The per-year counter of 建〔year〕n号 in settings (kept by a restore like the other number counters). */
export function suggestionNoCounterKey(year: number): string {
  return `suggestionNo:${year}`;
}

/** Records a suggestion; its unit is the activity's unless the clerk named one. */
export async function recordSuggestion(db: DeskDatabase, input: SuggestionInput, now: Date): Promise<SuggestionRow> {
  authorize(db, 'outreach.manage');
  const problems = Object.values(suggestionProblems(input, today(now)));
  if (problems.length > 0) throw new OutreachError(problems);
  return db.transaction('rw', [db.suggestions, db.activities, db.units, db.settings], async () => {
    const activity = input.activityId ? await db.activities.get(input.activityId) : undefined;
    if (input.activityId && !activity) throw new OutreachError(['所选活动已不存在']);
    if (activity && input.collectedOn < activity.date) throw new OutreachError(['征集日期不能早于活动日期']);
    const unitId = input.unitId ?? activity?.unitId ?? null;
    await requireUnit(db, unitId, '单位');
    const year = Number(input.collectedOn.slice(0, 4));
    const seq = await takeNumber(db, suggestionNoCounterKey(year));
    const stamp = toTimestamp(now);
    const suggestion: Suggestion = {
      ...input,
      topic: input.topic.trim(),
      text: input.text.trim(),
      proposer: input.proposer ? { name: input.proposer.name.trim(), phone: input.proposer.phone.trim() } : null,
      unitId,
      department: input.department.trim(),
      measure: input.measure.trim(),
      id: crypto.randomUUID(),
      year,
      seq,
      suggestionNo: formatSuggestionNo(year, seq),
      status: '未答复',
      followUpOn: null,
      answer: '',
      answeredOn: null,
      feedbackWay: null,
      createdAt: stamp,
      updatedAt: stamp,
    };
    await db.suggestions.add(suggestion);
    return suggestionAsRead(suggestion, null);
  });
}

/** 跟进中 (department, measure, deadline) or 已答复 (answer, day, how it was fed back). */
export async function changeSuggestionStatus(
  db: DeskDatabase,
  id: string,
  change: SuggestionChange,
  now: Date,
): Promise<SuggestionRow> {
  authorize(db, 'outreach.manage');
  const missing = () => new OutreachError(['该建议已不存在']);
  const next = await changeRecord(db, db.suggestions, id, { now, missing }, (current) => {
    const problems = suggestionChangeProblems(current, change, today(now));
    if (problems.length > 0) throw new OutreachError(problems);
    return applySuggestionChange(current, change);
  });
  return suggestionAsRead(next, null);
}

/** The suggestions the account reads, latest collected first (a 党支部书记: its own units', without proposers). */
export async function listSuggestions(db: DeskDatabase): Promise<SuggestionRow[]> {
  return readInScope(db, (scope) => recordsInScope(db.suggestions, scope), suggestionAsRead, suggestionOrder);
}

/**
 * These suggestions as listSuggestions gives them (the same scope and masking, the same order), for the 意见建议 kept
 * in memory after a change; one no longer stored or outside the account's units is not among them.
 */
export async function suggestionsByIds(db: DeskDatabase, ids: readonly string[]): Promise<SuggestionRow[]> {
  const read = async () => (await db.suggestions.bulkGet([...ids])).filter((s) => s !== undefined);
  return readInScope(db, read, suggestionAsRead, suggestionOrder);
}

/** The suggestions collected at one activity (a forum's 纪要 and 答复情况表). */
export async function suggestionsOfActivity(db: DeskDatabase, activityId: string): Promise<SuggestionRow[]> {
  const read = () => db.suggestions.where('activityId').equals(activityId).toArray();
  return readInScope(db, read, suggestionAsRead, suggestionOrder);
}

/** The suggestions still unanswered that have a deadline, nearest deadline first (the 督办台). */
export async function suggestionsDue(db: DeskDatabase): Promise<SuggestionRow[]> {
  const read = async () =>
    (await db.suggestions.where('status').anyOf(['未答复', '跟进中']).toArray()).filter((s) => s.deadline !== null);
  const byDeadline = (a: Suggestion, b: Suggestion) =>
    (a.deadline ?? '') < (b.deadline ?? '') ? -1 : (a.deadline ?? '') > (b.deadline ?? '') ? 1 : 0;
  return readInScope(db, read, suggestionAsRead, byDeadline);
}

/** The proposer's name and full phone (显示完整信息), recorded on the audit trail; null for an anonymous one. */
export async function revealSuggestionProposer(
  db: DeskDatabase,
  id: string,
  now: Date,
): Promise<SuggestionProposer | null> {
  authorize(db, 'outreach.view');
  authorize(db, 'identity.unmask');
  return db.transaction('rw', [db.suggestions, db.audit], async () => {
    const s = await db.suggestions.get(id);
    if (!s) throw new OutreachError(['该建议已不存在']);
    if (!s.proposer) return null;
    await recordAudit(
      db,
      {
        action: 'unmask',
        entity: 'suggestions',
        entityId: id,
        summary: `查看完整信息：意见建议 ${s.suggestionNo}的建议人联系电话`,
      },
      now,
    );
    return s.proposer;
  });
}
