/**
 * Art. 30 ¶3 (DOMAIN.md §3): the identity and material of a person who reports or accuses (检举控告) must never reach
 * the person or unit accused. Sheets addressed to that unit print （保密） instead, and every free text they carry
 * is scrubbed of the person's name, ID number, phone and address.
 */

export const REDACTED = '（保密）';

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

/** Shorter strings are too common to replace safely; no real name, ID, phone or address is that short. */
const MIN_SECRET_CHARS = 2;

/**
 * A function that replaces every identifying string of the people in a text with （保密）. Longer strings go
 * first, so an address that contains the name is replaced whole.
 */
export function identityScrubber(people: readonly PersonDetails[]): (text: string) => string {
  const secrets = [
    ...new Set(
      people
        .flatMap((p) => [p.name, p.idNumber, p.idNumber?.toLowerCase(), p.phone, p.address])
        .map((s) => s?.trim() ?? '')
        .filter((s) => [...s].length >= MIN_SECRET_CHARS),
    ),
  ].sort((a, b) => b.length - a.length);
  return (text) => secrets.reduce((result, secret) => result.split(secret).join(REDACTED), text);
}
