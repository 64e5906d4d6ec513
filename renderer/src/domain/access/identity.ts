import { maskIdNumber, maskTypedPhone, shownPhone } from '../idNumber';
import type { Petitioner } from '../types';
import { CONFIDENTIAL_PLACEHOLDER } from './confidential';

/**
 * A petitioner as the case page shows them by default (docs/domain.md §11): ID number and phone masked, the phone as
 * typed but with no more digits than maskPhone shows (maskTypedPhone: 091*-***6789), phoneAsTyped itself left out. The
 * full values are read only through the audited reveal (db/identity.ts).
 */
export function maskPetitioner(person: Petitioner): Petitioner {
  const { phoneAsTyped: _typed, ...rest } = person;
  return {
    ...rest,
    idNumber: person.idNumber ? maskIdNumber(person.idNumber) : '',
    phone: person.phone ? maskTypedPhone(shownPhone(person)) : '',
  };
}

/**
 * A confidential petition's petitioner as an account without the grant sees them (docs/domain.md §3, Art. 30): （保密）
 * for every field that names or locates them, no gender or unit, and `alias` instead of the id under which the same
 * person appears on other petitions.
 */
export function hidePetitioner(person: Petitioner, alias: string): Petitioner {
  const hide = (value: string) => (value ? CONFIDENTIAL_PLACEHOLDER : '');
  const { phoneAsTyped: _typed, ...rest } = person;
  return {
    ...rest,
    id: alias,
    name: hide(person.name),
    gender: null,
    idNumber: hide(person.idNumber),
    phone: hide(person.phone),
    address: hide(person.address),
    unitId: null,
  };
}

/**
 * A petitioner without the link to a person on a confidential matter (Petitioner.sameAsPersonId): what an account
 * without the 保密 grant is given, since the link itself says that this person has a confidential matter.
 */
export function unlinkedPetitioner(person: Petitioner): Petitioner {
  const { sameAsPersonId: _link, ...rest } = person;
  return rest;
}
