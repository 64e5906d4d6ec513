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
  if (
    ka.namePhone !== null &&
    kb.namePhone !== null &&
    ka.namePhone[0] === kb.namePhone[0] &&
    ka.namePhone[1] === kb.namePhone[1]
  ) {
    return 'namePhone';
  }
  return null;
}

/**
 * What repeat detection tells an account without the 保密 grant when the people on the form are on a confidential
 * matter: only that one exists and whom to ask, never its number, date or words (Art. 30). `grantHolders` as
 * 「管理员 王丽」; none when no active account holds the grant.
 */
export function withheldRepeatNotice(grantHolders: readonly string[]): string {
  const whom = grantHolders.length > 0 ? `：${grantHolders.join('、')}` : '（可由管理员在账号管理中授予保密权限）';
  return `存在需要保密权限才能查看的相关信访事项，请联系有保密权限的人员${whom}`;
}
