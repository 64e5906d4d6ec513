import { useCallback, useEffect, useState } from 'react';
import { errorText } from '../../db/errors';
import type { Emergency } from '../../domain/emergency/types';
import { listEmergencies } from '../../services/data/emergencies';

/** Every emergency, read on opening and again after each write the page makes. */
export function useEmergencies() {
  const [emergencies, setEmergencies] = useState<Emergency[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reload = useCallback(() => {
    listEmergencies().then(
      (list) => {
        setEmergencies(list);
        setError(null);
      },
      (failed: unknown) => setError(errorText(failed)),
    );
  }, []);
  useEffect(reload, [reload]);
  return { emergencies, error, reload };
}
