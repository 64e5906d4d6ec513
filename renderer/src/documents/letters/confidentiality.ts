import { CONFIDENTIAL_PLACEHOLDER } from '../../domain/access/confidential';
import { identityScrubber, REPLACE } from '../../domain/access/scrubIdentity';
import { clause } from './letterParts';

/**
 * Art. 30 ¶3 (docs/domain.md §3): the identity and material of a person who reports or accuses (检举控告) must never reach
 * the person or unit accused. Sheets addressed to that unit print （保密） instead, and every free text they carry
 * is scrubbed of the person's name, ID number, phone and address (however written: domain/access/scrubIdentity.ts).
 */

export const REDACTED = CONFIDENTIAL_PLACEHOLDER;

/** What identifies a petitioner on a sheet. The ID number is never printed there; it is listed to be scrubbed. */
export interface PersonDetails {
  name: string;
  idNumber?: string;
  phone?: string;
  address?: string;
}

export interface Confidentiality {
  /** A 检举控告 matter marked confidential. */
  confidential: boolean;
  /** The sheet goes to the unit (or a unit led by the person) the matter accuses. */
  addresseeIsAccused: boolean;
}

export function mustHideIdentity({ confidential, addresseeIsAccused }: Confidentiality): boolean {
  return confidential && addresseeIsAccused;
}

/**
 * Replaces the people's names, addresses, ID numbers and phones in a sheet's text with （保密）. Only theirs: the
 * office's own telephone in a template stays.
 */
export function sheetScrubber(people: readonly PersonDetails[]): (text: string) => string {
  return identityScrubber({ people, replace: REPLACE.confidential });
}

/**
 * Art. 30 (issue 13): a 检举控告 goes to 纪检监察 and never to the unit or person it accuses. Why a letter or sheet of
 * one may not go to this addressee, or null.
 */
export function disciplineAddresseeProblem(
  toBody: string,
  accused: readonly string[],
  addresseeIsAccused: boolean,
): string | null {
  const to = clause(toBody);
  const hit = accused.map(clause).find((name) => name.length >= 2 && (to.includes(name) || name.includes(to)));
  if (addresseeIsAccused || hit) {
    return `检举控告事项不得转给被检举控告的单位或人员${hit ? `（${hit}）` : ''}，应转纪检监察机构（干部问题可转组织人事部门）`;
  }
  return null;
}
