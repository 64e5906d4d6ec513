import { shownPhone } from './idNumber';
import type { PetitionerInput } from './registration';
import type { Petitioner } from './types';

/**
 * A recognised person's contact details on file (重复访), offered to the clerk to fill into the form's row: only into
 * what the row leaves blank, and only when the clerk asks (填入已知信息), so nothing typed is ever overwritten.
 */
export interface KnownContact {
  phone: string;
  address: string;
  /** 所在单位. */
  unitId: string | null;
}

export type ContactField = keyof KnownContact;

/** What is on file of a person to fill in: the phone as the clerk once typed it (shownPhone), the address, the unit. */
export function knownContactOf(
  person: Pick<Petitioner, 'phone' | 'phoneAsTyped' | 'address' | 'unitId'>,
): KnownContact {
  return { phone: shownPhone(person), address: person.address, unitId: person.unitId };
}

const CONTACT_FIELDS: readonly ContactField[] = ['phone', 'address', 'unitId'];

/** 联系电话 / 住址 / 所在单位, as the form labels them. */
export const CONTACT_FIELD_LABELS: Record<ContactField, string> = {
  phone: '联系电话',
  address: '住址',
  unitId: '所在单位',
};

type ContactRow = Partial<Pick<PetitionerInput, ContactField>>;

function blank(value: string | null | undefined): boolean {
  return value == null || value.trim() === '';
}

/** The fields the person has on file that the row leaves blank: what 填入已知信息 would fill. */
export function fillableContact(row: ContactRow | null | undefined, known: KnownContact): ContactField[] {
  return CONTACT_FIELDS.filter((field) => !blank(known[field]) && blank(row?.[field]));
}

/** The values to set on the row: the known ones for exactly the fillable fields. */
export function contactPatch(row: ContactRow | null | undefined, known: KnownContact): Partial<KnownContact> {
  const patch: Partial<KnownContact> = {};
  for (const field of fillableContact(row, known)) {
    if (field === 'unitId') patch.unitId = known.unitId;
    else patch[field] = known[field];
  }
  return patch;
}
