import type { DeskDatabase } from '../../db/database';
import { getDb } from '../../db/instance';

/**
 * A db/ function with the app's database filled in. The repositories take the database first, so each test hands
 * them a fresh one; screens call the bound form from services/data and never name the database (lint refuses
 * db/instance in features/, docs/architecture.md). The database is looked up at each call, as `getDb()` was.
 */
export function onAppDatabase<A extends unknown[], R>(run: (db: DeskDatabase, ...args: A) => R): (...args: A) => R {
  return (...args) => run(getDb(), ...args);
}
