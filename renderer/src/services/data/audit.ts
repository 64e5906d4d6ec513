import * as naming from '../../db/audit/auditNames';
import * as trail from '../../db/audit/listAudit';
import * as recording from '../../db/audit/recordAudit';
import * as chain from '../../db/audit/verify';
import { onAppDatabase } from './appDatabase';

/** 审计日志 on the app's database: a page of the trail or all of it, the names its ids stand for, the chain check. */
export const listAudit = onAppDatabase(trail.listAudit);
export const listAuditActors = onAppDatabase(trail.listAuditActors);
export const loadAuditRecords = onAppDatabase(trail.loadAuditRecords);
export const auditNames = onAppDatabase(naming.auditNames);
export const verifyAuditChain = onAppDatabase(chain.verifyAuditChain);
/** Audits a file the clerk saved (an export, a backup). */
export const recordSavedFile = onAppDatabase(recording.recordSavedFile);
