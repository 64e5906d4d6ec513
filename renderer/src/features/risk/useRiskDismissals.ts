import { useCallback, useEffect, useState } from 'react';
import { errorText } from '../../db/errors';
import type { RiskDismissal } from '../../domain/risk/types';
import { listRiskDismissals } from '../../services/data/risks';

/** 研判预警's dismissals, read on opening and again after the clerk dismisses one. */
export function useRiskDismissals() {
  const [dismissals, setDismissals] = useState<RiskDismissal[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reload = useCallback(() => {
    listRiskDismissals().then(
      (list) => {
        setDismissals(list);
        setError(null);
      },
      (failed: unknown) => setError(errorText(failed)),
    );
  }, []);
  useEffect(reload, [reload]);
  return { dismissals, error, reload };
}
