import type { RegistrationInput } from '../registration';
import type { RiskMatter } from './types';

/**
 * 转为信访事项 (docs/domain.md §10): the registration form opens with what the ledger already knows of the matter —
 * its problem as the summary, its claims as the demands, its category and unit. The people and how many came are
 * the clerk's to enter: the ledger names none, and the people a matter involves are not the people who came.
 */
export function registrationFromRiskMatter(matter: RiskMatter, blank: RegistrationInput): RegistrationInput {
  const claims = matter.claims.map((c) => c.text.trim()).filter((text) => text !== '');
  return {
    ...blank,
    summary: matter.problem,
    demands: claims.length > 1 ? claims.map((text, i) => `${i + 1}. ${text}`).join('\n') : (claims[0] ?? ''),
    categoryId: matter.categoryId,
    unitId: matter.unitId,
  };
}

/** Why a matter cannot be converted now, or null. */
export function conversionProblem(matter: RiskMatter): string | null {
  return matter.status === '在办' ? null : `排查事项${matter.riskNo}${matter.status}，不能再转为信访事项`;
}

/**
 * What the registration draft holds: the form, and the matter it converts (or the activity's problem it registers)
 * when it does, so a reload, a crash or a lock resumes the conversion instead of turning it into a plain registration.
 */
export type RegistrationDraftValue = RegistrationInput & {
  fromRiskMatterId?: string;
  fromActivityProblem?: { activityId: string; problemId: string };
};
