import { describe, expect, it } from 'vitest';
import {
  handlingNote,
  importedAsConfidential,
  importedCaseFacts,
  importedPetition,
  numberImports,
} from '../../../../renderer/src/domain/import/importRecords';
import { candidate, importedRow } from './importFixtures';

describe('desk numbers for imported rows', () => {
  it('numbers each year in date order after the numbers already issued', () => {
    const rows = ['2025-03-09', '2024-12-30', '2025-03-01', '2025-03-09', '2024-01-02'].map((d) =>
      candidate(importedRow({ receivedDate: d })),
    );
    const { numbers, lastOfYear } = numberImports(rows, new Map([[2025, 7]]));
    expect(numbers.map((n) => n.regNo)).toEqual(['2025-0009', '2024-0002', '2025-0008', '2025-0010', '2024-0001']);
    expect(lastOfYear).toEqual(
      new Map([
        [2024, 2],
        [2025, 10],
      ]),
    );
  });
});

describe('a row marked 办结 becomes a closed case', () => {
  it('is accepted the day it came, replied and closed on its 办结日期, rated as written', () => {
    const row = importedRow({ closed: true, closedDate: '2025-04-20', satisfaction: '基本满意' });
    expect(importedCaseFacts(row)).toEqual({
      nature: '申诉求决',
      receivedAt: '2025-03-05',
      acceptedAt: '2025-03-05',
      repliedAt: '2025-04-20',
      closedAt: '2025-04-20',
      followUp: { date: '2025-04-20', satisfaction: '基本满意' },
    });
  });

  it('without a 办结日期 closes on the day it came; an open row is only registered', () => {
    expect(importedCaseFacts(importedRow({ closed: true })).closedAt).toBe('2025-03-05');
    expect(importedCaseFacts(importedRow({ closed: false }))).toEqual({ nature: '申诉求决', receivedAt: '2025-03-05' });
  });

  it('keeps the old number, the received day, and 集体访 from the headcount', () => {
    const c = candidate(importedRow({ originalNo: '2019-031', headcount: 12, channel: null, closed: true }));
    const p = importedPetition({
      candidate: c,
      confidential: false,
      number: { year: 2025, seq: 1, regNo: '2025-0001' },
      petitionerIds: ['p1'],
      batchId: 'b1',
      collectiveThreshold: 5,
      searchText: '',
      stamp: '2026-05-25T10:00:00',
    });
    expect(p).toMatchObject({
      originalNo: '2019-031',
      receivedAt: '2025-03-05T00:00',
      channel: '来访',
      status: 'closed',
      importBatchId: 'b1',
    });
    expect(p.flags.collective).toBe(true);
  });

  it('writes the ledger’s handling columns into one note', () => {
    expect(handlingNote(importedRow({ handlingUnit: '综采一队', handling: '已补发' }))).toBe(
      '承办单位：综采一队；办理情况：已补发',
    );
    expect(handlingNote(importedRow())).toBeNull();
    expect(handlingNote(importedRow({ remarks: '复印件', setAside: ['张三的其他电话：13900002222'] }))).toBe(
      '备注：复印件；导入时未采用：张三的其他电话：13900002222',
    );
  });
});

describe('importedAsConfidential', () => {
  it('keeps a row confidential when its own word or its mapped category path names an accusation', () => {
    expect(importedAsConfidential(importedRow({ category: '举报' }), '工资福利 / 拖欠工资')).toBe(true);
    expect(importedAsConfidential(importedRow({ category: '干部作风' }), '干部作风与检举控告')).toBe(true);
    expect(importedAsConfidential(importedRow({ category: '控告' }), '')).toBe(true);
    expect(importedAsConfidential(importedRow({ category: '工资' }), '工资福利 / 拖欠工资')).toBe(false);
    expect(importedAsConfidential(importedRow({ category: '' }), '')).toBe(false);
  });
});
