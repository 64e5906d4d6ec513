import { transition, type CaseState, type TransitionContext } from '../domain/workflow';
import { parsePayload, type CaseAction } from '../domain/workflowPayloads';
import type { CaseEvent, Petition } from '../domain/types';
import { toTimestamp } from '../domain/dates';
import { registeredCaseFacts } from '../domain/caseFacts';
import type { DeskDatabase } from './database';
import { MissingRecordError } from './errors';
import { asSeenAfterWrite } from './petitionDetail';
import { MISSING_ASSIGNEE_UNIT, unitExists } from './references';
import { getSettings } from './settings';
import { staffAssignmentProblem } from '../domain/staff';
import { authorize } from './session';

/** The workflow refused an action (not allowed now, a guard, a bad date or payload); nothing was written. */
export class CaseActionRefusedError extends Error {
  readonly action: CaseAction;
  /** The Chinese reason the workflow gave, fit to show as it is. */
  readonly reason: string;
  constructor(action: CaseAction, reason: string) {
    super(reason);
    this.name = 'CaseActionRefusedError';
    this.action = action;
    this.reason = reason;
  }
}

/**
 * Where a petition stands: its status and its clock facts (the registered default when no action has run). A case
 * forwarded before `forwardedAt` was recorded gets it from its closedAt: the transfer stopped its 受理告知期限.
 */
export function caseStateOf(petition: Petition): CaseState {
  const facts = petition.caseFacts ?? registeredCaseFacts(petition);
  if (petition.status === 'forwarded' && !facts.forwardedAt && facts.closedAt)
    return { status: petition.status, facts: { ...facts, forwardedAt: facts.closedAt } };
  return { status: petition.status, facts };
}

export async function getCaseState(db: DeskDatabase, petitionId: string): Promise<CaseState | null> {
  authorize(db, 'records.view');
  const petition = await db.petitions.get(petitionId);
  return petition ? caseStateOf(petition) : null;
}

export interface CaseActionResult {
  petition: Petition;
  event: CaseEvent;
}

/** What a case action needs besides the petition: the actor is the signed-in account, not the caller's say. */
export type CaseActionContext = Omit<TransitionContext, 'actor'>;

/**
 * Runs one case action (cases.handle): reads the petition, asks the workflow, and in one transaction writes the
 * event (by the signed-in account), the new status and facts and the petition's ledger row; announces the change
 * after the commit. The read is inside the transaction so two clerks acting at once cannot both move the case from
 * the same state. Throws CaseActionRefusedError (Chinese reason) or MissingRecordError, having written nothing.
 */
export async function applyCaseAction(
  db: DeskDatabase,
  petitionId: string,
  action: CaseAction,
  payload: unknown,
  context: CaseActionContext,
): Promise<CaseActionResult> {
  const ctx: TransitionContext = { ...context, actor: authorize(db, 'cases.handle').displayName };
  const result = await db.transaction('rw', [db.petitions, db.caseEvents, db.units, db.settings], async () => {
    const existing = await db.petitions.get(petitionId);
    if (!existing) throw new MissingRecordError('该信访事项不存在，可能已被删除');
    const outcome = transition(caseStateOf(existing), action, payload, ctx);
    if (!outcome.ok) throw new CaseActionRefusedError(action, outcome.reason);
    if (action === 'assign') {
      const assignment = parsePayload('assign', payload);
      if (assignment.ok && !(await unitExists(db, assignment.value.unitId)))
        throw new CaseActionRefusedError(action, MISSING_ASSIGNEE_UNIT);
      const staff = assignment.ok ? staffAssignmentProblem((await getSettings(db)).staff, assignment.value) : null;
      if (staff) throw new CaseActionRefusedError(action, staff);
    }
    const updated: Petition = {
      ...existing,
      status: outcome.status,
      caseFacts: outcome.facts,
      updatedAt: toTimestamp(ctx.now),
    };
    const event: CaseEvent = { id: crypto.randomUUID(), petitionId, ...outcome.event };
    await db.petitions.put(updated);
    await db.caseEvents.add(event);
    return { petition: updated, event };
  });
  return asSeenAfterWrite(db, result.petition, result.event);
}
