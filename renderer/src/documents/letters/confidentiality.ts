import { CONFIDENTIAL_PLACEHOLDER } from '../../domain/access/confidential';
import { identityScrubber, REPLACE } from '../../domain/access/scrubIdentity';

/**
 * Art. 30 ¶3 (DOMAIN.md §3): the identity and material of a person who reports or accuses (检举控告) must never reach
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
