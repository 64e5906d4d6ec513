import { problemRiskSource } from '../domain/outreach/problemRisk';
import type { Activity } from '../domain/outreach/types';
import type { RiskMatterInput } from '../domain/risk/registration';
import type { RiskMatter } from '../domain/risk/types';
import type { DeskDatabase } from './database';
import { setProblemOutcome } from './outreachActivities';
import { OutreachError } from './outreachScope';
import { registerRiskMatter } from './riskLedger';
import { authorize } from './session';

/** What the clerk fills in to 挂号 a problem found; where it was found follows from the activity. */
export type ProblemRiskInput = Omit<RiskMatterInput, 'source' | 'screeningId' | 'petitionIds'>;

/**
 * 纳入排查台账 (docs/domain.md §10): an activity's open problem 挂号 as a screening-ledger matter (source 座谈会 for a
 * forum's, else 走访座谈) and the problem's outcome set to it, on the matter's 挂号 day, in one transaction: the
 * activity lists the matter (activitiesOfRiskMatter finds it back), and a refusal of either write leaves neither,
 * nor a 排〔year〕n号 taken.
 */
export async function registerRiskMatterFromProblem(
  db: DeskDatabase,
  from: { activityId: string; problemId: string },
  input: ProblemRiskInput,
  now: Date,
): Promise<{ matter: RiskMatter; activity: Activity }> {
  authorize(db, 'risks.manage');
  authorize(db, 'outreach.manage');
  const tables = [db.activities, db.riskMatters, db.screenings, db.settings, db.categories, db.units, db.petitions];
  return db.transaction('rw', tables, async () => {
    const found = await db.activities.get(from.activityId);
    if (!found) throw new OutreachError(['发现该问题的走访座谈活动已不存在']);
    const matter = await registerRiskMatter(
      db,
      { ...input, source: problemRiskSource(found.kind), screeningId: null },
      now,
    );
    const outcome = { kind: 'risk', riskMatterId: matter.id, on: matter.registeredOn } as const;
    const activity = await setProblemOutcome(db, from.activityId, from.problemId, outcome, now);
    return { matter, activity };
  });
}
