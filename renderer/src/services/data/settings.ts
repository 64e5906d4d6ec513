import * as backupPassword from '../../db/backup/backupPassword';
import * as categories from '../../db/categories';
import * as partyBranches from '../../db/partyBranches';
import * as settings from '../../db/settings';
import * as units from '../../db/units';
import { onAppDatabase } from './appDatabase';

/** 系统设置 on the app's database: settings, staff, the unit tree, categories, 党支部, the backup password. */
export const saveSettings = onAppDatabase(settings.saveSettings);
export const addStaffDuty = onAppDatabase(settings.addStaffDuty);
export const saveUnit = onAppDatabase(units.saveUnit);
export const deleteUnit = onAppDatabase(units.deleteUnit);
export const saveCategory = onAppDatabase(categories.saveCategory);
export const deleteCategory = onAppDatabase(categories.deleteCategory);
export const listPartyBranches = onAppDatabase(partyBranches.listPartyBranches);
export const addPartyBranch = onAppDatabase(partyBranches.addPartyBranch);
export const renamePartyBranch = onAppDatabase(partyBranches.renamePartyBranch);
export const setBranchUnits = onAppDatabase(partyBranches.setBranchUnits);
export const setPartyBranchRetired = onAppDatabase(partyBranches.setPartyBranchRetired);
export const newBackupKey = onAppDatabase(backupPassword.newBackupKey);
