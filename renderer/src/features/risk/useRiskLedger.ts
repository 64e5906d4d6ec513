import { useCallback, useEffect, useState } from 'react';
import { errorText } from '../../db/errors';
import type { RiskMatter, Screening } from '../../domain/risk/types';
import { listRiskMatters, listScreenings } from '../../services/data/risks';

/** The screening ledger's matters and screenings, read on opening and again after each write the page makes. */
export function useRiskLedger() {
  const [matters, setMatters] = useState<RiskMatter[] | null>(null);
  const [screenings, setScreenings] = useState<Screening[]>([]);
  const [error, setError] = useState<string | null>(null);
  const reload = useCallback(() => {
    Promise.all([listRiskMatters(), listScreenings()]).then(
      ([m, s]) => {
        setMatters(m);
        setScreenings(s);
        setError(null);
      },
      (failed: unknown) => setError(errorText(failed)),
    );
  }, []);
  useEffect(reload, [reload]);
  return { matters, screenings, error, reload };
}
