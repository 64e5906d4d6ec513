import * as identity from '../../db/identity';
import * as session from '../../db/session';
import { onAppDatabase } from './appDatabase';

/** The Excel exports on the app's database: the permission they need before any work, the contacts an export may carry. */
export const authorize = onAppDatabase(session.authorize);
export const loadLedgerContacts = onAppDatabase(identity.loadLedgerContacts);
