import { openDeskDatabase, type DeskDatabase } from './database';

export const APP_DATABASE_NAME = 'petition-desk';

let db: DeskDatabase | null = null;

/** The app's single database, opened on first use. */
export function getDb(): DeskDatabase {
  db ??= openDeskDatabase(APP_DATABASE_NAME);
  return db;
}
