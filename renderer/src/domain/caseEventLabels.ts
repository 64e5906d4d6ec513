import { CASE_ACTIONS, type CaseAction } from './workflowPayloads';

/** The timeline's events that are not case actions: written by registration, corrections, 保密 and letters. */
const OTHER_EVENTS: Readonly<Record<string, string>> = {
  registered: '登记',
  'reception-linked': '重复来访',
  confidential: '保密',
  issueDocument: '出具文书',
  'registration-corrected': '修改登记',
  voided: '作废',
  'petitions-linked': '关联事项',
};

/** Shown for an event kind this version does not know (written by a newer one): never the stored code. */
export const UNKNOWN_EVENT_LABEL = '办理';

/** What each timeline event was, in a word: the action's label, or one of the other events'. */
export function eventLabel(type: string): string {
  if (Object.hasOwn(CASE_ACTIONS, type)) return CASE_ACTIONS[type as CaseAction];
  return OTHER_EVENTS[type] ?? UNKNOWN_EVENT_LABEL;
}
