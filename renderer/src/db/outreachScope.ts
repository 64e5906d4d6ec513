import type { Actor } from '../domain/access/account';
import { isBranchBound } from '../domain/access/roles';
import { maskPhone } from '../domain/idNumber';
import type { Activity, Help, HelpRow, Suggestion, SuggestionRow } from '../domain/outreach/types';
import type { Table } from 'dexie';
import { anonymous, branchScopeOf } from './branchScope';
import type { DeskDatabase } from './database';
import { authorize } from './session';

/**
 * What of 走出去 an account reads (docs/security.md): the office all of it, the proposer's phone masked; a 党支部书记
 * only the records of its own branch's units, with no proposer or recipient and the free text cleaned of ID numbers
 * and phones. Removed here, where the records are read, not in the view.
 */

/** Why a write to 走出去 was refused, in the clerk's words. */
export class OutreachError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(problems.join('；'));
    this.name = 'OutreachError';
  }
}

/** The units whose records the actor reads: every unit (null), or its branch's. */
export async function outreachUnitScope(db: DeskDatabase, actor: Actor): Promise<ReadonlySet<string> | null> {
  return isBranchBound(actor.role) ? (await branchScopeOf(db, actor)).unitIds : null;
}

export const inUnitScope = (unitId: string | null, scope: ReadonlySet<string> | null): boolean =>
  scope === null || (unitId !== null && scope.has(unitId));

const clean = (text: string) => anonymous(text, []);

/** An activity as the actor reads it (for a branch: its notes and problems without ID numbers and phones). */
export function activityAsRead(activity: Activity, scope: ReadonlySet<string> | null): Activity {
  if (scope === null) return activity;
  return {
    ...activity,
    notes: clean(activity.notes),
    problems: activity.problems.map((p) => ({
      ...p,
      text: clean(p.text),
      outcome: p.outcome.kind === 'closed' ? { ...p.outcome, note: clean(p.outcome.note) } : p.outcome,
    })),
  };
}

/** A suggestion as the actor reads it: the phone masked, or for a branch no proposer and the text cleaned. */
export function suggestionAsRead(s: Suggestion, scope: ReadonlySet<string> | null): SuggestionRow {
  if (scope !== null)
    return {
      ...s,
      proposer: null,
      proposerWithheld: s.proposer !== null,
      text: anonymous(s.text, s.proposer ? [{ ...s.proposer, idNumber: '', address: '' }] : []),
      answer: clean(s.answer),
    };
  return {
    ...s,
    proposer: s.proposer ? { name: s.proposer.name, phone: maskPhone(s.proposer.phone) } : null,
    proposerWithheld: false,
  };
}

/** A help as the actor reads it: for a branch, without its recipient and with the note cleaned. */
export function helpAsRead(h: Help, scope: ReadonlySet<string> | null): HelpRow {
  return scope === null ? h : { ...h, recipient: null, note: clean(h.note) };
}

type UnitScope = ReadonlySet<string> | null;

/** A table's records in a scope: all of them, or its units' through the unitId index. */
export function recordsInScope<R, I>(table: Table<R, string, I>, scope: UnitScope): Promise<R[]> {
  return scope === null
    ? table.toArray()
    : table
        .where('unitId')
        .anyOf([...scope])
        .toArray();
}

/**
 * Newest first: by day, then the higher number. Compares the fields as they are: a key string built per comparison
 * made sorting 10,000 suggestions take hundreds of milliseconds (the bench's 意见建议 figure).
 */
const newestFirst =
  <R>(day: (r: R) => string, seq: (r: R) => number = () => 0) =>
  (a: R, b: R) => {
    const da = day(a);
    const db = day(b);
    return da < db ? 1 : da > db ? -1 : seq(b) - seq(a);
  };

export const activityOrder = newestFirst(
  (a: Activity) => a.date,
  (a) => a.seq,
);
export const suggestionOrder = newestFirst(
  (s: Suggestion) => s.collectedOn,
  (s) => s.seq,
);
export const helpOrder = newestFirst((h: Help) => h.date);

/**
 * outreach.view's one read: what `read` finds, less what lies outside the actor's units, in `order`, each record as
 * the actor may read it.
 */
export async function readInScope<R extends { unitId: string | null }, V>(
  db: DeskDatabase,
  read: (scope: UnitScope) => Promise<R[]>,
  asRead: (record: R, scope: UnitScope) => V,
  order: (a: R, b: R) => number,
): Promise<V[]> {
  const actor = authorize(db, 'outreach.view');
  const scope = await outreachUnitScope(db, actor);
  const records = (await read(scope)).filter((r) => inUnitScope(r.unitId, scope));
  return records.sort(order).map((r) => asRead(r, scope));
}
