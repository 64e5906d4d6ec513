import { describe, expect, it } from 'vitest';
import {
  countBy,
  importRequest,
  isFlagged,
  linkedPersonIds,
  linkKey,
  monthOf,
  openWarningKinds,
  rowState,
  type ProblemsOf,
} from '../../../../renderer/src/domain/import/previewRows';
import type { ImportedRow } from '../../../../renderer/src/domain/import/readRow';
import { duplicateNote, HIDDEN_DUPLICATE, type RepeatVisitor } from '../../../../renderer/src/domain/import/importPlan';
import { importedPerson, importedRow } from './importFixtures';

const none: ProblemsOf = { errors: [], warnings: [] };
const noDate: ProblemsOf = {
  errors: [{ level: 'error', field: 'receivedDate', message: '日期：未填写' }],
  warnings: [],
};
const idWarning: ProblemsOf = {
  errors: [],
  warnings: [{ level: 'warning', field: 'idNumber', message: '身份证号不完整' }],
};
const open = { skipped: false, accepted: false };

describe('import preview rows', () => {
  it('blocks a row with errors until it is skipped, whatever was accepted', () => {
    expect(rowState(noDate, open, new Set(['receivedDate']))).toBe('blocked');
    expect(rowState(noDate, { skipped: false, accepted: true }, new Set())).toBe('blocked');
    expect(rowState(noDate, { skipped: true, accepted: false }, new Set())).toBe('skipped');
  });

  it('keeps a row with warnings waiting until the row or its kind is accepted', () => {
    expect(rowState(idWarning, open, new Set())).toBe('waiting');
    expect(rowState(idWarning, { skipped: false, accepted: true }, new Set())).toBe('ready');
    expect(rowState(idWarning, open, new Set(['idNumber']))).toBe('ready');
    expect(rowState(idWarning, open, new Set(['phone']))).toBe('waiting');
    expect(rowState(none, open, new Set())).toBe('ready');
  });

  it('keeps a row that is the same as a confidential matter skipped, whatever the clerk decided (finding 1)', () => {
    expect(rowState(none, open, new Set(), HIDDEN_DUPLICATE)).toBe('skipped');
    expect(rowState(none, open, new Set(), { petitionId: 'p1', regNo: '2025-0001' })).toBe('ready');
    expect(duplicateNote(HIDDEN_DUPLICATE)).toBe('与一件保密信访事项相同，已跳过');
    expect(duplicateNote({ petitionId: 'p1', regNo: '2025-0001' })).toBe('已在台账中（2025-0001）');
  });

  it('flags a ready row that carries accepted warnings', () => {
    expect(isFlagged(idWarning, 'ready')).toBe(true);
    expect(isFlagged(none, 'ready')).toBe(false);
    expect(isFlagged(idWarning, 'skipped')).toBe(false);
  });

  it('counts the kinds of warnings among waiting rows, once per row', () => {
    const twice: ProblemsOf = { errors: [], warnings: [...idWarning.warnings, ...idWarning.warnings] };
    const rows = [
      { problems: twice, state: 'waiting' as const },
      { problems: idWarning, state: 'waiting' as const },
      { problems: idWarning, state: 'ready' as const },
    ];
    expect(openWarningKinds(rows)).toEqual([{ field: 'idNumber', rows: 2 }]);
  });

  it('counts rows by month, unknown months under 未知', () => {
    const days = ['2025-03-05', '2025-03-09', null, '2025-04-01'];
    expect(countBy(days, monthOf)).toEqual([
      { key: '2025-03', count: 2 },
      { key: '未知', count: 1 },
      { key: '2025-04', count: 1 },
    ]);
  });
});

describe('import request from the preview', () => {
  const row = (name: string, extra: Partial<ImportedRow> = {}): ImportedRow =>
    importedRow({ people: [importedPerson(name)], unit: '综采一队', ...extra });

  it('takes ready rows only, with their category, unit, flag and linked repeat visitors', () => {
    const request = importRequest(
      '台账.xlsx',
      [
        { sheet: '1月', rowNumber: 3, row: row('张三'), problems: idWarning, state: 'ready', check: null },
        { sheet: '1月', rowNumber: 4, row: row('李四'), problems: noDate, state: 'skipped', check: null },
        {
          sheet: '2月',
          rowNumber: 3,
          row: row('王五', { unit: '', category: '' }),
          problems: none,
          state: 'ready',
          check: {
            duplicateOf: null,
            repeatVisitors: [{ person: 0, personId: 'p1', name: '王五', matchedBy: 'idNumber', regNos: [] }],
          },
        },
      ],
      (word) => (word === '工资' ? 'c1' : null),
      (word) => (word === '综采一队' ? 'u1' : null),
    );
    expect(request.skipped).toBe(1);
    expect(
      request.candidates.map((c) => [c.sheet, c.rowNumber, c.categoryId, c.unitId, c.flagged, c.personIds]),
    ).toEqual([
      ['1月', 3, 'c1', 'u1', true, [null]],
      ['2月', 3, null, null, false, ['p1']],
    ]);
  });
});

describe('which offered person a row’s person is linked to (finding 4)', () => {
  const offered = (person: number, personId: string, matchedBy: RepeatVisitor['matchedBy']): RepeatVisitor => ({
    person,
    personId,
    name: '王五',
    matchedBy,
    regNos: [],
  });
  const visitors = [offered(0, 'p1', 'idNumber'), offered(0, 'p2', 'namePhone'), offered(1, 'p3', 'namePhone')];

  it('links each person to the first offered record the clerk did not call 不是同一人', () => {
    expect(linkedPersonIds(3, visitors, [])).toEqual(['p1', 'p3', null]);
    expect(linkedPersonIds(3, visitors, [linkKey(visitors[0] as RepeatVisitor)])).toEqual(['p2', 'p3', null]);
    expect(linkedPersonIds(3, visitors, visitors.map(linkKey))).toEqual([null, null, null]);
  });

  it('leaves a refused person out of the request', () => {
    const source = {
      sheet: '2月',
      rowNumber: 3,
      row: importedRow({ people: [importedPerson('王五')] }),
      problems: none,
      state: 'ready' as const,
      check: { duplicateOf: null, repeatVisitors: [offered(0, 'p1', 'namePhone')] },
    };
    const linked = importRequest(
      '台账.xlsx',
      [source],
      () => null,
      () => null,
    );
    expect(linked.candidates[0]?.personIds).toEqual(['p1']);
    const refused = importRequest(
      '台账.xlsx',
      [{ ...source, notSame: ['0:p1'] }],
      () => null,
      () => null,
    );
    expect(refused.candidates[0]?.personIds).toEqual([null]);
  });
});
