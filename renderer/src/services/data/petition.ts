import * as attachments from '../../db/attachments';
import * as cases from '../../db/cases';
import * as corrections from '../../db/corrections';
import * as identity from '../../db/identity';
import * as petitionDetail from '../../db/petitionDetail';
import { onAppDatabase } from './appDatabase';

/** The case page on the app's database: its detail, identities, attachments, workflow actions and corrections. */
export const getPetitionDetail = onAppDatabase(petitionDetail.getPetitionDetail);
export const revealPetitioner = onAppDatabase(identity.revealPetitioner);
export const withFullIdentity = onAppDatabase(identity.withFullIdentity);
export const setPetitionConfidential = onAppDatabase(identity.setPetitionConfidential);
export const getAttachment = onAppDatabase(attachments.getAttachment);
export const applyCaseAction = onAppDatabase(cases.applyCaseAction);
export const correctionStart = onAppDatabase(corrections.correctionStart);
export const correctPetition = onAppDatabase(corrections.correctPetition);
export const voidPetition = onAppDatabase(corrections.voidPetition);
export const linkedPetitions = onAppDatabase(corrections.linkedPetitions);
export const linkPetitions = onAppDatabase(corrections.linkPetitions);
