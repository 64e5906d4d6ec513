import type { Document } from 'docx';
import type { LetterKind, LetterTemplates } from '../../domain/letterTemplates';
import { buildAcceptanceNotice } from './acceptanceNotice';
import { buildAssignmentSheet } from './assignmentSheet';
import { buildDisciplineLetter } from './disciplineLetter';
import { buildExtensionNotice } from './extensionNotice';
import { buildForwardLetter, buildForwardNotice } from './forwardLetters';
import type { CaseLetterData } from './fromCase';
import { buildHandlingOpinion } from './handlingOpinion';
import { buildRejectionNotice } from './rejectionNotice';
import { buildReviewOpinion } from './reviewOpinion';
import { buildSupervisionSheet } from './supervisionSheet';

/** Every letter builder by kind, so a caller holding a kind and its data needs no switch of its own. */
const BUILDERS: { [K in LetterKind]: (data: CaseLetterData[K], template: LetterTemplates[K]) => Document } = {
  acceptanceNotice: buildAcceptanceNotice,
  rejectionNotice: buildRejectionNotice,
  extensionNotice: buildExtensionNotice,
  assignmentSheet: buildAssignmentSheet,
  supervisionSheet: buildSupervisionSheet,
  handlingOpinion: buildHandlingOpinion,
  reviewOpinion: buildReviewOpinion,
  forwardLetter: buildForwardLetter,
  forwardNotice: buildForwardNotice,
  disciplineLetter: buildDisciplineLetter,
};

export function buildLetterOfKind<K extends LetterKind>(
  kind: K,
  data: CaseLetterData[K],
  template: LetterTemplates[K],
): Document {
  return BUILDERS[kind](data, template);
}
