import { useCallback, useEffect, useState } from 'react';
import { useReferenceData } from '../../services/ReferenceData';
import { errorText } from '../../db/errors';
import type { PartyBranch } from '../../domain/partyBranches';
import { listPartyBranches } from '../../services/data/settings';

/**
 * The 党支部 as they stand (设置 → 党支部), read again whenever the unit tree is (a branch's units live on the units),
 * or on reload after an edit. null until read; a failed read leaves the list empty and says why.
 */
export function usePartyBranches(): { branches: PartyBranch[] | null; error: string | null; reload(): Promise<void> } {
  const { units } = useReferenceData();
  const [branches, setBranches] = useState<PartyBranch[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const reload = useCallback(async () => {
    setVersion((v) => v + 1);
  }, []);
  useEffect(() => {
    let cancelled = false;
    listPartyBranches().then(
      (list) => {
        if (cancelled) return;
        setBranches(list);
        setError(null);
      },
      (reason: unknown) => {
        if (cancelled) return;
        setBranches([]);
        setError(`党支部读取失败：${errorText(reason)}`);
      },
    );
    return () => {
      cancelled = true;
    };
  }, [version, units]);
  return { branches, error, reload };
}
