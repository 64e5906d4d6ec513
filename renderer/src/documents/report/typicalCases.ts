import { retellCase, scopeUnitIds, type CountRow, type StatPeriod, type StatScope } from '../../domain/statistics';
import type { CaseText } from '../../domain/statistics/retell';
import { addDays } from '../../domain/dates';
import type { LedgerRow } from '../../domain/ledgerQuery';
import type { Category, Unit } from '../../domain/types';
import type { TypicalCase } from './types';

/**
 * A petition as a typical-case candidate: what the choice weighs, as the ledger's in-memory row has it (the row
 * itself is one). Its summary (the row's first 80 characters, or a confidential row's cleaned view) only tells
 * whether the matter says anything; the printed summary is read from the stored petition once a case is chosen.
 */
export type CaseCandidate = Pick<
  LedgerRow,
  | 'id'
  | 'receivedAt'
  | 'categoryId'
  | 'unitId'
  | 'summary'
  | 'receptionCount'
  | 'flags'
  | 'channel'
  | 'headcount'
  | 'confidential'
>;

/** A chosen case before its summary is cleaned: the candidate and the main category it illustrates. */
export interface ChosenCase {
  candidate: CaseCandidate;
  category: string;
}

export interface TypicalCaseContext {
  period: StatPeriod;
  scope: StatScope;
  units: readonly Unit[];
  categories: readonly Category[];
  /** The report's 反映的主要问题, in order; one case is taken per category. */
  topCategories: readonly CountRow[];
}

/** Longer summaries are cut at a sentence end within this many characters. */
const SUMMARY_MAX = 120;

function shorten(text: string): string {
  const chars = [...text];
  if (chars.length <= SUMMARY_MAX) return text;
  const head = chars.slice(0, SUMMARY_MAX).join('');
  const stop = Math.max(head.lastIndexOf('。'), head.lastIndexOf('；'));
  return stop > SUMMARY_MAX / 2 ? head.slice(0, stop + 1) : `${head}…`;
}

/**
 * 典型事例: for each of the first `max` main categories, the matter of the period that weighed most (a 集体访 first,
 * then the most contacts, then the earliest) in the scope.
 */
export function chooseTypicalCases(
  candidates: readonly CaseCandidate[],
  context: TypicalCaseContext,
  max = 3,
): ChosenCase[] {
  const end = addDays(context.period.to, 1);
  const scopeUnits = scopeUnitIds(context.scope, context.units);
  const parentOf = new Map(context.categories.map((c) => [c.id, c.parentId ?? c.id]));
  const inScope = candidates.filter(
    (c) =>
      c.receivedAt >= context.period.from &&
      c.receivedAt < end &&
      (!scopeUnits || (c.unitId !== null && scopeUnits.has(c.unitId))) &&
      c.summary.trim(),
  );
  const weight = (a: CaseCandidate, b: CaseCandidate) =>
    Number(b.flags.collective) - Number(a.flags.collective) ||
    b.receptionCount - a.receptionCount ||
    a.receivedAt.localeCompare(b.receivedAt);
  const chosen: ChosenCase[] = [];
  for (const row of context.topCategories) {
    if (chosen.length >= max || row.key === null) break;
    const [candidate] = inScope
      .filter((c) => c.categoryId !== null && parentOf.get(c.categoryId) === row.key)
      .sort(weight);
    if (candidate) chosen.push({ candidate, category: row.name });
  }
  return chosen;
}

/**
 * The chosen cases as the report shows them: category, unit and the case retold from its stored summary (`texts` by
 * petition id, see db/typicalCaseTexts.ts) in the third person, the petitioners as 某-names (retellCase), with no ID
 * number or phone. A case whose petition is no longer on file, or with nothing left to say, is left out.
 */
export function describeTypicalCases(
  chosen: readonly ChosenCase[],
  texts: ReadonlyMap<string, CaseText>,
  units: readonly Unit[],
): TypicalCase[] {
  const unitNames = new Map(units.map((u) => [u.id, u.name]));
  return chosen.flatMap(({ candidate, category }) => {
    const text = texts.get(candidate.id);
    if (!text) return [];
    const retold = retellCase({
      summary: text.summary,
      petitionerNames: text.petitionerNames,
      channel: candidate.channel,
      headcount: candidate.headcount,
      anonymous: candidate.flags.anonymous,
      confidential: candidate.confidential,
    });
    const summary = retold ? shorten(retold) : '';
    // A matter recorded without a unit is told without one: 「（未指定单位）」 is a ledger's word, not a report's.
    const unit = candidate.unitId ? (unitNames.get(candidate.unitId) ?? '') : '';
    return summary ? [{ category, unit, summary }] : [];
  });
}
