import { checkPhone, normalizePhone } from '../idNumber';
import { cellText, type CellValue } from './cells';

/**
 * The phones of a ledger's cell: several may share it (「13800001111、0391-2345678」, or two mobiles with only a space
 * between), each may carry +86 or 0086, spaces and dashes. A number that is no phone (a landline whose leading 0
 * Excel dropped, an extension) is kept as written with a warning; a word saying there is none (无, 不详, —) is no phone.
 */
export interface PhonesReading {
  /**
   * Each as typed (without the country code), normalised the desk's way by normalizePhone when stored. An empty place
   * in a list (「、13900002222」, 「无、13900002222」) stays as '' so that phones pair with names by place; a cell with
   * no phone at all gives none.
   */
  phones: string[];
  warnings: string[];
}

const LIST_SEPARATORS = /\s*(?:[、，,;；/\n]|或)\s*/;
const COUNTRY_CODE = /^(?:\+|00)?86[\s-]*(?=1[3-9])/;
const NO_PHONE = /^(无|暂无|没有|不详|未知|未留|未提供|[-－—–─]+|／)$/;

function withoutCountryCode(piece: string): string {
  return piece.trim().replace(COUNTRY_CODE, '');
}

/** A piece of two or more numbers set apart by spaces only, when each part alone is a phone. */
function splitBySpaces(piece: string): string[] {
  const parts = piece.split(/\s+/).map(withoutCountryCode);
  if (parts.length > 1 && parts.every((p) => checkPhone(p) === null)) return parts;
  return [piece];
}

export function readPhones(value: CellValue): PhonesReading {
  const text = cellText(value);
  const phones: string[] = [];
  const warnings: string[] = [];
  for (const piece of text.split(LIST_SEPARATORS).map(withoutCountryCode)) {
    if (piece === '' || NO_PHONE.test(piece)) {
      phones.push('');
      continue;
    }
    for (const phone of splitBySpaces(piece)) {
      phones.push(phone);
      if (checkPhone(normalizePhone(phone)) !== null) warnings.push(`联系电话「${phone}」格式不正确`);
    }
  }
  return { phones: phones.every((phone) => phone === '') ? [] : phones, warnings };
}
