import type { CaseClockFacts } from './deadlines';
import type { Petition } from './types';

/**
 * The clock facts of a petition no case action has touched yet: what registration knows. Used by the version-2
 * upgrade for petitions registered under version 1 and by getCaseState for any petition saved without facts.
 * The shipped upgrade depends on it: a change here that should not apply to old data needs its own copy there.
 */
export function registeredCaseFacts(petition: Pick<Petition, 'nature' | 'receivedAt' | 'channel'>): CaseClockFacts {
  return {
    nature: petition.nature,
    // The clocks count days; receivedAt is a moment ('YYYY-MM-DDTHH:mm').
    receivedAt: petition.receivedAt.slice(0, 10),
    // 上级转送/交办 is the channel of a matter another body forwarded to us (docs/domain.md §5, Art. 22).
    ...(petition.channel === '上级转送' ? { forwardedToUs: true } : {}),
  };
}
