import {
  isActivityKindKey,
  outreachFigures,
  type OutreachComparison,
  type OutreachFigureKey,
} from '../../domain/statistics';
import { catalogueHeadline } from './catalogueHeadline';
import type { Headline } from './dashboardData';

/** 走出去's headline figures on the dashboard, by catalogue key; each activity kind held follows the total. */
export const DASHBOARD_OUTREACH_FIGURES = [
  'outreachActivities',
  'outreachPersons',
  'problemsFound',
  'problemsClosed',
  'suggestionsCollected',
  'suggestionsAnswered',
  'suggestionsInProgress',
  'helpPersons',
  'helpAmount',
] as const satisfies readonly OutreachFigureKey[];

/**
 * The dashboard's 走出去 cards: the catalogue's figures of the period and scope with 同比 and 环比, and one card per
 * activity kind held in the period or either base.
 */
export function outreachHeadlines(counts: OutreachComparison): Headline[] {
  const shown = new Set<string>(DASHBOARD_OUTREACH_FIGURES);
  return outreachFigures(counts)
    .filter((f) => shown.has(f.key) || isActivityKindKey(f.key))
    .map((f) => catalogueHeadline(f, counts));
}
