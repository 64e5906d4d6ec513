import { figureChange, type FigureSpec } from '../../domain/statistics';
import type { Headline } from './dashboardData';

/**
 * A headline card of a figure outside the petitions' family (the screening ledger's, 走出去's): the catalogue's
 * label and unit, its value, and its 同比 and 环比 through the catalogue's one change function; no ledger link.
 */
export function catalogueHeadline<S>(
  f: FigureSpec<S>,
  counts: { current: S; lastYear: S; previous: S | null },
): Headline {
  return {
    key: f.key,
    label: f.label,
    unit: f.unit,
    value: f.of(counts.current),
    change: {
      yearOnYear: figureChange(f, counts.current, counts.lastYear),
      periodOnPeriod: figureChange(f, counts.current, counts.previous),
    },
    ofTheDay: !f.comparable,
    link: null,
  };
}
