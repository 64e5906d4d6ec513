import * as restoring from '../../db/audit/restoreAudited';
import * as accounts from '../../db/backup/accountChanges';
import * as exporting from '../../db/backup/exportBackup';
import * as lost from '../../db/backup/lostRecords';
import { onAppDatabase } from './appDatabase';

/** 数据备份 on the app's database: export, what a restore would change, and the restore itself. */
export const exportBackup = onAppDatabase(exporting.exportBackup);
export const accountChanges = onAppDatabase(accounts.accountChanges);
export const recordsLostByRestore = onAppDatabase(lost.recordsLostByRestore);
export const restoreBackupAudited = onAppDatabase(restoring.restoreBackupAudited);
