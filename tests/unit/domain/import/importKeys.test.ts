import { describe, expect, it } from 'vitest';
import {
  duplicateKey,
  duplicatesInFile,
  importedPersonKeys,
  storedIdNumber,
} from '../../../../renderer/src/domain/import/importKeys';
import type { ImportedPerson } from '../../../../renderer/src/domain/import/readRow';
import { importedPerson, importedRow } from './importFixtures';

const ID = '410602199001011231';

describe('exact duplicates within a file', () => {
  it('points a later copy of a row at the first, whatever the spaces and the order of the names', () => {
    const rows = [
      importedRow({ people: [importedPerson('张三'), importedPerson('李四')] }),
      importedRow({ matter: '反映拖欠工资 三个月', people: [importedPerson('李四'), importedPerson('张 三')] }),
      importedRow({ receivedDate: '2025-03-06' }),
      importedRow({ matter: '反映拖欠工资四个月' }),
      importedRow({ people: [importedPerson('张三'), importedPerson('李四')] }),
    ];
    expect(duplicatesInFile(rows)).toEqual([null, 0, null, null, 0]);
  });

  it('never calls a row without a date a duplicate', () => {
    expect(duplicatesInFile([importedRow({ receivedDate: null }), importedRow({ receivedDate: null })])).toEqual([
      null,
      null,
    ]);
  });

  it('keys a desk petition the same way as a row', () => {
    expect(duplicateKey({ day: '2025-03-05', names: ['张三'], matter: '反映拖欠工资三个月' })).toBe(
      duplicateKey({ day: '2025-03-05', names: [' 张三'], matter: '反映拖欠工资 三个月' }),
    );
  });
});

describe('what an imported person is recognised by (docs/domain.md §4)', () => {
  it('keeps a valid ID number and converts a 15-digit one', () => {
    expect(storedIdNumber(importedPerson('张三', ID))).toBe(ID);
    const old: ImportedPerson = {
      name: '李四',
      phones: [],
      idNumber: { state: 'old', idNumber: '410602900101123', upgraded: 'X', warning: '' },
    };
    expect(storedIdNumber(old)).toBe('X');
  });

  it('never takes an ID Excel rounded as a person’s ID', () => {
    const rounded: ImportedPerson = {
      name: '王五',
      phones: ['13800001111'],
      idNumber: { state: 'incomplete', knownDigits: '410602199001011', warning: '' },
    };
    expect(storedIdNumber(rounded)).toBe('');
    expect(importedPersonKeys(rounded)).toEqual({ idNumber: '', name: '王五', phone: '13800001111' });
  });
});
