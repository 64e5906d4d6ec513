import { useCallback, useEffect, useState } from 'react';
import { errorText } from '../../db/errors';

/**
 * What an outreach page reads on opening and again after each write it makes (`reload`); `data` is undefined until
 * the first read answers.
 */
export function useOutreachList<T>(read: () => Promise<T>) {
  const [data, setData] = useState<T | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  const reload = useCallback(() => {
    read().then(
      (found) => {
        setData(found);
        setError(null);
      },
      (failed: unknown) => setError(errorText(failed)),
    );
  }, [read]);
  useEffect(reload, [reload]);
  return { data, error, reload };
}
