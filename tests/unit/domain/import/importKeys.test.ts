import { describe, expect, it } from 'vitest';
import {
  duplicateKey,
  duplicatesInFile,
  importedPersonKeys,
  linkProblem,
  personFinder,
  recognisedAs,
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

describe('whether a desk person is the imported one (review finding 4)', () => {
  const OTHER_ID = '140102197805203317';
  const desk = (id: string, idNumber: string, name = '张三', phone = '13800001111') => ({ id, idNumber, name, phone });

  it('recognises by ID number, or by name + phone, but never when both carry valid ID numbers that differ', () => {
    expect(recognisedAs(importedPerson('张三', ID), desk('a', ID, '张叁', ''))).toBe('idNumber');
    expect(recognisedAs(importedPerson('张三', null, '138-0000-1111'), desk('a', OTHER_ID))).toBe('namePhone');
    expect(recognisedAs(importedPerson('张三', ID, '13800001111'), desk('a', ''))).toBe('namePhone');
    expect(recognisedAs(importedPerson('张三', ID, '13800001111'), desk('a', OTHER_ID))).toBeNull();
    expect(recognisedAs(importedPerson('张三'), desk('a', ''))).toBeNull();
  });

  it('says in Chinese why a link the preview did not offer is refused', () => {
    expect(linkProblem(importedPerson('张三', ID, '13800001111'), desk('a', ''))).toBeNull();
    expect(linkProblem(importedPerson('张三', ID, '13800001111'), desk('a', OTHER_ID))).toBe(
      '张三的身份证号与所选的信访人不同，不是同一人',
    );
    expect(linkProblem(importedPerson('张三'), desk('a', '', '李四', '13900002222'))).toBe(
      '张三与所选的信访人身份证号、姓名和电话都对不上，不能认定为同一人',
    );
  });

  it('finds the desk people an imported person is recognised as, the same ID number first', () => {
    const find = personFinder([
      desk('by-pair', ''),
      desk('other-id', OTHER_ID),
      desk('by-id', ID, '张叁', '13900002222'),
      desk('stranger', '', '李四', '13800001111'),
    ]);
    // The same ID number first.
    expect(find(importedPerson('张三', ID, '13800001111'))).toEqual([
      { known: desk('by-id', ID, '张叁', '13900002222'), matchedBy: 'idNumber' },
      { known: desk('by-pair', ''), matchedBy: 'namePhone' },
    ]);
    expect(find(importedPerson('张三', null, '13800001111')).map((f) => f.known.id)).toEqual(['by-pair', 'other-id']);
  });
});
