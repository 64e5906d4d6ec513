/**
 * The one clock of the renderer: every "now" (default received time, registration year, timestamps passed to the
 * repositories) comes from here, so tests can move time without touching the system clock.
 *
 * Tests drive it through `window.__deskClock`:
 *   set('2026-12-31T23:59')          – time keeps running from that moment (an offset from the real clock)
 *   set('2026-12-31T23:59', true)    – time stands still at that moment
 *   reset()                          – back to the real clock
 * The setting is kept in sessionStorage so it survives a reload of the same tab (drafts, "find it again" journeys).
 *
 * Only in builds made for tests (scripts/testHooks.ts): everywhere else `__DESK_TEST_HOOKS__` is the literal false,
 * the hook, the stored offset and their names are compiled out, and now() is the system clock. A movable clock in a
 * release would move lockouts and audit timestamps.
 */

interface ClockState {
  /** Milliseconds added to the real clock. */
  offsetMs: number;
  /** When set, now() always returns this instant. */
  fixedMs: number | null;
}

export interface DeskClockControl {
  set(iso: string, frozen?: boolean): void;
  reset(): void;
}

declare global {
  interface Window {
    __deskClock?: DeskClockControl;
  }
  /** Replaced at build time by scripts/testHooks.ts: true only in the e2e and bench builds. */
  const __DESK_TEST_HOOKS__: boolean;
}

const STORAGE_KEY = 'desk-clock';
const REAL: ClockState = { offsetMs: 0, fixedMs: null };

function readStored(): ClockState {
  const raw = globalThis.sessionStorage?.getItem(STORAGE_KEY);
  if (!raw) return REAL;
  const parsed = JSON.parse(raw) as Partial<ClockState>;
  return {
    offsetMs: typeof parsed.offsetMs === 'number' ? parsed.offsetMs : 0,
    fixedMs: typeof parsed.fixedMs === 'number' ? parsed.fixedMs : null,
  };
}

let state: ClockState = __DESK_TEST_HOOKS__ ? readStored() : REAL;

function store(next: ClockState): void {
  state = next;
  if (next === REAL) globalThis.sessionStorage?.removeItem(STORAGE_KEY);
  else globalThis.sessionStorage?.setItem(STORAGE_KEY, JSON.stringify(next));
}

/** The current moment as the desk sees it. */
export function now(): Date {
  if (!__DESK_TEST_HOOKS__) return new Date();
  if (state.fixedMs !== null) return new Date(state.fixedMs);
  return new Date(Date.now() + state.offsetMs);
}

const deskClock: DeskClockControl = {
  set(iso, frozen = false) {
    const target = new Date(iso).getTime();
    if (Number.isNaN(target)) throw new Error(`desk clock: not a date: ${iso}`);
    store(frozen ? { offsetMs: 0, fixedMs: target } : { offsetMs: target - Date.now(), fixedMs: null });
  },
  reset() {
    store(REAL);
  },
};

if (__DESK_TEST_HOOKS__ && typeof window !== 'undefined') window.__deskClock = deskClock;
