import { emptyPetitioner, emptyRegistration, type PetitionerInput, type RegistrationInput } from './registration';

/**
 * What a clerk at the desk does not retype: the form opens with the signed-in account as 接待人 (登记人 for a letter),
 * and a petitioner added to the form comes with the first one's 身份 and 所在单位 (people who come together mostly
 * share them); the clerk changes either where it differs.
 */

/** A fresh registration received now by `officerName` (the signed-in account's name). */
export function newRegistration(now: Date, officerName: string): RegistrationInput {
  return { ...emptyRegistration(now), receivingOfficer: officerName.trim() };
}

/** The next petitioner's row: blank, but with the first petitioner's 身份 and 所在单位 when the form has them. */
export function nextPetitioner(first: Partial<PetitionerInput> | null | undefined): PetitionerInput {
  return { ...emptyPetitioner(), identityType: first?.identityType ?? null, unitId: first?.unitId ?? null };
}
