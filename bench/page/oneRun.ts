/**
 * A bench row of something timed once (an import writes, so a second run would not be the same): its one duration is
 * both the median and the floor. Pure, so both the page (importScenario.ts) and Node (bench/run.ts) build rows with it.
 */
export function oneRun(
  name: string,
  ms: number,
  budget: number | null,
  note: string,
): { name: string; n: number; median_ms: number; floor_ms: number; budget_ms: number | null; note: string } {
  return { name, n: 1, median_ms: ms, floor_ms: ms, budget_ms: budget, note };
}
