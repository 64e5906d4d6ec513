import { toTimestamp } from '../domain/dates';
import type { RiskDismissal } from '../domain/risk/types';
import { DISMISSAL_REASON_LIMIT, type RiskWarning } from '../domain/risk/warnings';
import type { DeskDatabase } from './database';
import { RiskLedgerError } from './riskLedger';
import { authorize } from './session';

/**
 * 研判预警's record (docs/domain.md §10): the suggestions the clerk dismissed, each with why. The suggestions themselves
 * are computed from the ledger's rows (domain/risk/warnings.ts); taking one is a 挂号 linked to its petitions
 * (registerRiskMatter with petitionIds), after which its petitions raise nothing.
 */

export async function listRiskDismissals(db: DeskDatabase): Promise<RiskDismissal[]> {
  authorize(db, 'risks.view');
  return db.riskDismissals.toArray();
}

/**
 * 忽略: the suggestion stays hidden while no other petition joins it and no newer contact comes. Dismissing it again (a petition joined since)
 * replaces the earlier dismissal; the audit trail keeps both.
 */
export async function dismissRiskWarning(
  db: DeskDatabase,
  warning: Pick<RiskWarning, 'key' | 'petitionIds' | 'latestAt'>,
  reason: string,
  now: Date,
): Promise<RiskDismissal> {
  const actor = authorize(db, 'risks.manage');
  const text = reason.trim();
  if (text === '') throw new RiskLedgerError(['请填写忽略的理由']);
  if ([...text].length > DISMISSAL_REASON_LIMIT)
    throw new RiskLedgerError([`忽略的理由不能超过${DISMISSAL_REASON_LIMIT}字`]);
  if (warning.petitionIds.length === 0) throw new RiskLedgerError(['该预警没有对应的信访事项']);
  const dismissal: RiskDismissal = {
    key: warning.key,
    petitionIds: [...warning.petitionIds],
    latestAt: warning.latestAt,
    reason: text,
    dismissedBy: actor.userId,
    dismissedAt: toTimestamp(now),
  };
  await db.riskDismissals.put(dismissal);
  return dismissal;
}
