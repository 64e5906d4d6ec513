import type { Statistics } from './types';

/**
 * 同比 / 环比: (current − base) ÷ base, or null when the base is 0 (the UI and the report show "—"). The same
 * formula for both; which base is passed (samePeriodLastYear or previousPeriod) makes it 同比 or 环比.
 */
export function change(current: number, base: number): number | null {
  return base === 0 ? null : (current - base) / base;
}

/** The counts that get a 同比/环比 (rates are compared in percentage points by the reader, not here). */
export interface StatisticsChange {
  batches: number | null;
  persons: number | null;
  pieces: number | null;
  collectiveBatches: number | null;
  collectivePersons: number | null;
  levelSkippingBatches: number | null;
  repeatPieces: number | null;
  accepted: number | null;
}

export function compare(current: Statistics, base: Statistics): StatisticsChange {
  return {
    batches: change(current.batches, base.batches),
    persons: change(current.persons, base.persons),
    pieces: change(current.pieces, base.pieces),
    collectiveBatches: change(current.collective.batches, base.collective.batches),
    collectivePersons: change(current.collective.persons, base.collective.persons),
    levelSkippingBatches: change(current.levelSkipping.batches, base.levelSkipping.batches),
    repeatPieces: change(current.repeat.pieces, base.repeat.pieces),
    accepted: change(current.acceptance.accepted, base.acceptance.accepted),
  };
}
