import { openDeskDatabase, type DeskDatabase } from '../../../renderer/src/db/database';

/** A fresh, uniquely named database for one test. */
export function freshDb(): DeskDatabase {
  return openDeskDatabase(`t-${crypto.randomUUID()}`);
}

/** Row counts of every table that a registration writes, to prove a failed write left nothing behind. */
export async function counts(db: DeskDatabase) {
  return {
    petitions: await db.petitions.count(),
    receptions: await db.receptions.count(),
    petitioners: await db.petitioners.count(),
    caseEvents: await db.caseEvents.count(),
    attachments: await db.attachments.count(),
    settings: await db.settings.count(),
  };
}
