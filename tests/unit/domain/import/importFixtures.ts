import type { ImportCandidate } from '../../../../renderer/src/domain/import/importPlan';
import type { ImportedPerson, ImportedRow } from '../../../../renderer/src/domain/import/readRow';

/** A person as the row reader hands one over: a valid ID number unless given another. */
export function importedPerson(name: string, idNumber: string | null = null, phone = ''): ImportedPerson {
  return {
    name,
    idNumber: idNumber === null ? null : { state: 'valid', idNumber },
    phones: phone === '' ? [] : [phone],
  };
}

/** A row of an old ledger as read: 张三 on 2025-03-05 about unpaid wages, open. */
export function importedRow(overrides: Partial<ImportedRow> = {}): ImportedRow {
  return {
    originalNo: '',
    receivedDate: '2025-03-05',
    channel: '来访',
    people: [importedPerson('张三', null, '13800001111')],
    anonymous: false,
    headcount: 1,
    unit: '',
    matter: '反映拖欠工资三个月',
    category: '工资',
    demands: '',
    handlingUnit: '',
    leader: '',
    dueDate: null,
    handling: '',
    closed: null,
    closedDate: null,
    satisfaction: null,
    remarks: '',
    setAside: [],
    ...overrides,
  };
}

/** The row accepted as it is: no category, unit or linked person. */
export function candidate(row: ImportedRow, rowNumber = 3, overrides: Partial<ImportCandidate> = {}): ImportCandidate {
  return {
    sheet: '3月',
    rowNumber,
    row,
    categoryId: null,
    unitId: null,
    personIds: row.people.map(() => null),
    flagged: false,
    ...overrides,
  };
}
