import { useEffect, useState } from 'react';
import { onPetitionsChanged } from '../../db/changes';
import type { PetitionDetail } from '../../domain/petitionDetail';
import { errorText } from '../../db/errors';
import { getPetitionDetail } from '../../services/data/petition';

export type DetailState =
  | { state: 'loading' }
  | { state: 'missing' }
  | { state: 'failed'; message: string }
  | { state: 'loaded'; detail: PetitionDetail };

/** One petition with everything hanging off it, reloaded whenever a repository announces a change to it. */
export function usePetitionDetail(id: string): DetailState {
  const [result, setResult] = useState<{ id: string; value: DetailState } | null>(null);

  useEffect(() => {
    let cancelled = false;
    const load = () =>
      getPetitionDetail(id).then(
        (detail) => {
          if (!cancelled) setResult({ id, value: detail ? { state: 'loaded', detail } : { state: 'missing' } });
        },
        (reason: unknown) => {
          if (cancelled) return;
          const message = `读取信访事项失败：${errorText(reason)}`;
          setResult({ id, value: { state: 'failed', message } });
        },
      );
    void load();
    const unsubscribe = onPetitionsChanged((ids) => {
      if (ids.includes(id)) void load();
    });
    return () => {
      cancelled = true;
      unsubscribe();
    };
  }, [id]);

  // A result for another id (the route changed) counts as still loading.
  return result && result.id === id ? result.value : { state: 'loading' };
}
