import type { RiskMatterInput } from '../risk/registration';
import type { RiskSource } from '../risk/types';
import type { Activity, ActivityProblem } from './types';

/** Where a matter raised from an activity's problem was found: a forum's is 座谈会, any other activity's 走访座谈. */
export function problemRiskSource(kind: Activity['kind']): RiskSource {
  return kind === '座谈会' ? '座谈会' : '走访座谈';
}

/** What 纳入排查台账 takes from the activity; the clerk completes the level, the people responsible and the limit. */
export type ProblemRiskDraft = Pick<
  RiskMatterInput,
  'source' | 'screeningId' | 'problem' | 'unitId' | 'registeredOn' | 'leader'
>;

/**
 * The 挂号 a problem found opens with (docs/domain.md §10): its text as the matter, the activity's unit, today as the
 * day, and the leader who led the visit as the likely 包案领导.
 */
export function problemRiskDraft(activity: Activity, problem: ActivityProblem, today: string): ProblemRiskDraft {
  return {
    source: problemRiskSource(activity.kind),
    screeningId: null,
    problem: problem.text,
    unitId: activity.unitId,
    registeredOn: today,
    leader: activity.leader,
  };
}
