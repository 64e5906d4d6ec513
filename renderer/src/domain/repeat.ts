import { checkIdNumber, normalizeIdNumber, normalizePhone } from './idNumber';

/**
 * 重复访 ("同人同事"): a person is recognised by a valid ID number, or by name together with phone.
 * A name alone never identifies anyone: 张伟 and 李秀兰 are far too common.
 */
export interface PersonKeys {
  idNumber?: string;
  name?: string;
  phone?: string;
}

export type RepeatMatch = 'idNumber' | 'namePhone';

/** The lookup keys a person offers: a normalised valid ID number, and/or a [name, phone] pair with both filled. */
export function repeatKeys(person: PersonKeys): { idNumber: string | null; namePhone: [string, string] | null } {
  const id = normalizeIdNumber(person.idNumber ?? '');
  const name = (person.name ?? '').trim();
  const phone = normalizePhone(person.phone ?? '');
  return {
    idNumber: id && checkIdNumber(id) === null ? id : null,
    namePhone: name && phone ? [name, phone] : null,
  };
}

/** How two people match, ID number first; null when they do not. */
export function matchPerson(a: PersonKeys, b: PersonKeys): RepeatMatch | null {
  const ka = repeatKeys(a);
  const kb = repeatKeys(b);
  if (ka.idNumber !== null && ka.idNumber === kb.idNumber) return 'idNumber';
  if (ka.namePhone !== null && kb.namePhone !== null && ka.namePhone[0] === kb.namePhone[0] && ka.namePhone[1] === kb.namePhone[1]) {
    return 'namePhone';
  }
  return null;
}
