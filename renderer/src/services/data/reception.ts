import * as petitioners from '../../db/petitioners';
import * as petitions from '../../db/petitions';
import * as settings from '../../db/settings';
import { onAppDatabase } from './appDatabase';

/** 信访登记 on the app's database: the repeat lookup, registering or linking a visit, the form's own draft. */
export const findRepeatCandidates = onAppDatabase(petitioners.findRepeatCandidates);
export const registerPetition = onAppDatabase(petitions.registerPetition);
export const linkReception = onAppDatabase(petitions.linkReception);
export const loadDraft = onAppDatabase(settings.loadDraft);
export const saveDraft = onAppDatabase(settings.saveDraft);
export const clearDraft = onAppDatabase(settings.clearDraft);
