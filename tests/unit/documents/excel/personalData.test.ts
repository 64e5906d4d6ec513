import { describe, expect, it } from 'vitest';
import { CUT_OUT, cutOutContacts } from '../../../../renderer/src/documents/excel/personalData';

describe('cutOutContacts: ID numbers and phones typed into free text are cut out of exported ledgers', () => {
  it.each([
    ['本人电话13912345678，请回电', `本人电话${CUT_OUT}，请回电`],
    ['手机 139-1234-5678', `手机 ${CUT_OUT}`],
    ['手机 139 1234 5678', `手机 ${CUT_OUT}`],
    ['+86 13912345678', CUT_OUT],
    ['座机0351-7654321', `座机${CUT_OUT}`],
    ['座机（0351）7654321', `座机${CUT_OUT}`],
    ['座机(0391)2345678转', `座机${CUT_OUT}转`],
    ['身份证140102197805203317反映', `身份证${CUT_OUT}反映`],
    ['身份证11010519491231002x', `身份证${CUT_OUT}`],
    ['老身份证140102780520331', `老身份证${CUT_OUT}`],
  ])('%s', (text, expected) => {
    expect(cutOutContacts(text)).toBe(expected);
  });
});
