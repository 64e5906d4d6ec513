import { isConfidential } from '../domain/access/confidential';
import { confidentialScrubber } from '../domain/access/scrubIdentity';
import { registeredCaseFacts } from '../domain/caseFacts';
import { toLedgerReception, toLedgerRow, type LedgerReception, type LedgerRow } from '../domain/ledgerQuery';
import type { IdentityType, Petition, Petitioner, Reception } from '../domain/types';

/**
 * What a row needs of a person: the name shown and searched, the 身份 the statistics count, and what identifies them,
 * to scrub a confidential row's texts for accounts without the grant.
 */
export type PersonFacts = Pick<Petitioner, 'name' | 'identityType' | 'idNumber' | 'phone' | 'address'>;

export const personFacts = (p: Petitioner): PersonFacts => ({
  name: p.name,
  identityType: p.identityType,
  idNumber: p.idNumber,
  phone: p.phone,
  address: p.address,
});

export function addContacts(contacts: Map<string, LedgerReception[]>, receptions: readonly Reception[]): void {
  for (const r of receptions) {
    const list = contacts.get(r.petitionId);
    if (list) list.push(toLedgerReception(r));
    else contacts.set(r.petitionId, [toLedgerReception(r)]);
  }
}

/** The petitions' rows from the records they read: their petitioners (names, 身份, identity) and their contacts. */
export function rowsOf(
  petitions: readonly Petition[],
  people: ReadonlyMap<string, PersonFacts>,
  contacts: ReadonlyMap<string, LedgerReception[]>,
): LedgerRow[] {
  return petitions.map((p) => {
    const petitionerNames: string[] = [];
    const identityTypes: (IdentityType | null)[] = [];
    const persons: PersonFacts[] = [];
    for (const id of p.petitionerIds) {
      const person = people.get(id);
      if (!person) continue;
      if (person.name) petitionerNames.push(person.name);
      identityTypes.push(person.identityType);
      persons.push(person);
    }
    const related = { petitionerNames, identityTypes, receptions: contacts.get(p.id) ?? [] };
    const scrubIdentity = isConfidential(p) ? confidentialScrubber(persons) : undefined;
    return toLedgerRow(
      p,
      scrubIdentity ? { ...related, scrubIdentity } : related,
      p.caseFacts ?? registeredCaseFacts(p),
    );
  });
}
