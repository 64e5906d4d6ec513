import { useEffect, useState } from 'react';
import { errorText } from '../../db/errors';
import {
  previousPeriod,
  samePeriodLastYear,
  scopeKey,
  type OutreachComparison,
  type PeriodKind,
  type StatPeriod,
  type StatScope,
} from '../../domain/statistics';
import { now } from '../../services/clock';
import { outreachCountsForPeriods } from '../../services/data/reports';

export type OutreachRead = { counts: OutreachComparison } | { error: string } | null;

/**
 * 走出去's counts of the dashboard's period and scope with its 同比 and 环比 bases (a 党支部's own units for its
 * secretary), read when the selection changes once the scope is settled (`ready`); null while reading.
 */
export function useOutreachCounts(
  selection: { period: StatPeriod; kind: PeriodKind; scope: StatScope },
  ready: boolean,
): OutreachRead {
  const [read, setRead] = useState<{ key: string; read: OutreachRead } | null>(null);
  const { period, kind, scope } = selection;
  const key = `${period.from}|${period.to}|${kind}|${scopeKey(scope)}`;
  useEffect(() => {
    if (!ready) return;
    let cancelled = false;
    const periods = [period, samePeriodLastYear(period, kind), previousPeriod(period, kind)];
    outreachCountsForPeriods(periods, scopeKey(scope), now()).then(
      ([current, lastYear, previous]) => {
        if (cancelled) return;
        setRead({
          key,
          read:
            current && lastYear && previous
              ? { counts: { current, lastYear, previous } }
              : { error: '走出去统计未能读取' },
        });
      },
      (failed: unknown) => {
        if (!cancelled) setRead({ key, read: { error: errorText(failed) } });
      },
    );
    return () => {
      cancelled = true;
    };
    // The period, kind and scope are keyed by `key`; new objects for the same selection must not read again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, ready]);
  return read && read.key === key ? read.read : null;
}
