import type { CaseAction } from '../../../domain/workflowPayloads';
import { acceptanceForm } from './forms/AcceptanceForms';
import { assignForm } from './forms/AssignForm';
import { closingForm } from './forms/ClosingForms';
import type { ActionForm } from './forms/fields';
import { handlingForm } from './forms/HandlingForms';
import { replyForm } from './forms/ReplyForm';
import { reviewForm } from './forms/ReviewForms';
import { serviceForm } from './forms/ServiceForm';

/** The form of every action in CASE_ACTIONS; the Record type makes a new action without a form a compile error. */
export const ACTION_FORMS: Record<CaseAction, ActionForm> = {
  accept: acceptanceForm,
  reject: acceptanceForm,
  forward: acceptanceForm,
  forwardToDiscipline: acceptanceForm,
  assign: assignForm,
  startHandling: handlingForm,
  addNote: handlingForm,
  extend: handlingForm,
  supervise: handlingForm,
  pauseClock: handlingForm,
  resumeClock: handlingForm,
  reply: replyForm,
  followUp: closingForm,
  close: closingForm,
  requestReview: reviewForm,
  decideReview: reviewForm,
  requestRecheck: reviewForm,
  decideRecheck: reviewForm,
  recordService: serviceForm,
};
