import { toTimestamp } from '../domain/dates';
import { newProblemsProblem, problemLinks } from '../domain/outreach/activity';
import { receptionDayProblemText, receptionDayRegistrationProblems } from '../domain/outreach/receptionDay';
import type { Activity } from '../domain/outreach/types';
import type { Channel, Petition } from '../domain/types';
import type { DeskDatabase } from './database';
import { MissingRecordError } from './errors';
import { OutreachError } from './outreachScope';

/**
 * 领导接待日 at the reception desk (docs/domain.md §10): a petition registered on the day links to it, as the problem
 * the day found, already become this petition (named by receptionDayProblemText, not by its summary). Both functions run inside the registering transaction
 * (db/petitions.ts), which names db.activities, so a refused or failed save leaves the day as it was.
 */

/** The reception day a registration is made on; refused unless it is one, of the registration's day and channel. */
export async function receptionDayToRegister(
  db: DeskDatabase,
  dayId: string,
  registration: { channel: Channel; receivedAt: string; summary: string },
): Promise<Activity> {
  const day = await db.activities.get(dayId);
  if (!day) throw new MissingRecordError('所选领导接待日已不存在');
  const problems = receptionDayRegistrationProblems(day, registration);
  const room = newProblemsProblem([registration.summary], day.problems.length);
  if (room) problems.push(room);
  if (problems.length > 0) throw new OutreachError(problems);
  return day;
}

/**
 * Appends the petition to the day: a problem found that became this petition on the day itself (the
 * registration was checked to be of that day), so the day's figures read it as received there.
 */
export async function appendToReceptionDay(
  db: DeskDatabase,
  day: Activity,
  petition: Pick<Petition, 'id' | 'regNo' | 'nature' | 'confidential'>,
  now: Date,
): Promise<void> {
  const problems = [
    ...day.problems,
    {
      id: crypto.randomUUID(),
      text: receptionDayProblemText(petition),
      outcome: { kind: 'petition', petitionId: petition.id, on: day.date } as const,
    },
  ];
  await db.activities.put({ ...day, problems, ...problemLinks(problems), updatedAt: toTimestamp(now) });
}
