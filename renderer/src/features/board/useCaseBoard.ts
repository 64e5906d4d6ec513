import { useEffect, useMemo, useState } from 'react';
import { now } from '../../services/clock';
import { useCaseEnvironment } from '../../services/useCaseEnvironment';
import { useReferenceData } from '../../services/ReferenceData';
import { buildCaseBoard, type CaseBoard } from '../../domain/caseBoard';
import { toLocalDate } from '../../domain/dates';
import { useLedgerIndex } from '../../services/ledgerIndex';

/** How often the board looks at the clock, so it moves on to the next day while it stays open overnight. */
const CLOCK_CHECK_MS = 60_000;

/** Today by the desk's clock, re-read every minute and whenever the window regains focus. */
function useToday(): string {
  const [today, setToday] = useState(() => toLocalDate(now()));
  useEffect(() => {
    const check = () => setToday(toLocalDate(now()));
    const timer = setInterval(check, CLOCK_CHECK_MS);
    window.addEventListener('focus', check);
    return () => {
      clearInterval(timer);
      window.removeEventListener('focus', check);
    };
  }, []);
  return today;
}

export interface CaseBoardState {
  /** Null until the ledger's index has loaded. */
  board: CaseBoard | null;
  error: string | null;
  today: string;
}

/**
 * The 督办 board over the ledger's in-memory rows (every open case carries its clock facts there), recomputed when
 * a case changes, the settings change or the day turns. A `person` narrows it to 我的案件; null computes nothing
 * (我的案件 before a name is known).
 */
export function useCaseBoard(person?: string | null): CaseBoardState {
  const { rows, error } = useLedgerIndex();
  const env = useCaseEnvironment();
  const { units } = useReferenceData();
  const today = useToday();
  const unitNames = useMemo(() => new Map(units.map((u) => [u.id, u.name])), [units]);
  const board = useMemo(
    () =>
      rows && person !== null
        ? buildCaseBoard(rows, env, today, person === undefined ? { unitNames } : { person, unitNames })
        : null,
    [rows, env, today, person, unitNames],
  );
  return { board, error, today };
}
