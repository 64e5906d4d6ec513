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
import type { DeskDatabase } from './database';
import { requireUnit, takeNumber } from './outreachActivities';
import { inUnitScope, OutreachError, outreachUnitScope, suggestionAsRead } from './outreachScope';
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
  return db.transaction('rw', [db.suggestions], async () => {
    const current = await db.suggestions.get(id);
    if (!current) throw new OutreachError(['该建议已不存在']);
    const problems = suggestionChangeProblems(current, change, today(now));
    if (problems.length > 0) throw new OutreachError(problems);
    const next = { ...applySuggestionChange(current, change), updatedAt: toTimestamp(now) };
    await db.suggestions.put(next);
    return suggestionAsRead(next, null);
  });
}

async function readSuggestions(
  db: DeskDatabase,
  read: (scope: ReadonlySet<string> | null) => Promise<Suggestion[]>,
): Promise<SuggestionRow[]> {
  const actor = authorize(db, 'outreach.view');
  const scope = await outreachUnitScope(db, actor);
  const rows = (await read(scope)).filter((s) => inUnitScope(s.unitId, scope));
  return rows
    .sort((a, b) => (a.collectedOn < b.collectedOn ? 1 : a.collectedOn > b.collectedOn ? -1 : b.seq - a.seq))
    .map((s) => suggestionAsRead(s, scope));
}

/** The suggestions the account reads, latest collected first (a 党支部书记: its own units', without proposers). */
export async function listSuggestions(db: DeskDatabase): Promise<SuggestionRow[]> {
  return readSuggestions(db, (scope) =>
    scope === null
      ? db.suggestions.toArray()
      : db.suggestions
          .where('unitId')
          .anyOf([...scope])
          .toArray(),
  );
}

/** The suggestions collected at one activity (a forum's 纪要 and 答复情况表). */
export async function suggestionsOfActivity(db: DeskDatabase, activityId: string): Promise<SuggestionRow[]> {
  return readSuggestions(db, () => db.suggestions.where('activityId').equals(activityId).toArray());
}

/** The suggestions still unanswered, by deadline (the 督办台: none without a deadline). */
export async function suggestionsDue(db: DeskDatabase): Promise<SuggestionRow[]> {
  const rows = await readSuggestions(db, () => db.suggestions.where('status').anyOf(['未答复', '跟进中']).toArray());
  return rows
    .filter((s) => s.deadline !== null)
    .sort((a, b) => ((a.deadline ?? '') < (b.deadline ?? '') ? -1 : (a.deadline ?? '') > (b.deadline ?? '') ? 1 : 0));
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
