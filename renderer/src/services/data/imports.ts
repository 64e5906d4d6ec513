import * as importBatches from '../../db/importBatches';
import * as imports from '../../db/imports';
import { onAppDatabase } from './appDatabase';

/** 导入Excel on the app's database: the preview's look at the desk, the write, its undo and what the clerk taught. */
export const previewAgainstDesk = onAppDatabase(imports.previewAgainstDesk);
export const importPetitions = onAppDatabase(imports.importPetitions);
export const undoImport = onAppDatabase(importBatches.undoImport);
export const listImportBatches = onAppDatabase(importBatches.listImportBatches);
export const loadImportMemory = onAppDatabase(importBatches.loadImportMemory);
export const saveImportMemory = onAppDatabase(importBatches.saveImportMemory);
