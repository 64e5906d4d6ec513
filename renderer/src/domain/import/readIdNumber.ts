import { checkIdNumber, idCheckChar, normalizeIdNumber } from '../idNumber';
import { cellText, type CellValue } from './cells';

/**
 * A 身份证号 from an old ledger. Excel keeps 15 significant digits of a number, so an 18-digit ID number typed into a
 * cell not formatted as text lost its last three (410102199003071234 → 4.10102199003071E+17 → …071000): such a
 * number is `incomplete`, never accepted as a person's ID; its first 15 digits are kept so the desk can still look
 * for the person. A 15-digit number of the first generation is `old`, with its 18-digit form by GB 11643's rule.
 */
export type IdNumberReading =
  | { state: 'valid'; idNumber: string }
  | { state: 'old'; idNumber: string; upgraded: string; warning: string }
  | { state: 'incomplete'; knownDigits: string; warning: string }
  | { state: 'invalid'; written: string; warning: string };

const SCIENTIFIC = /^(\d)(?:\.(\d+))?E\+?(\d+)$/i;
const INCOMPLETE = '身份证号被Excel存为数字，末几位已丢失，请按原件补全';

/** 15-digit → 18-digit: the year gains 19 and a check character is computed (GB 11643-1999). */
export function upgradeOldIdNumber(old15: string): string {
  const first17 = `${old15.slice(0, 6)}19${old15.slice(6)}`;
  return first17 + idCheckChar(first17);
}

function fromDigits(digits: string, written: string, now: Date): IdNumberReading {
  if (digits.length > 15) return { state: 'incomplete', knownDigits: digits.slice(0, 15), warning: INCOMPLETE };
  if (digits.length < 15) return { state: 'invalid', written, warning: '身份证号应为18位' };
  const upgraded = upgradeOldIdNumber(digits);
  const problem = checkIdNumber(upgraded, now);
  if (problem) return { state: 'invalid', written, warning: problem };
  return { state: 'old', idNumber: digits, upgraded, warning: '15位旧身份证号，已按规则换算为18位，请核对' };
}

/** null for an empty cell; `now` is the day a birth date may not be after. */
export function readIdNumber(value: CellValue, now: Date): IdNumberReading | null {
  if (typeof value === 'number') {
    if (!Number.isInteger(value) || value <= 0)
      return { state: 'invalid', written: String(value), warning: INCOMPLETE };
    return fromDigits(BigInt(value).toString(), String(value), now);
  }
  const written = cellText(value);
  if (written === '') return null;
  const id = normalizeIdNumber(written).replace(/^'/, '');
  const scientific = SCIENTIFIC.exec(id);
  if (scientific)
    return {
      state: 'incomplete',
      knownDigits: `${scientific[1]}${scientific[2] ?? ''}`.slice(0, 15),
      warning: INCOMPLETE,
    };
  if (/^\d{15}$/.test(id)) return fromDigits(id, written, now);
  // A number turned back into text keeps its zeros (…071000): never complete, even when its check digit happens to hold.
  if (/^\d{15}000$/.test(id)) return { state: 'incomplete', knownDigits: id.slice(0, 15), warning: INCOMPLETE };
  const problem = checkIdNumber(id, now);
  return problem ? { state: 'invalid', written, warning: problem } : { state: 'valid', idNumber: id };
}
