import * as imports from '../../db/imports';
import { onAppDatabase } from './appDatabase';

/** 导入Excel on the app's database: the preview's look at the desk, the write, its undo and what the clerk taught. */
export const previewAgainstDesk = onAppDatabase(imports.previewAgainstDesk);
export const importPetitions = onAppDatabase(imports.importPetitions);
export const undoImport = onAppDatabase(imports.undoImport);
export const listImportBatches = onAppDatabase(imports.listImportBatches);
export const loadImportMemory = onAppDatabase(imports.loadImportMemory);
export const saveImportMemory = onAppDatabase(imports.saveImportMemory);
